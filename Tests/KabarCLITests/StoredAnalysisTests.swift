import Foundation
import KabarApp
import KabarCLI
import KabarCore
import Testing

/// The names and dates the index keeps: read back, they give the reader the same entities
/// and timeline as recognising every article again.
@Suite struct StoredAnalysisTests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// A folder of news texts: the repository's bundled articles and our own entity dev
    /// texts (their inline `[[TYPE|text]]` marks taken out), each dated, so that relative
    /// dates resolve: many names, linked across articles, and many dates.
    static func newsFolder(in root: String) throws -> String {
        let folder = root + "/berita"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let bundled = tests.deletingLastPathComponent().appendingPathComponent("Articles").path
        for name in try FileManager.default.contentsOfDirectory(atPath: bundled) {
            try FileManager.default.copyItem(atPath: bundled + "/" + name, toPath: folder + "/" + name)
        }
        let dev = tests.appendingPathComponent("KabarCoreTests/Resources/entities-dev").path
        let mark = try NSRegularExpression(pattern: "\\[\\[[A-Z]+\\|([^\\]]*)\\]\\]")
        for (number, name) in try FileManager.default.contentsOfDirectory(atPath: dev).sorted().enumerated() where name.hasSuffix(".txt") {
            let marked = try String(contentsOfFile: dev + "/" + name, encoding: .utf8)
            let text = mark.stringByReplacingMatches(in: marked, range: NSRange(marked.startIndex..., in: marked), withTemplate: "$1")
            let lines = text.split(separator: "\n", maxSplits: 1)
            let article = "---\ntitle: \(lines[0])\ndate: 2025-10-\(10 + number)\n---\n\(lines.count > 1 ? lines[1] : "")"
            try article.write(toFile: folder + "/dev-\(name.dropLast(4)).md", atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func factsFromTheIndexAreTheFactsFromTheText() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kabar-stored-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = try Self.newsFolder(in: root)
        let locator = ArticleLocator(environment: ["XDG_CACHE_HOME": root + "/cache", "HOME": root], currentDirectory: root)
        guard case .ready = ReaderSearchEngine.open([folder], locator: locator) else {
            Issue.record("the index was not built")
            return
        }
        let (result, stored) = try #require(WarmStart.loadWithAnalysis([folder], locator: locator, checkFiles: false))
        let analysis = try #require(stored)
        let articles = result.articles.map { AnalyzedArticle($0) }
        #expect(articles.count >= 10)
        #expect(analysis.count == articles.count)

        let recognised = CorpusFacts.compute(articles)
        let read = CorpusFacts.compute(articles, known: analysis)
        #expect(recognised.entities.count > 50 && recognised.timeline.count > 20)
        #expect(recognised.entities.contains { $0.mentions.map(\.article).uniqueCount > 1 }, "linked across articles")
        #expect(read.entities == recognised.entities)
        #expect(read.timeline == recognised.timeline)
        // And they are what the reader's facts come from: without an article's stored names
        // and dates, its own are missing.
        var emptied = analysis
        let first = try #require(emptied.indices.first { !emptied[$0].mentions.isEmpty && !emptied[$0].expressions.isEmpty })
        emptied[first] = StoredAnalysis()
        let partial = CorpusFacts.compute(articles, known: emptied)
        #expect(!partial.timeline.contains { $0.article == articles[first].article.id })
        #expect(partial.entities != recognised.entities)
    }

    @Test func aMismatchedListIsIgnoredAndEverythingIsRecognised() {
        let articles = [AnalyzedArticle(Article(id: "a", path: "/a.md", title: "Rapat di Jakarta",
                                                source: nil, date: ArticleDate(year: 2024, month: 5, day: 2), language: "id",
                                                url: nil, author: nil, tags: [], extra: [:],
                                                blocks: [Block(kind: .paragraph, text: "Menteri Keuangan Sri Mulyani tiba di Jakarta pada Senin.", start: 0, end: 0)]))]
        let facts = CorpusFacts.compute(articles, known: [StoredAnalysis(), StoredAnalysis()])
        #expect(facts == CorpusFacts.compute(articles))
        #expect(facts.entities.contains { $0.name == "Sri Mulyani" })
    }
}

extension Array where Element: Hashable {
    var uniqueCount: Int { Set(self).count }
}
