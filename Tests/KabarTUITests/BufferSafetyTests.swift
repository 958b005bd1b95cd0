import KabarTUI
import Testing

/// No cell ever holds a character that could control the terminal or hide and reorder
/// text: bidi controls and invisible format characters are drawn as U+FFFD like controls.
@Suite("Buffer: terminal safety") struct BufferSafetyTests {
    func cells(_ text: String, width: Int = 8) -> [String] {
        var buffer = Buffer(width: width, height: 1)
        buffer.setString(x: 0, y: 0, text, style: .plain)
        return (0..<width).map { buffer[$0, 0].symbol }
    }

    @Test("bidi controls and invisible format characters are drawn as U+FFFD", arguments: [
        ("a\u{202E}bc", ["a", "\u{FFFD}", "b", "c", " ", " "]),
        ("\u{2066}ab\u{2069}", ["\u{FFFD}", "a", "b", "\u{FFFD}", " ", " "]),
        ("a\u{200B}b", ["a", "\u{FFFD}", "b", " ", " ", " "]),
        ("a\u{FEFF}b", ["a", "\u{FFFD}", "b", " ", " ", " "]),
        ("a\u{200E}\u{200F}", ["a", "\u{FFFD}", "\u{FFFD}", " ", " ", " "]),
        ("\u{2028}x", ["\u{FFFD}", "x", " ", " ", " ", " "]),
        ("a\u{E0068}\u{E0069}b", ["a", "\u{FFFD}", "\u{FFFD}", "b", " ", " "]),
        ("é\u{1B}]2;", ["é", "\u{FFFD}", "]", "2", ";", " "]),
    ] as [(String, [String])])
    func hidden(text: String, expected: [String]) {
        #expect(cells(text, width: 6) == expected)
    }

    @Test("joiners, emoji sequences and flags stay whole", arguments: [
        ("👨\u{200D}👩\u{200D}👧", "👨\u{200D}👩\u{200D}👧"),
        ("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"),
        ("🇮🇩", "🇮🇩"),
    ])
    func emoji(text: String, symbol: String) {
        let drawn = cells(text, width: 4)
        #expect(drawn[0] == symbol)
        #expect(drawn[1] == "")
        #expect(drawn[2] == " ")
    }
}
