import Testing
@testable import KabarCore

/// `ArticleText.nfc` normalises what needs it; `ArticleText.lines(of:)` splits as `split(separator: "\n", omittingEmptySubsequences: false)`
/// does on decoded text, and the thematic-break check still only takes -, * and _ lines.
@Suite struct ArticleTextLinesTests {
    @Test(arguments: ["", "\n", "a", "a\n", "\na", "a\n\nb", "é\u{301}\nx\u{301}\n", "---\ntitle: x\n---\n\nBody 😀\n\n- item\n", "\n\n\n"])
    func linesSplitAsCharactersDo(_ text: String) {
        #expect(ArticleText.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    /// Text with every scalar below U+0300 is already NFC and kept as is; anything else goes
    /// through normalisation.
    @Test(arguments: [("plain ASCII", "plain ASCII"), ("caf\u{E9} \u{2BC}okina \u{FF}", "caf\u{E9} \u{2BC}okina \u{FF}"),
                      ("cafe\u{301}", "caf\u{E9}"), ("\u{301}", "\u{301}"), ("A\u{30A}ngstr\u{F6}m", "\u{C5}ngstr\u{F6}m"),
                      ("\u{212B}", "\u{C5}"), ("\u{201C}kutipan\u{201D} \u{2014} 😀", "\u{201C}kutipan\u{201D} \u{2014} 😀"), ("", "")])
    func nfc(_ text: String, _ expected: String) {
        let normalized = ArticleText.nfc(text)
        #expect(Array(normalized.unicodeScalars) == Array(expected.unicodeScalars))
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
