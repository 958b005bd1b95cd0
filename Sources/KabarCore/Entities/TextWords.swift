import Foundation

/// The folded words of one text, each distinct one read once: per token, which word it is
/// (its folded text, its `WordFlags`, its code in the name lists, and a number shared by all
/// tokens whose folded texts are equal strings), without a `String` or a lookup per token.
///
/// Tokens are told apart by their bytes: an ASCII word folded to lower case, any other token
/// as written. Each distinct form is an entry; forms that are equal as strings (a word not in
/// NFC and its NFC form) are different entries with one number.
struct TextWords {
    /// Per token.
    private(set) var flags: [UInt32] = []
    private(set) var codes: [UInt32] = []
    private(set) var numbers: [Int32] = []
    private(set) var entries: [Int32] = []
    /// Per token, read from its bytes in the same pass: starts with a capital / has a capital
    /// after the first letter / is an acronym (`LetterCase`; all false for other tokens).
    private(set) var capitalised: [Bool] = []
    private(set) var innerCapital: [Bool] = []
    private(set) var acronym: [Bool] = []
    /// How many numbers were given out.
    private(set) var numberCount = 0
    /// How many entries there are.
    var entryCount: Int { table.count }

    /// One distinct form: where its bytes are in `store`, its kind (0: ASCII, folded; 1: a
    /// non-ASCII word as written; 2: another non-ASCII token as written), flags, code and number.
    private struct Entry {
        var start: Int32
        var length: Int32
        var kind: UInt8
        var flags: UInt32
        var code: UInt32
        var number: Int32
    }

    private var table: [Entry] = []
    /// Per entry, its folded text: every distinct folded form of the text.
    private(set) var distinctTexts: [String] = []
    /// The entries' bytes end to end.
    private var store: [UInt8] = []
    /// Open addressing: the hash's high 32 bits, then entry + 1 (0: empty).
    private var slots: [UInt64]
    private var shift: UInt64
    /// Numbers of non-ASCII folded words, by string equality.
    private var unicodeNumbers: [String: Int32] = [:]
    /// The ASCII entries not yet looked up in the name lists, and the entries that take their
    /// code from another (a non-ASCII form whose NFC form is ASCII).
    private var newWords: [Int32] = []
    private var codeFrom: [(entry: Int32, source: Int32)] = []

    /// Per token, its folded text.
    struct Folded {
        let texts: [String]
        let entries: [Int32]

        subscript(i: Int) -> String { texts[Int(entries[i])] }
    }

    var folded: Folded { Folded(texts: distinctTexts, entries: entries) }

