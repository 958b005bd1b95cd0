import Foundation
import GRDB
import KabarCore
@testable import KabarSearch
import Testing

/// The speed-ups of the index change nothing it stores or answers: tokens worked out before
/// the write equal the tokenizer's own, `kabar_bm25` scores equal FTS5's `bm25` to the bit
/// (before and after the index changes), snippets mark the same words, and the blocks' JSON
/// reads back as written.
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
                try SearchIndex.insert(article, size: 0, mtime: 0, hash: "", blocks: ArticleRecord.blocksJSON(article), enrichment: nil, db)
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

    @Test func blocksJSONReadsBackAsWritten() {
        let texts = ["plain", "quote \" and backslash \\ and slash /", "line\nbreak\r\tand\u{1}control\u{1F}",
                     "é ñ ü — “curly” 😀", "", "\u{0}nul"]
        let article = Article(id: "a", path: "a.md", title: "T", source: nil, date: nil, language: nil, url: nil, author: nil,
                              tags: [], extra: [:],
                              blocks: texts.enumerated().map { index, text in
                                  Block(kind: index == 0 ? .heading(level: 2) : index == 1 ? .bullet : .paragraph, text: text, start: 0, end: 0)
                              })
        let json = ArticleRecord.blocksJSON(article)
        let decoded = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[String]]
        #expect(decoded == article.blocks.map { block in
            switch block.kind {
            case .paragraph: ["p", block.text]
            case .bullet: ["b", block.text]
            case .heading(let level): ["h\(level)", block.text]
            }
        })
        let back = ArticleRecord.article(key: "a", path: "a.md", title: "T", source: nil, date: nil, blocks: json)
        #expect(back.blocks.map(\.text) == article.blocks.map(\.text))
        #expect(back.blocks.map(\.kind) == article.blocks.map(\.kind))
    }

    /// The direct reader takes only the writer's shape; anything else is left to the general
    /// JSON reader, which still gives the right blocks.
    @Test(arguments: [#"[["p"]]"#, #"{"p":"x"}"#, #"[["p","x"]] "#, #"[["p","x"],]"#, #"[["p",1]]"#,
                      #"[["p","\uD83D\uDE00"]]"#, #"[["p","unterminated]]"#, #"[["p","bad \q escape"]]"#, ""])
    func blocksReaderRefusesOtherShapes(_ json: String) {
        #expect(BlocksReader.read(json) == nil)
    }

    @Test func blocksFromOtherWritersStillRead() {
        let back = ArticleRecord.article(key: "a", path: "a.md", title: "T", source: nil, date: nil,
                                         blocks: #"[["p", "spaced"], ["h3","\uD83D\uDE00 \/"]]"#)
        #expect(back.blocks.map(\.text) == ["spaced", "😀 /"])
        #expect(back.blocks.map(\.kind) == [.paragraph, .heading(level: 3)])
        #expect(BlocksReader.read(#"[["p","a\"b"],["b",""]]"#) == [["p", "a\"b"], ["b", ""]])
    }
}
