/// The folded words of one text, each distinct one read once: per token, which word it is
/// (its folded text, its `WordFlags`, its code in the name lists, and a number shared by all
/// tokens whose folded texts are equal strings), without a `String` or a lookup per token.
///
/// Tokens are told apart by their bytes: an ASCII word folded to lower case, any other token
/// as written. Each distinct form is an entry; forms that are equal as strings (a word not in
/// NFC and its NFC form) are different entries with one number.
struct TextWords {
    /// Per token.
    private(set) var folded: [String] = []
    private(set) var flags: [UInt32] = []
    private(set) var codes: [UInt32] = []
    private(set) var numbers: [Int32] = []
    private(set) var entries: [Int32] = []
    /// How many entries and how many numbers were given out.
    private(set) var entryCount = 0
    private(set) var numberCount = 0

    /// Per entry: its folded text, flags, code and number.
    fileprivate(set) var entryText: [String] = []
    private var entryFlags: [UInt32] = []
    private var entryCode: [UInt32] = []
    private var entryNumber: [Int32] = []
    /// The entries' bytes end to end, where each starts, and its kind (0: ASCII, folded;
    /// 1: a non-ASCII word as written; 2: another non-ASCII token as written).
    private var store: [UInt8] = []
    private var starts: [Int] = []
    private var kinds: [UInt8] = []
    /// Open addressing: entry + 1 (0: empty), and the entry's hash.
    private var slots: [Int32]
    private var hashes: [UInt64]
    private var shift: UInt64
    /// Numbers of non-ASCII folded words, by string equality.
    private var unicodeNumbers: [String: Int32] = [:]

