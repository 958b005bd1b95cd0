import Foundation
import KabarCore
@testable import KabarSearch
import Testing

/// The index on real files: stem matches, phrases, fields, ranking, match offsets, the
/// incremental update, and recovery from a damaged or unwritable cache.
@Suite struct SearchIndexTests {
    func articles(_ results: SearchResults) -> [String] { results.hits.map(\.article) }

    @Test func aRootFindsEveryDerivedForm() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        let index = try fixture.index()
        let saing = try index.search("saing")
        #expect(articles(saing) == ["persaingan"])
        // Title "Persaingan", body "bersaing", "Pesaing", "menyaingi".
        #expect(saing.hits[0].matches.map(\.text) == ["Persaingan", "bersaing", "Pesaing", "menyaingi"])
        let lantik = try index.search("lantik")
        #expect(articles(lantik) == ["pelantikan"])
        #expect(lantik.hits[0].matches.map(\.text) == ["Dilantik", "melantik", "Pelantikan"])
    }

    @Test func anExactFormFindsOnlyThatForm() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        let results = try fixture.index().search("menyaingi")
        #expect(results.hits.first?.matches.map(\.text) == ["menyaingi"])
    }

    @Test func matchOffsetsAreScalarsIntoTheField() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        let hit = try #require(try fixture.index().search("mengungsi").hits.first)
        let body = "Banjir merendam ribuan rumah di Semarang. Warga mengungsi ke masjid dan sekolah terdekat."
        let match = try #require(hit.matches.first)
        #expect(match.field == .body)
        #expect(Array(body.unicodeScalars)[match.start..<match.end].map(String.init).joined() == "mengungsi")
        #expect(hit.snippet.contains("«mengungsi»"))
    }

    @Test func phrasesOrExclusionPrefixAndFields() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        let index = try fixture.index()
        #expect(articles(try index.search(#""suku bunga""#)) == ["pelantikan"])
        #expect(try index.search(#""bunga suku""#).hits.isEmpty)
        #expect(Set(articles(try index.search("banjir OR lantik"))) == ["banjir", "pelantikan"])
        #expect(articles(try index.search("kabar -banjir")) == ["persaingan"])
        #expect(Set(articles(try index.search("peng*"))) == ["persaingan"])
        #expect(articles(try index.search("title:banjir")) == ["banjir"])
        #expect(try index.search("title:mengungsi").hits.isEmpty)
        #expect(Set(articles(try index.search("source:warta"))) == ["pelantikan"])
        #expect(articles(try index.search(#"entity:"Budi Santoso""#)) == ["pelantikan"])
        #expect(articles(try index.search("date:2024")) == ["banjir"])
        #expect(Set(articles(try index.search("date:2025-01..2025-02"))) == ["persaingan", "pelantikan"])
        #expect(articles(try index.search("date:2025-02 gubernur")) == ["pelantikan"])
    }

    @Test func aTitleMatchRanksAboveABodyMatch() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        try fixture.write("hujan.md", "---\ntitle: Hujan Deras\n---\n\nSetelah hujan, banjir kecil datang sebentar lalu surut lagi seperti biasa di kota itu.\n")
        let results = try fixture.index().search("banjir")
        #expect(articles(results) == ["banjir", "hujan"])
        #expect(results.hits[0].score > results.hits[1].score)
    }

    @Test(arguments: [#""suku bunga"#, "OR", "*", "title:", "'; DROP TABLE articles; --", "\"\"", "((((", "a AND OR NOT", "entity:", "ö\u{301}"])
    func hostileQueriesNeverThrow(_ input: String) throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        let index = try fixture.index()
        let results = try index.search(input)
        #expect(results.hits.count <= 3)
        #expect(try index.count() == 3)
    }

    @Test func updatesFindNewChangedAndDeletedFiles() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        let index = SearchIndex.open(folder: fixture.folder, cacheDirectory: fixture.cache)
        let first = try index.update(folder: fixture.folder)
        #expect([first.added, first.changed, first.removed, first.unchanged] as [Int] == [3, 0, 0, 0])
        let again = try index.update(folder: fixture.folder)
        #expect([again.added, again.changed, again.removed, again.unchanged] as [Int] == [0, 0, 0, 3])

        try fixture.write("gempa.md", "---\ntitle: Gempa Cianjur\n---\n\nGempa mengguncang Cianjur.\n")
        try fixture.write("banjir.md", "---\ntitle: Banjir Surut\n---\n\nAir surut dan warga pulang.\n")
        try FileManager.default.removeItem(atPath: fixture.folder + "/persaingan.md")
        let third = try index.update(folder: fixture.folder)
        #expect([third.added, third.changed, third.removed, third.unchanged] as [Int] == [1, 1, 1, 1])
        #expect(articles(try index.search("gempa")) == ["gempa"])
        #expect(try index.search("merendam").hits.isEmpty)
        #expect(articles(try index.search("surut")) == ["banjir"])
        #expect(try index.search("saing").hits.isEmpty)
        #expect(try index.count() == 3)
    }

    @Test func theIndexPersistsBetweenOpenings() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        _ = try fixture.index()
        let reopened = SearchIndex.open(folder: fixture.folder, cacheDirectory: fixture.cache)
        #expect(reopened.warning == nil)
        #expect(try reopened.count() == 3)
        #expect(try reopened.articles().map(\.id) == ["banjir", "pelantikan", "persaingan"])
    }

    @Test func aDamagedDatabaseIsRebuilt() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        let path = try #require(try fixture.index().path)
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: path))
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let index = SearchIndex.open(folder: fixture.folder, cacheDirectory: fixture.cache)
        #expect(index.warning == "the search index was damaged; rebuilt it")
        #expect(index.path == path)
        _ = try index.update(folder: fixture.folder)
        #expect(articles(try index.search("lantik")) == ["pelantikan"])
    }

    @Test func anIndexFromAnotherSchemaIsRebuilt() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        let index = try fixture.index()
        try index.writer.write { try $0.execute(sql: "PRAGMA user_version = 99") }
        let reopened = SearchIndex.open(folder: fixture.folder, cacheDirectory: fixture.cache)
        #expect(reopened.warning == "the search index was from another version of Kabar; rebuilt it")
        #expect(try reopened.count() == 0)
    }

    @Test func anUnwritableCacheFallsBackToMemory() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        // A file where the cache folder should be: nothing can be created under it.
        try Data("x".utf8).write(to: URL(fileURLWithPath: fixture.root + "/blocked"))
        let index = SearchIndex.open(folder: fixture.folder, cacheDirectory: fixture.root + "/blocked/kabar")
        #expect(index.path == nil)
        #expect(index.warning?.hasPrefix("cannot write the search index in \(fixture.root)/blocked/kabar") == true)
        _ = try index.update(folder: fixture.folder)
        #expect(articles(try index.search("saing")) == ["persaingan"])
    }
}
