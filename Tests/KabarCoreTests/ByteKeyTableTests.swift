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
}