    init(tokens: [Token], utf8: UnsafeBufferPointer<UInt8>, byteStart: [Int], byteEnd: [Int], lists: NameCodes) {
        var bits: UInt64 = 6
        while (1 << bits) < tokens.count { bits += 1 }
        slots = Array(repeating: 0, count: 1 << Int(bits))
        hashes = Array(repeating: 0, count: 1 << Int(bits))
        shift = 64 - bits
        folded.reserveCapacity(tokens.count)
        flags.reserveCapacity(tokens.count)
        codes.reserveCapacity(tokens.count)
        numbers.reserveCapacity(tokens.count)
        entries.reserveCapacity(tokens.count)
        var scratch = [UInt8](repeating: 0, count: 64)
        for (i, token) in tokens.enumerated() {
            let bytes = UnsafeBufferPointer(rebasing: utf8[byteStart[i]..<byteEnd[i]])
            let isWord = token.kind == .word
            let ascii = !bytes.contains { $0 >= 0x80 }
            let entry: Int
            if ascii {
                if isWord {
                    if scratch.count < bytes.count { scratch = [UInt8](repeating: 0, count: bytes.count) }
                    entry = scratch.withUnsafeMutableBufferPointer { buffer in
                        for k in 0..<bytes.count {
                            let b = bytes[k]
                            buffer[k] = b >= 65 && b <= 90 ? b + 32 : b
                        }
                        return self.entry(UnsafeBufferPointer(rebasing: buffer[0..<bytes.count]), kind: 0, lists: lists)
                    }
                } else {
                    entry = self.entry(bytes, kind: 0, lists: lists)
                }
            } else {
                entry = self.entry(bytes, kind: isWord ? 1 : 2, lists: lists)
            }
            folded.append(entryText[entry])
            // Only words (and "&") are listed anywhere.
            let listed = isWord || (bytes.count == 1 && bytes[0] == 0x26)
            flags.append(listed ? entryFlags[entry] : 0)
            codes.append(entryCode[entry])
            numbers.append(entryNumber[entry])
            entries.append(Int32(entry))
        }
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, kind: UInt8) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(kind)
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash ^= hash >> 29
        return (hash &* 0x9E37_79B9_7F4A_7C15) | 1
    }

    /// The entry of a form (`kind` as in `kinds`), added if new.
    private mutating func entry(_ bytes: UnsafeBufferPointer<UInt8>, kind: UInt8, lists: NameCodes) -> Int {
        let hash = TextWords.hash(bytes, kind: kind)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while true {
            let found = slots[slot]
            if found == 0 { break }
            if hashes[slot] == hash {
                let e = Int(found) - 1
                let start = starts[e], end = e + 1 < starts.count ? starts[e + 1] : store.count
                if kinds[e] == kind, end - start == bytes.count,
                   store.withUnsafeBufferPointer({ s in (0..<bytes.count).allSatisfy { s[start + $0] == bytes[$0] } }) {
                    return e
                }
            }
            slot = (slot + 1) & mask
        }
        // New: its text, flags, code and number.
        let e = entryCount
        entryCount += 1
        starts.append(store.count)
        store.append(contentsOf: bytes)
        kinds.append(kind)
        let raw = String(decoding: bytes, as: UTF8.self)
        let text = kind == 1 ? raw.lowercased() : raw
        var copy = text
        let flag = copy.withUTF8 { lists.codes.value($0) }.map { lists.flags[Int($0)] } ?? 0
        entryText.append(text)
        entryFlags.append(flag)
        entryCode.append(NameCodes.none)
        entryNumber.append(-1)
        if kind == 0 {
            // A listed word is folded: a form with capitals (not a word) matches none.
            entryCode[e] = bytes.contains { $0 >= 65 && $0 <= 90 } ? NameCodes.none : lists.code(ascii: bytes)
            entryNumber[e] = Int32(numberCount)
            numberCount += 1
        } else {
            // A form equal as a string to an ASCII one (only when NFC makes it ASCII) shares
            // that one's code and number; others go by string equality.
            var normal = TextNormalizer.nfc(text)
            let asciiForm = normal.withUTF8 { n in n.contains { $0 >= 0x80 } ? nil : self.entry(n, kind: 0, lists: lists) }
            if let asciiForm {
                entryCode[e] = entryCode[asciiForm]
                entryNumber[e] = entryNumber[asciiForm]
            } else {
                entryCode[e] = lists.code(unicode: text)
                if let number = unicodeNumbers[text] {
                    entryNumber[e] = number
                } else {
                    entryNumber[e] = Int32(numberCount)
                    unicodeNumbers[text] = Int32(numberCount)
                    numberCount += 1
                }
            }
        }
        // Placed after any entry made above (the table may have changed).
        if (entryCount + 1) * 2 > slots.count { grow() }
        place(e, hash: hash)
        return e
    }

    private mutating func place(_ e: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(e + 1)
        hashes[slot] = hash
    }

    private mutating func grow() {
        let oldSlots = slots, oldHashes = hashes
        slots = Array(repeating: 0, count: oldSlots.count * 2)
        hashes = Array(repeating: 0, count: oldSlots.count * 2)
        shift -= 1
        for (slot, hash) in zip(oldSlots, oldHashes) where slot != 0 { place(Int(slot) - 1, hash: hash) }
    }

    /// The number of a folded word (as `Gazetteer.tokens` makes them), if some token of the
    /// text is that word.
    func number(of word: String) -> Int32? {
        var word = word
        let ascii = word.withUTF8 { !$0.contains { $0 >= 0x80 } }
        if !ascii {
            var normal = TextNormalizer.nfc(word)
            let normalASCII = normal.withUTF8 { !$0.contains { $0 >= 0x80 } }
            if !normalASCII { return unicodeNumbers[word] }
            word = normal
        }
        return word.withUTF8 { bytes in
            let hash = TextWords.hash(bytes, kind: 0)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash >> shift)
            while true {
                let found = slots[slot]
                if found == 0 { return nil }
                let e = Int(found) - 1
                if hashes[slot] == hash, kinds[e] == 0 {
                    let start = starts[e], end = e + 1 < starts.count ? starts[e + 1] : store.count
                    if end - start == bytes.count,
                       store.withUnsafeBufferPointer({ s in (0..<bytes.count).allSatisfy { s[start + $0] == bytes[$0] } }) {
                        return entryNumber[e]
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }
}

extension TextWords {
    /// Every distinct folded form of the text.
    var distinctTexts: [String] { entryText }
}
