/// The folded words of a text, kept end to end in one byte array, to tell cheaply whether
/// another text (a mention from elsewhere in the article) may hold one of them.
struct WordNeedles {
    private var bytes: [UInt8] = []
    private var bounds: [Range<Int>] = []

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        for word in words where !word.isEmpty {
            let start = bytes.count
            bytes.append(contentsOf: word.utf8)
            bounds.append(start..<bytes.count)
        }
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
            for bound in bounds where bound.count <= hay.count {
                let first = needles[bound.lowerBound]
                let length = bound.count
                var i = 0
                while i <= hay.count - length {
                    if at(i) == first {
                        var k = 1
                        while k < length, at(i + k) == needles[bound.lowerBound + k] { k += 1 }
                        if k == length { return true }
                    }
                    i += 1
                }
            }
            return false
        }
    }
}
