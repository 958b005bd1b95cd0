/// The folded words of a text, kept end to end in one byte array, to tell cheaply whether
/// another text (a mention from elsewhere in the article) may hold one of them.
struct WordNeedles {
    private var bytes: [UInt8] = []
    private var bounds: [Range<Int>] = []
    /// The one-byte words, and (hashed to 4,096 bits) the first two bytes of the longer ones:
    /// a text is read once, and words are compared only where their first bytes stand.
    private var singles = [UInt64](repeating: 0, count: 4)
    private var pairs = [UInt64](repeating: 0, count: 64)

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        for word in words where !word.isEmpty {
            let start = bytes.count
            bytes.append(contentsOf: word.utf8)
            bounds.append(start..<bytes.count)
            if bytes.count - start == 1 {
                singles[Int(bytes[start]) >> 6] |= 1 << UInt64(bytes[start] & 63)
            } else {
                let bit = WordNeedles.pair(bytes[start], bytes[start + 1])
                pairs[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
    }

    @inline(__always)
    private static func pair(_ a: UInt8, _ b: UInt8) -> Int {
        (Int(a) &* 31 &+ Int(b) &* 7 &+ Int(a >> 3) &* 131) & 4095
    }

    /// Whether some word occurs in the lower-cased `text`: false only when no folded word of
    /// `text` (Gazetteer.tokens) can be one of them. ASCII text is lower-cased byte by byte as
    /// it is searched; other text through Unicode, and text that NFC would change is not tested.
    func mayOccur(in text: String) -> Bool {
        var text = text
        let ascii = text.withUTF8 { hay in !hay.contains { $0 >= 0x80 } }
        if ascii { return text.withUTF8 { occur(in: $0, foldingASCII: true) } }
        guard TextNormalizer.isTriviallyNFC(text) else { return true }
        var lower = text.lowercased()
        return lower.withUTF8 { occur(in: $0, foldingASCII: false) }
    }

    /// Whether some word occurs in `hay` (its ASCII capitals read as lower case if asked).
    private func occur(in hay: UnsafeBufferPointer<UInt8>, foldingASCII: Bool) -> Bool {
        @inline(__always) func at(_ i: Int) -> UInt8 {
            let b = hay[i]
            return foldingASCII && b >= 65 && b <= 90 ? b + 32 : b
        }
        return bytes.withUnsafeBufferPointer { needles in
            let count = hay.count
            for i in 0..<count {
                let first = at(i)
                if singles[Int(first) >> 6] & (1 << UInt64(first & 63)) != 0 { return true }
                guard i + 1 < count else { break }
                let bit = WordNeedles.pair(first, at(i + 1))
                guard pairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
                // Some word may start here: compare those that fit.
                for bound in bounds where bound.count >= 2 && bound.count <= count - i {
                    var k = 0
                    while k < bound.count, at(i + k) == needles[bound.lowerBound + k] { k += 1 }
                    if k == bound.count { return true }
                }
            }
            return false
        }
    }
}
