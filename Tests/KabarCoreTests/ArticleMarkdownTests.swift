import Testing
@testable import KabarCore

@Suite("Markdown articles")
struct ArticleMarkdownTests {
    /// The blocks of `text` as (kind, text) pairs.
    func blocks(_ text: String) -> [Pair] {
        MarkdownBodyParser.parse(text.split(separator: "\n", omittingEmptySubsequences: false))
            .map { Pair(kind: $0.kind, text: $0.text) }
    }

    struct Pair: Equatable, CustomStringConvertible {
        var kind: BlockKind
        var text: String
        var description: String { "\(kind) \(text)" }
    }

    @Test func headingsParagraphsAndBullets() {
        let text = """
        # Satu
        ## Dua ##
        ###### Enam
        ####### Tujuh bukan heading
        #tagar bukan heading

        Baris pertama
          baris kedua   dengan spasi
        baris ketiga.

        - butir satu
          lanjutan butir
        * butir dua
        + butir tiga
          - butir bersarang
        Paragraf setelah daftar.
        """
        #expect(blocks(text) == [
            Pair(kind: .heading(level: 1), text: "Satu"),
            Pair(kind: .heading(level: 2), text: "Dua"),
            Pair(kind: .heading(level: 6), text: "Enam"),
            Pair(kind: .paragraph, text: "####### Tujuh bukan heading #tagar bukan heading"),
            Pair(kind: .paragraph, text: "Baris pertama baris kedua   dengan spasi baris ketiga."),
            Pair(kind: .bullet, text: "butir satu lanjutan butir"),
            Pair(kind: .bullet, text: "butir dua"),
            Pair(kind: .bullet, text: "butir tiga"),
            Pair(kind: .bullet, text: "butir bersarang"),
            Pair(kind: .paragraph, text: "Paragraf setelah daftar."),
        ])
    }

    @Test func inlineMarkupIsKeptVerbatim() {
        #expect(blocks("Ini **tebal**, _miring_, `kode` dan [tautan](https://a.id).\n") == [
            Pair(kind: .paragraph, text: "Ini **tebal**, _miring_, `kode` dan [tautan](https://a.id)."),
        ])
        #expect(blocks("*penekanan* bukan butir\n-2 derajat\n") == [
            Pair(kind: .paragraph, text: "*penekanan* bukan butir -2 derajat"),
        ])
    }

    @Test func headingEdgeCases() {
        #expect(blocks("## Bahasa C#\n") == [Pair(kind: .heading(level: 2), text: "Bahasa C#")])
        #expect(blocks("#\n\n##   \n") == [])
        #expect(blocks("    # terlalu menjorok\n") == [Pair(kind: .paragraph, text: "# terlalu menjorok")])
        #expect(blocks("Judul Setext\n===\n\nSub\n---\n") == [
            Pair(kind: .heading(level: 1), text: "Judul Setext"),
            Pair(kind: .heading(level: 2), text: "Sub"),
        ])
    }

    @Test func thematicBreaksAndEmptyItemsSeparate() {
        #expect(blocks("A\n\n***\n- - -\n___\nB\n\n-\n") == [
            Pair(kind: .paragraph, text: "A"),
            Pair(kind: .paragraph, text: "B"),
        ])
        #expect(blocks("- \n-\n- x\n") == [Pair(kind: .bullet, text: "x")])
    }

    @Test func orderedItemsAreSeparateParagraphs() {
        #expect(blocks("Langkah:\n1. Buka\n2) Tutup\n12. Selesai\n") == [
            Pair(kind: .paragraph, text: "Langkah:"),
            Pair(kind: .paragraph, text: "1. Buka"),
            Pair(kind: .paragraph, text: "2) Tutup"),
            Pair(kind: .paragraph, text: "12. Selesai"),
        ])
    }

    @Test func topHeadingBecomesTitleAndIsNotRepeated() throws {
        let (article, warnings) = parseArticle("\n# Judul Artikel\n\n## Bagian\n\nIsi paragraf.\n", path: "a/judul.md")
        let a = try #require(article)
        #expect(warnings.isEmpty)
        #expect(a.id == "judul")
        #expect(a.title == "Judul Artikel")
        #expect(a.blocks.map(\.kind) == [.heading(level: 2), .paragraph])
        #expect(a.body == "Bagian\n\nIsi paragraf.")
    }

    @Test func frontMatterTitleKeepsTopHeadingAsBlock() throws {
        let a = try #require(parseArticle("---\ntitle: Dari Front Matter\n---\n# Heading\nIsi.\n").article)
        #expect(a.title == "Dari Front Matter")
        #expect(a.blocks.map(\.text) == ["Heading", "Isi."])
    }

    @Test("title fallbacks", arguments: [
        ("Pembuka.\n\n## Sub Judul\n\nIsi.\n", "Sub Judul"),
        ("\n\nBaris pertama\nbaris kedua\n", "Baris pertama"),
        ("***\n- Butir pembuka\n", "Butir pembuka"),
        ("---\nsource: S\n---\n\n", "berkas"),
    ])
    func titleFallback(text: String, expected: String) throws {
        let a = try #require(parseArticle(text, path: "berkas.md").article)
        #expect(a.title == expected)
    }

    @Test func blockOffsetsIndexTheBody() throws {
        let text = """
        ---
        title: Offset
        ---
        ## Café “Kopi” — 😀 di 🇮🇩

        Paragraf dengan e\u{301} terurai,
        dua baris.

        - butir 𝕏
        """
        let a = try #require(parseArticle(text).article)
        #expect(a.blocks.count == 3)
        #expect(a.body == "Café “Kopi” — 😀 di 🇮🇩\n\nParagraf dengan \u{E9} terurai, dua baris.\n\nbutir 𝕏")
        for block in a.blocks {
            #expect(bodyText(of: block, in: a) == block.text)
        }
        #expect(a.blocks[0].start == 0)
        #expect(a.blocks[0].end == 21)
        #expect(a.blocks[1].start == 23)
        #expect(a.blocks.last?.end == a.body.unicodeScalars.count)
    }

    @Test func publicInitComputesBodyAndOffsetsAndNormalises() {
        let a = Article(
            id: "x", path: "x.md", title: "Cafe\u{301}",
            blocks: [
                Block(kind: .heading(level: 2), text: "Satu", start: 99, end: 5),
                Block(kind: .paragraph, text: "e\u{301}"),
                Block(kind: .bullet, text: "tiga"),
            ])
        #expect(a.title.unicodeScalars.count == 4)
        #expect(a.body == "Satu\n\n\u{E9}\n\ntiga")
        #expect(a.blocks.map(\.start) == [0, 6, 9])
        #expect(a.blocks.map(\.end) == [4, 7, 13])
        #expect(a.tags.isEmpty && a.extra.isEmpty && a.date == nil)
    }

    @Test func emptyBlockListGivesEmptyBody() {
        let a = Article(id: "x", path: "x.md", title: "T", blocks: [])
        #expect(a.body.isEmpty)
        #expect(a.blocks.isEmpty)
    }

    @Test func markdownExtensionIsCaseInsensitive() throws {
        let a = try #require(parseArticle("---\ntitle: T\n---\n- b\n", path: "X.MARKDOWN").article)
        #expect(a.title == "T")
        #expect(a.blocks.map(\.kind) == [.bullet])
        #expect(a.id == "X")
    }
}
