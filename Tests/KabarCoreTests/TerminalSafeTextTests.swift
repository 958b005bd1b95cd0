import KabarCore
import Testing

/// What may reach a terminal: each dangerous character becomes one visible U+FFFD, line
/// breaks and tabs become spaces on one line, and harmless text is left alone.
@Suite("TerminalSafeText") struct TerminalSafeTextTests {
    static let hostile: [(name: String, input: String, oneLine: String)] = [
        ("BEL", "a\u{07}b", "a\u{FFFD}b"),
        ("BS", "abc\u{08}\u{08}x", "abc\u{FFFD}\u{FFFD}x"),
        ("CR", "kabar\rpalsu", "kabar palsu"),
        ("NUL and DEL", "a\u{0}b\u{7F}c", "a\u{FFFD}b\u{FFFD}c"),
        ("ESC CSI clear screen", "x\u{1B}[2Jy", "x\u{FFFD}[2Jy"),
        ("OSC 2 title", "\u{1B}]2;pwned\u{07}Judul", "\u{FFFD}]2;pwned\u{FFFD}Judul"),
        ("OSC 52 clipboard", "\u{1B}]52;c;aGVsbG8=\u{07}", "\u{FFFD}]52;c;aGVsbG8=\u{FFFD}"),
        ("OSC 8 hyperlink", "\u{1B}]8;;https://contoh.id\u{1B}\\klik\u{1B}]8;;\u{1B}\\",
         "\u{FFFD}]8;;https://contoh.id\u{FFFD}\\klik\u{FFFD}]8;;\u{FFFD}\\"),
        ("C1 CSI", "\u{9B}31mmerah", "\u{FFFD}31mmerah"),
        ("C1 OSC and ST", "\u{9D}2;x\u{9C}", "\u{FFFD}2;x\u{FFFD}"),
        ("RLO U+202E", "harga \u{202E}0001 Rp", "harga \u{FFFD}0001 Rp"),
        ("LRI U+2066 and PDI U+2069", "\u{2066}abc\u{2069}", "\u{FFFD}abc\u{FFFD}"),
        ("LRM, RLM, ALM", "a\u{200E}b\u{200F}c\u{61C}d", "a\u{FFFD}b\u{FFFD}c\u{FFFD}d"),
        ("ZWSP U+200B", "kata\u{200B}sandi", "kata\u{FFFD}sandi"),
        ("BOM U+FEFF mid-text", "satu\u{FEFF}dua", "satu\u{FFFD}dua"),
        ("word joiner U+2060", "a\u{2060}b", "a\u{FFFD}b"),
        ("line separator U+2028", "baris\u{2028}baru", "baris baru"),
        ("tab and newline", "a\tb\nc", "a b c"),
        ("tag characters after a letter", "a\u{E0068}\u{E0069}b", "a\u{FFFD}\u{FFFD}b"),
    ]

    @Test("dangerous characters become placeholders", arguments: hostile)
    func oneLine(name: String, input: String, expected: String) {
        #expect(TerminalSafeText.oneLine(input) == expected, "\(name)")
        #expect(TerminalSafeText.needsCleaning(input), "\(name)")
        // One scalar for one: offsets into the text stay valid.
        #expect(TerminalSafeText.oneLine(input).unicodeScalars.count == input.unicodeScalars.count)
        #expect(TerminalSafeText.oneLine(Array(input.unicodeScalars)) == Array(expected.unicodeScalars))
    }

    @Test("safe text is returned unchanged", arguments: [
        "Banjir rendam Semarang",
        "Rp5,75 triliun — “kutip” … «mark» é e\u{301} ñ",
        "non\u{A0}breaking, soft\u{AD}hyphen",
        "keluarga 👨\u{200D}👩\u{200D}👧 dan 👍🏽",
        "ZWNJ in Persian: می\u{200C}خواهم",
        "bendera 🇮🇩 dan 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
        "日本語のテキスト",
        "",
    ])
    func safeText(text: String) {
        #expect(TerminalSafeText.oneLine(text) == text)
        #expect(TerminalSafeText.multiline(text) == text)
    }

    @Test func multilineKeepsLineFeedsAndTabsOnly() {
        #expect(TerminalSafeText.multiline("a\tb\nc\r\nd\u{1B}[0m\u{2028}") == "a\tb\nc\u{FFFD}\nd\u{FFFD}[0m\u{FFFD}")
        #expect(!TerminalSafeText.needsCleaning("baris\tsatu\nbaris dua\n", keepingLineBreaks: true))
        #expect(TerminalSafeText.needsCleaning("baris\tsatu\n"))
    }

    @Test("a flag's tags are kept only in a flag", arguments: [
        // More than six tags is no subdivision flag.
        ("🏴\u{E0061}\u{E0062}\u{E0063}\u{E0064}\u{E0065}\u{E0066}\u{E0067}",
         "🏴\u{E0061}\u{E0062}\u{E0063}\u{E0064}\u{E0065}\u{E0066}\u{FFFD}"),
        // Capital-letter and space tags are not in flags.
        ("🏴\u{E0041}\u{E0020}", "🏴\u{FFFD}\u{FFFD}"),
        // A cancel tag with no tag before it.
        ("🏴\u{E007F}", "🏴\u{FFFD}"),
        ("x\u{E007F}", "x\u{FFFD}"),
    ])
    func flagTags(input: String, expected: String) {
        #expect(TerminalSafeText.oneLine(input) == expected)
    }

    @Test func terminalSafeIsOneLine() {
        #expect("a\u{1B}]2;t\u{07}\nb".terminalSafe == "a\u{FFFD}]2;t\u{FFFD} b")
    }

    @Test("isUnsafe", arguments: [
        (0x1B, true), (0x9B, true), (0x202E, true), (0x2066, true), (0x200B, true), (0xFEFF, true),
        (0xE0041, true), (0x61C, true), (0x180E, true), (0x1D173, true),
        (0x41, false), (0xA0, false), (0xAD, false), (0x200C, false), (0x200D, false), (0x600, false),
        (0xFE0F, false), (0x1F600, false), (0xFFFD, false),
    ] as [(UInt32, Bool)])
    func isUnsafe(value: UInt32, unsafe: Bool) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(TerminalSafeText.isUnsafe(scalar) == unsafe)
    }
}
