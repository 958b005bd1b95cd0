import Foundation
import Testing
@testable import KabarCore

/// The two articles shipped in `Articles/` load cleanly with the right metadata.
@Suite("Bundled articles")
struct ArticleBundledTests {
    /// `<package>/Articles`, found from this file's location (`<package>/Tests/KabarCoreTests/…`).
    static let articlesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Articles").path

    let result = ArticleLoader().load(paths: [articlesFolder])

    @Test func bothLoadWithoutWarnings() {
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(result.articles.map(\.id) == [
            "china-jatuh-cinta-pada-liang-wenfeng",
            "deepseek-membalikkan-lanskap-teknologi-global",
        ])
    }

    @Test func chinaJatuhCinta() throws {
        let a = try #require(result.articles.first { $0.id == "china-jatuh-cinta-pada-liang-wenfeng" })
        #expect(a.title == "China Jatuh Cinta pada Liang Wenfeng setelah DeepSeek Memulai Gejolak AI di AS")
        #expect(a.source == "Business Insider")
        #expect(a.date == ArticleDate(year: 2025, month: 1, day: 28))
        #expect(a.language == "id")
        #expect(a.tags.contains("DeepSeek"))
        #expect(a.extra.isEmpty)
        #expect(a.blocks.first == Block(
            kind: .paragraph,
            text: "Internet China terpesona oleh Liang Wenfeng setelah perusahaannya, DeepSeek, memicu gejolak AI di AS.",
            start: 0, end: 101))
        #expect(a.blocks.filter { $0.kind == .bullet }.map(\.text) == [
            "Penampilan gemilangnya sebagian besar datang dari penurunan pasar yang terjadi di AS.",
            "Media lokal kini menyebut Liang sebagai “jendral,” “pahlawan AI Guangdong,” dan “dewa besar.”",
        ])
        #expect(a.blocks.filter { $0.kind == .heading(level: 2) }.count == 8)
        #expect(a.blocks.contains { $0.kind == .heading(level: 2) && $0.text == "Liang Wenfeng: COO Xi Jinping?" })
        #expect(a.blocks.contains { $0.kind == .paragraph && $0.text == "Time Magazine" })
        #expect(a.blocks.last?.text == "DeepSeek dan hedge fund kuantitatif Liang, High Flyer, tidak merespon permintaan komentar yang dikirim oleh Business Insider.")
        for block in a.blocks { #expect(bodyText(of: block, in: a) == block.text) }
    }

    @Test func deepSeekMembalikkan() throws {
        let a = try #require(result.articles.first { $0.id == "deepseek-membalikkan-lanskap-teknologi-global" })
        #expect(a.title == "DeepSeek Membalikkan Lanskap Teknologi Global")
        #expect(a.source == nil)
        #expect(a.date == nil)
        #expect(a.language == "id")
        #expect(a.blocks.filter { $0.kind == .heading(level: 2) }.map(\.text) == [
            "Liang Wenfeng: Dari Visioner ke Pengganggu Industri",
            "Balapan Silicon Valley untuk Merespons",
            "Kesimpulan",
        ])
        #expect(a.blocks.last == Block(kind: .paragraph, text: "#DeepSeek #LiangWenfeng #SiliconValley #OpenSourceAI",
                                       start: a.body.unicodeScalars.count - 52, end: a.body.unicodeScalars.count))
        #expect(a.body.contains("bersaing dengan—dan melampaui—AS"))
        for block in a.blocks { #expect(bodyText(of: block, in: a) == block.text) }
    }
}