    /// - Parameter tokens: the tokens of the text whose UTF-8 bytes are `utf8`.
    init(tokens: [TokenSpan], utf8: UnsafeBufferPointer<UInt8>, lists: NameCodes) {
        // Room for every token of a short text; a long one repeats its words, and the table grows.
        var bits: UInt64 = 6
        while (1 << bits) < tokens.count, bits < 12 { bits += 1 }
        slots = Array(repeating: 0, count: 1 << Int(bits))
        shift = 64 - bits
        let count = tokens.count
        table.reserveCapacity(count / 2 + 8)
        distinctTexts.reserveCapacity(count / 2 + 8)
        newWords.reserveCapacity(count / 2 + 8)
        store.reserveCapacity(utf8.count / 2 + 64)
        var flags: [UInt32] = [], codes: [UInt32] = [], numbers: [Int32] = [], entries: [Int32] = []
        var capitalised = [Bool](repeating: false, count: count), inner = capitalised, acronym = capitalised
        flags.reserveCapacity(count)
        codes.reserveCapacity(count)
        numbers.reserveCapacity(count)
        entries.reserveCapacity(count)
        for i in 0..<count {
            let bytes = UnsafeBufferPointer(rebasing: utf8[tokens[i].byteStart..<tokens[i].byteEnd])
            let isWord = tokens[i].kind == .word
            let e: Int
            if isWord {
                // An ASCII word is folded to lower case as it is checked to be ASCII.
                let folded = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                    var any: UInt8 = 0
                    for k in 0..<bytes.count {
                        let b = bytes[k]
                        any |= b
                        buffer[k] = b &- 65 < 26 ? b | 0x20 : b
                    }
                    return any < 0x80 ? entry(UnsafeBufferPointer(buffer), kind: 0, lists: lists) : nil
                }
                let shape: LetterCase
                if let folded {
                    e = folded
                    shape = LetterCase(ascii: bytes)
                } else {
                    e = entry(bytes, kind: 1, lists: lists)
                    shape = LetterCase(String(decoding: bytes, as: UTF8.self))
                }
                capitalised[i] = shape.firstUpper
                inner[i] = shape.innerUpper
                acronym[i] = shape.isAcronym
            } else {
                var any: UInt8 = 0
                for byte in bytes { any |= byte }
                e = entry(bytes, kind: any < 0x80 ? 0 : 2, lists: lists)
            }
            entries.append(Int32(e))
        }
        lookUpNewWords(lists: lists)
        for i in 0..<count {
            let found = table[Int(entries[i])]
            // Only words (and "&") are listed anywhere.
            let listed = tokens[i].kind == .word || (found.length == 1 && utf8[tokens[i].byteStart] == 0x26)
            flags.append(listed ? found.flags : 0)
            codes.append(found.code)
            numbers.append(found.number)
        }
        self.flags = flags
        self.codes = codes
        self.numbers = numbers
        self.entries = entries
        self.capitalised = capitalised
        self.innerCapital = inner
        self.acronym = acronym
    }

    /// The hash of a form: its bytes eight at a time (most words are one word of eight bytes).
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, kind: UInt8) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(kind) ^ UInt64(bytes.count) << 8
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 32
            offset += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while offset < raw.count {
            tail |= UInt64(raw[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 29
        return hash &* 0xBF58_476D_1CE4_E5B9
    }

    /// The entry holding `bytes` of `kind`, if there is one.
    @inline(__always)
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, kind: UInt8, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> shift)
        let high = hash >> 32
        return slots.withUnsafeBufferPointer { slots in
            store.withUnsafeBufferPointer { store in
                while true {
                    let value = slots[slot]
                    if value == 0 { return nil }
                    if value >> 32 == high {
                        let e = Int(value & 0xFFFF_FFFF) - 1
                        let found = table[e]
                        if found.kind == kind, Int(found.length) == bytes.count,
                           bytes.count == 0 || memcmp(store.baseAddress! + Int(found.start), bytes.baseAddress!, bytes.count) == 0 {
                            return e
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The entry of a form (`kind` as in `Entry`), added if new.
    private mutating func entry(_ bytes: UnsafeBufferPointer<UInt8>, kind: UInt8, lists: NameCodes) -> Int {
        let hash = TextWords.hash(bytes, kind: kind)
        if let e = find(bytes, kind: kind, hash: hash) { return e }
        // New: its text, flags, code and number.
        let e = table.count
        var new = Entry(start: Int32(store.count), length: Int32(bytes.count), kind: kind, flags: 0, code: NameCodes.none, number: -1)
        store.append(contentsOf: bytes)
        if kind == 0 {
            // Looked up later, with the text's other new words (`lookUpNewWords`). A listed word
            // is folded: a form with capitals (no word, so its flags are never asked) matches none.
            var capitals = false
            for byte in bytes where byte >= 65 && byte <= 90 { capitals = true; break }
            if !capitals { newWords.append(Int32(e)) }
            // Made from the bytes (a short word is stored inline): cheaper than reading a
            // listed word's text from the large list, which is seldom in the cache.
            distinctTexts.append(String(decoding: bytes, as: UTF8.self))
            new.number = Int32(numberCount)
            numberCount += 1
            table.append(new)
        } else {
            let raw = String(decoding: bytes, as: UTF8.self)
            let text = kind == 1 ? raw.lowercased() : raw
            var copy = text
            new.flags = copy.withUTF8 { lists.codes.pair($0) }?.1 ?? 0
            distinctTexts.append(text)
            table.append(new)
            // A form equal as a string to an ASCII one (only when NFC makes it ASCII) shares
            // that one's code and number; others go by string equality.
            var normal = TextNormalizer.nfc(text)
            let asciiForm = normal.withUTF8 { n in n.contains { $0 >= 0x80 } ? nil : self.entry(n, kind: 0, lists: lists) }
            if let asciiForm {
                codeFrom.append((Int32(e), Int32(asciiForm)))
                table[e].number = table[asciiForm].number
            } else {
                table[e].code = lists.code(unicode: text)
                if let number = unicodeNumbers[text] {
                    table[e].number = number
                } else {
                    table[e].number = Int32(numberCount)
                    unicodeNumbers[text] = Int32(numberCount)
                    numberCount += 1
                }
            }
        }
        // Placed after any entry made above (the table may have changed).
        if (table.count + 1) * 2 > slots.count { grow() }
        place(e, hash: hash)
        return e
    }

    /// Looks up the new ASCII words' codes and flags, all in one loop: each lookup is likely a
    /// cache miss in the large name table, and lookups that follow each other closely, with
    /// nothing depending on them, are fetched from memory at the same time.
    private mutating func lookUpNewWords(lists: NameCodes) {
        store.withUnsafeBufferPointer { store in
            for e in newWords {
                let entry = table[Int(e)]
                let (code, flags) = lists.code(ascii: UnsafeBufferPointer(rebasing: store[Int(entry.start)..<Int(entry.start + entry.length)]))
                table[Int(e)].code = code
                table[Int(e)].flags = flags
            }
        }
        for (e, source) in codeFrom { table[Int(e)].code = table[Int(source)].code }
        newWords = []
        codeFrom = []
    }

    private mutating func place(_ e: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash >> 32) << 32 | UInt64(e + 1)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        shift -= 1
        for value in old where value != 0 {
            let e = Int(value & 0xFFFF_FFFF) - 1
            let found = table[e]
            let hash = store.withUnsafeBufferPointer {
                TextWords.hash(UnsafeBufferPointer(rebasing: $0[Int(found.start)..<Int(found.start + found.length)]), kind: found.kind)
            }
            place(e, hash: hash)
        }
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
            find(bytes, kind: 0, hash: TextWords.hash(bytes, kind: 0)).map { table[$0].number }
        }
    }
}
