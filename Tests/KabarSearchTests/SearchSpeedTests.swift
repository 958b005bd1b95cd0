import Foundation
import GRDB
import KabarCore
@testable import KabarSearch
import Testing

/// The speed-ups of the index change nothing it stores or answers: tokens worked out before
/// the write equal the tokenizer's own, `kabar_bm25` scores equal FTS5's `bm25` to the bit
/// (before and after the index changes), snippets mark the same words, and an article's
/// blocks are rebuilt from its body and layout.
@Suite struct SearchSpeedTests {
    static let words = ["pemerintah", "menyaingi", "bersaing", "pesaing", "banjir", "merendam", "rumah", "warga",
                        "Jakarta", "pelantikan", "dilantik", "3,5", "persen", "yang", "dan", "di", "pasar", "harga",
                        "menaikkan", "kenaikan", "naik", "“kutipan”", "Rp1.000", "#pemilu", "café", "Menyaingi"]

    /// A folder of `count` small articles whose words cycle through `words`.
    static func folder(_ count: Int, seed: Int = 0) throws -> String {
        let root = NSTemporaryDirectory() + "kabar-speed-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for number in 0..<count {
            var body: [String] = []
            for index in 0..<(8 + (number * 7 + seed) % 23) {
                body.append(words[(number * 31 + index * 17 + seed) % words.count])
            }
            let title = words[(number + seed) % words.count].capitalized + " " + words[(number * 3 + 1) % words.count]
            let text = "---\ntitle: \(title)\nsource: Kabar Uji\ndate: 2025-01-\(10 + number % 18)\n---\n\n"
                + body.joined(separator: " ") + ".\n\nParagraf kedua: " + body.reversed().joined(separator: " ") + ".\n"
            try text.write(toFile: root + "/a\(number).md", atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func preparedTokensEqualTheTokenizersOwn() throws {
        let folder = try Self.folder(60)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Through `update`: tokens prepared before the write.
        let prepared = SearchIndex.inMemory(enrich: false)
        _ = try prepared.update(folder: folder)
        // Inserted directly: the tokenizer works each text out itself.
        let direct = SearchIndex.inMemory(enrich: false)
        let articles = ArticleLoader().load(paths: ArticleFolderScanner(folder: folder).files).articles
        try direct.writer.write { db in
            for article in articles {
                try SearchIndex.insert(article, size: 0, mtime: 0, hash: "", layout: ArticleRecord.layout(article), enrichment: nil, db)
            }
        }
        func instances(_ index: SearchIndex) throws -> [String] {
            try index.writer.write { db in
                try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, articles_fts, 'instance')")
                return try Row.fetchAll(db, sql: "SELECT term, doc, col, offset FROM temp.vocab ORDER BY doc, col, offset, term")
                    .map { "\($0[0] as String) \($0[1] as Int64) \($0[2] as String) \($0[3] as Int64)" }
            }
        }
        let expected = try instances(direct)
        #expect(expected.count > 1000)
        #expect(try instances(prepared) == expected)
        // The lemma and root are there: bersaing → saing.
        #expect(expected.contains { $0.hasPrefix("saing ") })
    }

    /// Every row of the query, ranked by `function`, with the score's bits.
    static func ranked(_ index: SearchIndex, _ match: String, _ function: String) throws -> [String] {
        try index.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, \(function)(articles_fts, 5.0, 1.0, 0.5) AS rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid",
                             arguments: [match])
                .map { "\($0[0] as Int64) \(($0[1] as Double).bitPattern)" }
        }
    }

    @Test func kabarBm25ScoresEqualBm25BeforeAndAfterChanges() throws {
        // More articles than the bulk threshold, so the lengths are read in one pass.
        let folder = try Self.folder(RankFunction.bulkThreshold + 300)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = folder + "-cache"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let index = SearchIndex.open(folder: folder, cacheDirectory: cache, enrich: false)
        _ = try index.update(folder: folder)
        let queries = [#""yang""#, #""saing""#, #""banjir" AND "warga""#, #"("naik" OR "pasar")"#, #""harga" *"#,
                       #"title : "jakarta""#, #""pemerintah harga""#, #""dan""#, #""paragraf""#]
        for match in queries {
            let expected = try Self.ranked(index, match, "bm25")
            #expect(!expected.isEmpty, "\(match)")
            #expect(try Self.ranked(index, match, RankFunction.name) == expected, "\(match)")
        }
        // Change the index: rows get longer, shorter, go and come. The lengths read before
        // must not be used again.
        for number in 0..<200 {
            let path = folder + "/a\(number).md"
            if number % 3 == 0 {
                try FileManager.default.removeItem(atPath: path)
            } else {
                try ("---\ntitle: Baru \(number)\n---\n\n" + String(repeating: "yang dan pasar harga ", count: number % 7 + 1))
                    .write(toFile: path, atomically: true, encoding: .utf8)
            }
        }
        _ = try index.update(folder: folder)
        for match in queries {
            #expect(try Self.ranked(index, match, RankFunction.name) == Self.ranked(index, match, "bm25"), "\(match)")
        }
        // And an index in memory, where reads and writes share one connection.
        let memory = SearchIndex.inMemory(enrich: false)
        _ = try memory.update(folder: folder)
        #expect(try Self.ranked(memory, #""yang""#, RankFunction.name) == Self.ranked(memory, #""yang""#, "bm25"))
        try FileManager.default.removeItem(atPath: folder + "/a1.md")
        _ = try memory.update(folder: folder)
        #expect(try Self.ranked(memory, #""yang""#, RankFunction.name) == Self.ranked(memory, #""yang""#, "bm25"))
    }

    @Test func snippetsMarkTheMatchedWords() throws {
        let folder = try Self.folder(0)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "---\ntitle: Persaingan\n---\n\nDua perusahaan bersaing merebut pengemudi. Pesaing baru berusaha menyaingi pemain lama.\n"
            .write(toFile: folder + "/saing.md", atomically: true, encoding: .utf8)
        let index = SearchIndex.inMemory(enrich: false)
        _ = try index.update(folder: folder)
        let hit = try #require(try index.search("saing").hits.first)
        #expect(hit.snippet == "Dua perusahaan «bersaing» merebut pengemudi. «Pesaing» baru berusaha «menyaingi» pemain lama.")
        let highlighted = try index.writer.read { db in
            try String.fetchOne(db, sql: "SELECT highlight(articles_fts, 0, '[', ']') FROM articles_fts WHERE articles_fts MATCH ?",
                                arguments: [#""saing""#])
        }
        #expect(highlighted == "[Persaingan]")
    }

    @Test func layoutRebuildsTheBlocksFromTheBody() {
        let texts = ["plain", "quote \" and backslash \\", "line\nbreak\r\tand\u{1}control", "é ñ ü — “curly” 😀", "",
                     "two\n\nparagraphs in one block", "\u{0}nul"]
        let article = Article(id: "a", path: "a.md", title: "T", source: nil, date: nil, language: nil, url: nil, author: nil,
                              tags: [], extra: [:],
                              blocks: texts.enumerated().map { index, text in
                                  Block(kind: index == 0 ? .heading(level: 2) : index == 1 ? .bullet : .paragraph, text: text, start: 0, end: 0)
                              })
        let layout = ArticleRecord.layout(article)
        #expect(layout.hasPrefix("h2:5,b:"))
        let back = ArticleRecord.article(key: "a", path: "a.md", title: "T", source: nil, date: nil, body: article.body, layout: layout)
        #expect(back.blocks.map(\.text) == texts)
        #expect(back.blocks.map(\.kind) == [.heading(level: 2), .bullet, .paragraph, .paragraph, .paragraph, .paragraph, .paragraph])
        #expect(back.body == article.body)
    }

    @Test func anArticleWithoutBlocksHasAnEmptyLayout() {
        #expect(ArticleRecord.blocks(body: "", layout: "").isEmpty)
        #expect(ArticleRecord.blocks(body: "", layout: "p:0").map(\.text) == [""])
    }

    /// A layout that does not fit its body (damaged, or from another writer) never loses
    /// text: the body is read as paragraphs between blank lines.
    @Test(arguments: ["", "p:3", "p:3,p:4", "x:3,p:3", "p:-1,p:3", "p:3;p:3", "p:1,p:6", "h9:3,p:3", "p:3,p:3,p:0", "p:3,", "p:,p:3", "p:3,p:3x"])
    func aLayoutThatDoesNotFitKeepsTheText(_ layout: String) {
        let blocks = ArticleRecord.blocks(body: "one\n\ntwo", layout: layout)
        #expect(blocks.map(\.text) == ["one", "two"])
        #expect(blocks.allSatisfy { $0.kind == .paragraph })
    }
}
