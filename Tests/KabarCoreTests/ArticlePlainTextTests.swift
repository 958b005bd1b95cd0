import Testing
@testable import KabarCore

@Suite("Plain-text articles")
struct ArticlePlainTextTests {
    func article(_ text: String) throws -> Article {
        try #require(parseArticle(text, path: "kabar/berita-pagi.txt").article)
    }

    @Test func firstLineIsTitleAndLinesAreParagraphs() throws {
        let a = try article("""

        Judul Berita Pagi
        Kalimat pertama berdiri sendiri.
        Kalimat kedua juga.

        Paragraf berikutnya.
        """)
        #expect(a.id == "berita-pagi")
        #expect(a.path == "kabar/berita-pagi.txt")
        #expect(a.title == "Judul Berita Pagi")
        #expect(a.blocks.map(\.text) == ["Kalimat pertama berdiri sendiri.", "Kalimat kedua juga.", "Paragraf berikutnya."])
        #expect(a.blocks.allSatisfy { $0.kind == .paragraph })
        #expect(a.source == nil && a.date == nil && a.tags.isEmpty)
    }

    @Test func hardWrappedGroupIsJoined() throws {
        // Lines of 40–100 characters with no sentence end: wrapped at a fixed width.
        let a = try article("""
        Judul
        Pemerintah mengumumkan kebijakan baru tentang kecerdasan
        buatan yang akan berlaku mulai bulan depan bagi seluruh
        perusahaan teknologi.
        """)
        #expect(a.blocks.map(\.text) == [
            "Pemerintah mengumumkan kebijakan baru tentang kecerdasan buatan yang akan berlaku mulai bulan depan bagi seluruh perusahaan teknologi.",
        ])
    }

    @Test("groups that are not hard-wrapped", arguments: [
        // A line ends with a period.
        "Kalimat ini sudah selesai dengan sebuah titik di akhir.\nBaris berikutnya berdiri sendiri sebagai paragraf.",
        // A line is shorter than 40 characters (a subheading).
        "Subjudul Pendek\nParagraf yang panjang mengikuti subjudul ini di bawahnya.",
        // A line ends with a closing quote.
        "“Kami tidak akan mundur dari rencana ini,” katanya “pasti”\nlalu ia pergi meninggalkan ruangan rapat itu.",
        // A line ends with a colon.
        "Berikut ini adalah daftar nama yang akan diumumkan:\nAhmad, Budi, dan Citra yang mewakili sekolah.",
    ])
    func notHardWrapped(group: String) throws {
        let a = try article("Judul\n" + group + "\n")
        #expect(a.blocks.count == 2)
        #expect(a.blocks.map(\.text) == group.split(separator: "\n").map(String.init))
    }

    @Test func tooLongLinesAreNotJoined() throws {
        let long = String(repeating: "kata ", count: 22) + "lagi"  // 114 characters
        let a = try article("Judul\n\(long)\n\(long)\n")
        #expect(a.blocks.count == 2)
    }

    @Test func bullets() throws {
        let a = try article("""
        Judul
        Pembuka.
        - butir satu
          lanjutan
        • butir dua
        Penutup.
        """)
        #expect(a.blocks.map(\.kind) == [.paragraph, .bullet, .bullet, .paragraph])
        #expect(a.blocks.map(\.text) == ["Pembuka.", "butir satu lanjutan", "butir dua", "Penutup."])
    }

    @Test func titleOnly() throws {
        let a = try article("  Hanya Judul  \n\n")
        #expect(a.title == "Hanya Judul")
        #expect(a.blocks.isEmpty)
        #expect(a.body == "")
    }

    @Test func markdownSyntaxIsPlainTextInTxt() throws {
        let a = try article("# Bukan heading\n## juga bukan\n---\n")
        #expect(a.title == "# Bukan heading")
        #expect(a.blocks.map(\.text) == ["## juga bukan", "---"])
        #expect(a.blocks.allSatisfy { $0.kind == .paragraph })
    }

    @Test func offsetsIndexTheBody() throws {
        let a = try article("Judul\n“Satu” — dua.\n\n- 😀 tiga\n")
        #expect(a.body == "“Satu” — dua.\n\n😀 tiga")
        for block in a.blocks { #expect(bodyText(of: block, in: a) == block.text) }
    }

    @Test func otherExtensionsAreReadAsPlainText() throws {
        let a = try #require(parseArticle("---\ntitle: X\n---\n", path: "catatan").article)
        #expect(a.title == "---")
        #expect(a.id == "catatan")
    }
}
