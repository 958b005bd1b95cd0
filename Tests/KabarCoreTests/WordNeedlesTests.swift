@testable import KabarCore
import Testing

/// The title's quick test of a mention: it may answer yes for nothing, never no for a word that is there.
@Suite struct WordNeedlesTests {
    static let needles = WordNeedles(["liang", "ai", "&", "deepseek", "é"])

    @Test(arguments: [
        ("Liang Wenfeng", true),       // capitals read as lower case
        ("DeepSeek-R1", true),
        ("OpenAI", true),              // inside a word counts: only "no" must be sure
        ("Johnson & Johnson", true),   // a one-byte word
        ("Café Batavia", true),        // non-ASCII text, lower-cased through Unicode
        ("Jakarta", false),
        ("", false),
        ("L", false),
    ])
    func occurs(_ text: String, _ expected: Bool) {
        #expect(Self.needles.mayOccur(in: text) == expected)
    }

    @Test func noWordsMatchNothing() {
        #expect(!WordNeedles([String]()).mayOccur(in: "Liang Wenfeng"))
    }
}
