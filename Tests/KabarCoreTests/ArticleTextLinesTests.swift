import Testing
@testable import KabarCore

/// `ArticleText.lines(of:)` splits as `split(separator: "\n", omittingEmptySubsequences: false)`
/// does on decoded text, and the thematic-break check still only takes -, * and _ lines.
@Suite struct ArticleTextLinesTests {
    @Test(arguments: ["", "\n", "a", "a\n", "\na", "a\n\nb", "é\u{301}\nx\u{301}\n", "---\ntitle: x\n---\n\nBody 😀\n\n- item\n", "\n\n\n"])
    func linesSplitAsCharactersDo(_ text: String) {
        #expect(ArticleText.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    @Test func thematicBreaks() {
        for line in ["---", "***", "___", "- - -", " * * * ", "----------"] {
            #expect(MarkdownBodyParser.isThematicBreak(Substring(line)), "\(line)")
        }
        for line in ["--", "-*-", "text", "- item", "", "  ", "__init__", "*emphasis*"] {
            #expect(!MarkdownBodyParser.isThematicBreak(Substring(line)), "\(line)")
        }
    }
}
