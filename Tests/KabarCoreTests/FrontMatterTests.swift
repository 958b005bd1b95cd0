import Testing
@testable import KabarCore

/// What a front-matter test expects of the loaded article.
struct FrontMatterCase: Sendable, CustomStringConvertible {
    var name: String
    var text: String
    var title: String
    var source: String? = nil
    var date: String? = nil
    var language: String? = nil
    var url: String? = nil
    var author: String? = nil
    var tags: [String] = []
    var extra: [String: String] = [:]
    /// Expected warnings as "line: start of message".
    var warnings: [String] = []
    /// The expected texts of the body's blocks.
    var blocks: [String] = ["Isi."]

    var description: String { name }
}

@Suite("Front matter")
struct FrontMatterTests {
    static let cases: [FrontMatterCase] = [
        FrontMatterCase(
            name: "all known keys",
            text: """
            ---
            title: Judul Berita
            source: Business Insider
            date: 2025-01-28
            language: id
            url: https://example.com/a?b=c:d
            author: Budi Santoso
            tags: [DeepSeek, AI, "Liang Wenfeng"]
            ---

            Isi.
            """,
            title: "Judul Berita", source: "Business Insider", date: "2025-01-28", language: "id",
            url: "https://example.com/a?b=c:d", author: "Budi Santoso",
            tags: ["DeepSeek", "AI", "Liang Wenfeng"]),
        FrontMatterCase(
            name: "quoted values",
            text: """
            ---
            title: "Kata \\"Dewa\\" Besar: kisah"
            source: 'Jum''at Pagi'
            author: "Ana\\u00EFs"
            ---
            Isi.
            """,
            title: "Kata \"Dewa\" Besar: kisah", source: "Jum'at Pagi", author: "Anaïs"),
        FrontMatterCase(
            name: "block list, comments and blank lines",
            text: """
            ---
            # a comment
            title: T

            tags:
              - satu
              - "dua tiga"
            - empat
            ---
            Isi.
            """,
            title: "T", tags: ["satu", "dua tiga", "empat"]),
        FrontMatterCase(
            name: "tags as a comma-separated scalar, duplicates dropped",
            text: "---\ntitle: T\ntags: a, b ,a,, c\n---\nIsi.\n",
            title: "T", tags: ["a", "b", "c"]),
        FrontMatterCase(
            name: "flow list with quoted comma and apostrophe",
            text: "---\ntitle: T\ntags: [\"x, y\", Jum'at, 'z']\n---\nIsi.\n",
            title: "T", tags: ["x, y", "Jum'at", "z"]),
        FrontMatterCase(
            name: "unknown keys kept in extra",
            text: "---\ntitle: T\nCategory: Teknologi\nrelated: [a, b]\nempty:\n---\nIsi.\n",
            title: "T", extra: ["Category": "Teknologi", "related": "a, b", "empty": ""]),
        FrontMatterCase(
            name: "keys ignore case",
            text: "---\nTitle: T\nDATE: 2024-02-29\n---\nIsi.\n",
            title: "T", date: "2024-02-29"),
        FrontMatterCase(
            name: "date with a time",
            text: "---\ntitle: T\ndate: 2025-01-28T09:30:00+07:00\n---\nIsi.\n",
            title: "T", date: "2025-01-28"),
        FrontMatterCase(
            name: "quoted date",
            text: "---\ntitle: T\ndate: \"2025-01-28\"\n---\nIsi.\n",
            title: "T", date: "2025-01-28"),
        FrontMatterCase(
            name: "impossible date",
            text: "---\ntitle: T\ndate: 2025-02-30\n---\nIsi.\n",
            title: "T", warnings: ["3: invalid date '2025-02-30'"]),
        FrontMatterCase(
            name: "word for a date",
            text: "---\ntitle: T\nsource: X\ndate: kemarin\n---\nIsi.\n",
            title: "T", source: "X", warnings: ["4: invalid date 'kemarin'"]),
        FrontMatterCase(
            name: "slashed date",
            text: "---\ndate: 2025/01/28\ntitle: T\n---\nIsi.\n",
            title: "T", warnings: ["2: invalid date '2025/01/28'"]),
        FrontMatterCase(
            name: "empty values count as missing",
            text: "---\ntitle: T\nsource:\ndate: \"\"\n---\nIsi.\n",
            title: "T"),
        FrontMatterCase(
            name: "line that is not key: value",
            text: "---\ntitle: T\nthis line is wrong\nsource: S\n---\nIsi.\n",
            title: "T", source: "S", warnings: ["3: front matter: expected 'key: value'"]),
        FrontMatterCase(
            name: "indented key is not supported",
            text: "---\ntitle: T\n  nested: x\n---\nIsi.\n",
            title: "T", warnings: ["3: front matter: expected 'key: value'"]),
        FrontMatterCase(
            name: "duplicate key keeps the first",
            text: "---\ntitle: Pertama\ntitle: Kedua\n---\nIsi.\n",
            title: "Pertama", warnings: ["3: front matter: duplicate key 'title' (first on line 2)"]),
        FrontMatterCase(
            name: "duplicate list key skips its items",
            text: "---\ntitle: T\ntags: [a]\ntags:\n  - b\n---\nIsi.\n",
            title: "T", tags: ["a"], warnings: ["4: front matter: duplicate key 'tags'"]),
        FrontMatterCase(
            name: "list item without key",
            text: "---\n- lonely\ntitle: T\n---\nIsi.\n",
            title: "T", warnings: ["2: front matter: list item without a key"]),
        FrontMatterCase(
            name: "unterminated quote",
            text: "---\ntitle: \"Setengah\n---\nIsi.\n",
            title: "Setengah", warnings: ["2: front matter: unterminated double quote"]),
        FrontMatterCase(
            name: "unterminated list",
            text: "---\ntitle: T\ntags: [a, b\n---\nIsi.\n",
            title: "T", tags: ["a", "b"], warnings: ["3: front matter: list has no closing ']'"]),
        FrontMatterCase(
            name: "no closing delimiter",
            text: "---\ntitle: Tanpa Penutup\ndate: 2025-01-28\n\nIsi.\n",
            title: "Tanpa Penutup", date: "2025-01-28",
            warnings: ["1: front matter has no closing '---' line"]),
        FrontMatterCase(
            name: "a leading thematic break is not front matter",
            text: "---\n\n# Judul\n\nIsi.\n",
            title: "Judul"),
        FrontMatterCase(
            name: "no front matter, title from the first heading",
            text: "# Judul Utama\n\nIsi.\n",
            title: "Judul Utama"),
        FrontMatterCase(
            name: "front matter without title, title from the heading",
            text: "---\nsource: S\n---\n# Dari Heading\n\nIsi.\n",
            title: "Dari Heading", source: "S"),
        FrontMatterCase(
            name: "delimiters with trailing spaces",
            text: "---  \ntitle: T\n---\t\nIsi.\n",
            title: "T"),
        FrontMatterCase(
            name: "colon without space",
            text: "---\ntitle:Rapat\nurl:https://a.id/x\n---\nIsi.\n",
            title: "Rapat", url: "https://a.id/x"),
        FrontMatterCase(
            name: "escaped newline in a title becomes a space",
            text: "---\ntitle: \"Dua\\nBaris\"\n---\nIsi.\n",
            title: "Dua Baris"),
    ]

