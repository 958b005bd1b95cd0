import KabarApp
import KabarCore
import KabarTUI
import Testing

/// Article text that tries to control the terminal reaches the reader's screen only as
/// visible placeholders: in the title, source, body, glossary text, a warning naming a file,
/// and search results (title and snippet), drawn through the runtime on the in-memory backend.
@Suite struct HostileTextScreenTests {
    /// A payload and how one line of the screen shows it.
    static let cases: [(name: String, payload: String, shown: String)] = [
        ("BEL", "\u{07}", "\u{FFFD}"),
        ("BS", "\u{08}\u{08}", "\u{FFFD}\u{FFFD}"),
        ("ESC CSI", "\u{1B}[2J", "\u{FFFD}[2J"),
        ("OSC 2 title", "\u{1B}]2;pwned\u{07}", "\u{FFFD}]2;pwned\u{FFFD}"),
        ("OSC 52 clipboard", "\u{1B}]52;c;aGVsbG8=\u{07}", "\u{FFFD}]52;c;aGVsbG8=\u{FFFD}"),
        ("OSC 8 hyperlink", "\u{1B}]8;;http://x.id\u{1B}\\klik\u{1B}]8;;\u{1B}\\",
         "\u{FFFD}]8;;http://x.id\u{FFFD}\\klik\u{FFFD}]8;;\u{FFFD}\\"),
        ("C1 CSI", "\u{9B}2J", "\u{FFFD}2J"),
        ("RLO", "\u{202E}kiri", "\u{FFFD}kiri"),
        ("LRI", "\u{2066}isolasi", "\u{FFFD}isolasi"),
        ("ZWSP", "\u{200B}", "\u{FFFD}"),
        ("BOM", "\u{FEFF}", "\u{FFFD}"),
    ]

    /// What must never be in a cell, written out here from the rules, not from the code.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || [0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0xFEFF, 0x61C].contains(v)
    }

    static func article(_ payload: String) -> Article {
        Article(id: "kasus", path: "/tmp/kasus.md", title: "Banjir \(payload) akhir",
                source: "Sumber\(payload)", date: nil, language: "id", url: nil, author: nil, tags: [], extra: [:],
                blocks: [Block(kind: .paragraph, text: "Hujan \(payload) deras.", start: 0, end: 0)])
    }

    static func analyzer(_ payload: String) -> MorphAnalyzer {
        var glossary = Glossary()
        glossary.add([GlossaryEntry(headword: "banjir", pos: "n", gloss: "flood\(payload)")])
        return MorphAnalyzer(glossary: glossary)
    }

    /// The reader on the article, drawn by the runtime, after `keys`.
    static func screen(_ payload: String, keys: String = "") -> Buffer {
        let state = AppState(articles: [AnalyzedArticle(article(payload))], warnings: ["berkas\(payload).md:3: tanggal"],
                             analyzer: analyzer(payload), width: 200, height: 30)
        let backend = TestBackend(width: 200, height: 30)
        backend.enqueue(KeyParser.keys(keys).map(InputEvent.key))
        let runtime = ReaderRuntime(state: state, backend: backend)
        _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
        return backend.screen
    }

    static func forbiddenCells(_ screen: Buffer) -> [String] {
        screen.cells.map(\.symbol).filter { $0.unicodeScalars.contains(where: isForbidden) }
    }

    @Test("the article, its source, the glossary and a warning show placeholders", arguments: cases)
    func article(name: String, payload: String, shown: String) {
        let screen = Self.screen(payload)
        #expect(Self.forbiddenCells(screen).isEmpty, "\(name)")
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("Banjir \(shown) akhir"), "\(name): the title")
        #expect(text.contains("Sumber\(shown) · undated"), "\(name): the metadata line")
        #expect(text.contains("Hujan \(shown) deras."), "\(name): the body")
        #expect(text.contains("flood\(shown)"), "\(name): the glossary pane")
        #expect(text.contains("warning: berkas\(shown).md:3"), "\(name): the status line")
    }

    /// A carriage return could send the cursor back to overwrite what was drawn. In the
    /// article it is a space, like every line break inside a paragraph; in the glossary it
    /// ends a line; in the list and the status line it is a placeholder.
    @Test func aCarriageReturnNeverReachesTheScreen() {
        let screen = Self.screen("\r")
        #expect(Self.forbiddenCells(screen).isEmpty)
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("│ Banjir   akhir"), "the article's title")
        #expect(text.contains("│ Hujan   deras."), "the article's body")
        #expect(text.contains("│▸ Banjir \u{FFFD} akhir"), "the list")
        // The glossary pane wraps its text: there the return ends a line.
        #expect(screen.lines.contains { $0.hasSuffix("││ flood                                │") }, "the glossary pane")
        #expect(text.contains("warning: berkas\u{FFFD}.md:3"), "the status line")
    }

    @Test("search results show placeholders", arguments: cases)
    func searchResults(name: String, payload: String, shown: String) {
        let answer = SearchAnswer(query: "banjir", hits: [
            SearchAnswer.Hit(articleID: "kasus", path: "/tmp/kasus.md", title: "Banjir \(payload) akhir",
                             snippet: "«Banjir» \(payload) akhir", matches: [.init(field: .title, start: 0, end: 6)]),
        ])
        var state = AppState(articles: [AnalyzedArticle(Self.article(payload))], analyzer: Self.analyzer(payload),
                             width: 200, height: 30)
        _ = state.update(.searchEngineReady(SearchEngineHandle(FakeSearchEngine(["banjir": answer])), warning: nil))
        state.press("/ b a n j i r")
        _ = state.update(.searchResults(generation: state.searchGeneration, answer))
        let backend = TestBackend(width: 200, height: 30)
        let runtime = ReaderRuntime(state: state, backend: backend)
        _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
        let screen = backend.screen
        #expect(Self.forbiddenCells(screen).isEmpty, "\(name)")
        let panel = screen.lines.filter { $0.contains("│   Banjir") }
        #expect(panel.contains { $0.contains("│   Banjir \(shown) akhir") }, "\(name): the snippet")
    }
}
