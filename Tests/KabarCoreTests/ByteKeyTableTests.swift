@testable import KabarCore
import Testing

/// The recogniser's word table answers as a dictionary of folded words would.
@Suite struct ByteKeyTableTests {
    static let table = ByteKeyTable(["dan": 1, "jakarta": 2, "kementerian": 4, "café": 8, "&": 16, "": 32])

    @Test(arguments: [
        ("dan", UInt32?.some(1)),
        ("DAN", 1),            // ASCII capitals fold
        ("Jakarta", 2),
        ("kementerian", 4),
        ("café", 8),           // non-ASCII keys match their folded text
        ("&", 16),
        ("da", nil),           // a prefix is not a key
        ("dann", nil),
        ("jakarta ", nil),
        ("surabaya", nil),
        ("kementeriam", nil),  // a long key differing only after its first eight bytes
        ("KEMENTERIAN", 4),
        ("kementeria", nil),
    ])
    func lookup(_ word: String, _ expected: UInt32?) {
        #expect(Self.table.value(word) == expected)
    }

    /// Many keys (more probing): every key is found with its own value, and no other word is.
    @Test func manyKeys() {
        var words: [String: UInt32] = [:]
        for number in 0..<5_000 { words["kata\(number)"] = UInt32(number) }
        let table = ByteKeyTable(words)
        for (word, value) in words { #expect(table.value(word) == value) }
        for number in 5_000..<5_100 { #expect(table.value("kata\(number)") == nil) }
    }

    /// Keys of every length, up to one longer than a slot can hold: each found, its neighbours not.
    @Test func keysOfEveryLength() {
        var words: [String: UInt32] = [:]
        for length in [1, 7, 8, 9, 16, 255, 256, 300] {
            words[String(repeating: "a", count: length - 1) + "b"] = UInt32(length)
        }
        let table = ByteKeyTable(words)
        for (word, value) in words {
            #expect(table.value(word) == value)
            #expect(table.value(word.uppercased()) == value)
            #expect(table.value(word + "b") == nil)
            #expect(table.value(String(word.dropLast()) + "c") == nil)
        }
    }
}