    @Test("front-matter table", arguments: cases)
    func frontMatter(_ c: FrontMatterCase) throws {
        let (article, warnings) = parseArticle(c.text, path: "folder/berita.md")
        let a = try #require(article)
        #expect(a.title == c.title)
        #expect(a.source == c.source)
        #expect(a.date?.description == c.date)
        #expect(a.language == c.language)
        #expect(a.url == c.url)
        #expect(a.author == c.author)
        #expect(a.tags == c.tags)
        #expect(a.extra == c.extra)
        #expect(a.blocks.map(\.text) == c.blocks)
        let got = warnings.map { "\($0.line.map(String.init) ?? "-"): \($0.message)" }
        #expect(got.count == c.warnings.count, "warnings: \(got)")
        for (g, e) in zip(got, c.warnings) {
            #expect(g.hasPrefix(e), "warning \(g) should start with \(e)")
        }
        #expect(warnings.allSatisfy { $0.path == "folder/berita.md" })
    }

    @Test func parserReportsBodyStart() throws {
        let lines = "---\ntitle: T\n---\nbody".split(separator: "\n", omittingEmptySubsequences: false)
        let fm = try #require(FrontMatter.parse(lines: lines, path: "x.md"))
        #expect(fm.bodyStart == 3)
        #expect(fm.entries == [FrontMatterEntry(key: "title", value: .scalar("T"), line: 2)])
    }

    @Test func noFrontMatterWhenFirstLineIsNotDelimiter() {
        let lines = "title: T\n---\n".split(separator: "\n", omittingEmptySubsequences: false)
        #expect(FrontMatter.parse(lines: lines, path: "x.md") == nil)
    }

    @Test func keyValueSplitting() {
        #expect(FrontMatter.splitKeyValue("time: 12:30")?.key == "time")
        #expect(FrontMatter.splitKeyValue("time: 12:30")?.value == "12:30")
        #expect(FrontMatter.splitKeyValue("no colon here") == nil)
        #expect(FrontMatter.splitKeyValue(": value") == nil)
        #expect(FrontMatter.splitKeyValue("\"quoted\": value") == nil)
    }

    @Test func unclosedFrontMatterStopsBeforeBody() throws {
        let (article, warnings) = parseArticle("---\ntitle: T\nBadan berita dimulai di sini.\n")
        let a = try #require(article)
        #expect(a.title == "T")
        #expect(a.blocks.map(\.text) == ["Badan berita dimulai di sini."])
        #expect(warnings.count == 1)
        #expect(warnings.first?.line == 1)
    }

    @Test func frontMatterOnlyGivesEmptyBody() throws {
        let (article, warnings) = parseArticle("---\ntitle: Hanya Judul\n---\n")
        let a = try #require(article)
        #expect(a.title == "Hanya Judul")
        #expect(a.blocks.isEmpty)
        #expect(a.body == "")
        #expect(warnings.isEmpty)
    }
}
