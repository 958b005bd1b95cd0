import Dispatch
import Foundation
import GRDB
import KabarCore
@testable import KabarSearch
import Testing

/// Faults of the index file, injected at the SQLite level: a full disk (`max_page_count`),
/// a file that can't be written (`query_only`), damaged pages, and two writers at once.
/// Each ends with one warning line (or note), an index that answers, and no error.
@Suite struct IndexFaultTests {
    typealias SetUp = @Sendable (Database) throws -> Void

    func articles(_ results: SearchResults) -> [String] { results.hits.map(\.article) }

    /// About 20 KB of text: more than the free room in the file's pages, so indexing it must
    /// add pages.
    static let longArticle = "---\ntitle: Gempa Cianjur\n---\n\n" + (0..<300).map { n in
        "Gempa ke-\(n) mengguncang Cianjur dan warga desa \(n) mengungsi ke lapangan."
    }.joined(separator: " ") + "\n"

    /// A built index, its WAL written back into the file and closed, and the file's path.
    func builtAndClosed(_ fixture: SearchFixture) throws -> String {
        let index = try fixture.index()
        let path = try #require(index.path)
        _ = try index.writer.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        try index.writer.close()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return path
    }

    /// Overwrites `count` bytes at `offset` with a pattern that is no SQLite structure.
    func scribble(_ path: String, at offset: Int, count: Int) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(offset))
        try handle.write(contentsOf: Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }))
    }

    @Test func aFullDiskMovesTheIndexToMemory() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        _ = try builtAndClosed(fixture)
        try fixture.write("gempa.md", Self.longArticle)
        // The file may grow by a few pages only (GRDB writes one when it opens a pool):
        // indexing the new article's 20 KB fails with SQLITE_FULL.
        let full: SetUp = { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 3)")
        }
        let index = SearchIndex.open(folder: fixture.folder, cacheDirectory: fixture.cache, setUp: full)
        #expect(index.warning == nil)
        let update = try index.update(folder: fixture.folder)
        #expect(index.path == nil)
        let warning = try #require(index.warning)
        #expect(warning.hasPrefix("cannot write the search index in \(fixture.cache) ("))
        #expect(warning.contains("full"))
        #expect(warning.hasSuffix("; searching from memory this time"))
        #expect(!warning.contains("\n"))
        // Everything was indexed again, in memory.
        #expect(update.added == 4)
        #expect(articles(try index.search("gempa")) == ["gempa"])
        #expect(articles(try index.search("saing")) == ["persaingan"])
        // What was committed before stays sound for the next run.
        #expect(IndexCheck.run(folder: fixture.folder, cacheDirectory: fixture.cache)?.problems == [])
    }

    @Test func aFileThatCannotBeWrittenMovesTheIndexToMemory() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        _ = try builtAndClosed(fixture)
        try fixture.write("gempa.md", Self.longArticle)
        let index = SearchIndex.open(folder: fixture.folder, cacheDirectory: fixture.cache)
        #expect(index.warning == nil)
        // From now on the connection refuses every write (SQLITE_READONLY), as for a file or
        // folder made read-only while Kabar runs.
        try index.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA query_only = 1") }
        _ = try index.update(folder: fixture.folder)
        #expect(index.path == nil)
        let warning = try #require(index.warning)
        #expect(warning == "cannot write the search index in \(fixture.cache) (attempt to write a readonly database); searching from memory this time")
        #expect(articles(try index.search("gempa")) == ["gempa"])
        #expect(articles(try index.search("lantik")) == ["pelantikan"])
    }

    @Test func aFileThatCannotBeWrittenFromTheStartIsLeftForMemory() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        _ = try builtAndClosed(fixture)
        let readOnly: SetUp = { try $0.execute(sql: "PRAGMA query_only = 1") }
        let index = SearchIndex.open(folder: fixture.folder, cacheDirectory: fixture.cache, setUp: readOnly)
        #expect(index.path == nil)
        #expect(index.warning?.hasSuffix("; searching from memory this time") == true)
        _ = try index.update(folder: fixture.folder)
        #expect(articles(try index.search("lantik")) == ["pelantikan"])
    }

    @Test func aCacheFolderThatCannotBeCreatedFallsBackToMemory() throws {
        // Root may write anywhere, so a read-only folder proves nothing in every environment:
        // the cache path runs through a regular file instead, where no folder can be made.
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        try Data("x".utf8).write(to: URL(fileURLWithPath: fixture.root + "/file"))
        let index = SearchIndex.open(folder: fixture.folder, cacheDirectory: fixture.root + "/file/cache/kabar")
        _ = try index.update(folder: fixture.folder)
        #expect(index.path == nil)
        #expect(index.warning?.hasSuffix("; searching from memory this time") == true)
        #expect(articles(try index.search("banjir")) == ["banjir"])
    }

    @Test func aDamagedHeaderIsRebuilt() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        let path = try builtAndClosed(fixture)
        try scribble(path, at: 0, count: 100)
        #expect(IndexCheck.run(folder: fixture.folder, cacheDirectory: fixture.cache)?.problems.isEmpty == false)
        let index = SearchIndex.open(folder: fixture.folder, cacheDirectory: fixture.cache)
        #expect(index.warning == "the search index was damaged; rebuilt it")
        _ = try index.update(folder: fixture.folder)
        #expect(articles(try index.search("saing")) == ["persaingan"])
        #expect(IndexCheck.run(folder: fixture.folder, cacheDirectory: fixture.cache)?.problems == [])
    }

    @Test func damagedPagesAfterASoundHeaderAreRebuilt() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        let path = try builtAndClosed(fixture)
        let size = try #require(FileStatus.of(path)?.size)
        // The first page (the header and the schema) is kept; every other page is garbage.
        try scribble(path, at: 4096, count: size - 4096)
        let index = SearchIndex.open(folder: fixture.folder, cacheDirectory: fixture.cache)
        let update = try index.update(folder: fixture.folder)
        #expect(index.warning == "the search index was damaged; rebuilt it")
        #expect(index.path == path)
        #expect(update.added == 3)
        #expect(articles(try index.search("lantik")) == ["pelantikan"])
        #expect(IndexCheck.run(folder: fixture.folder, cacheDirectory: fixture.cache)?.problems == [])
    }

    @Test func aDamagedFullTextIndexFoundByASearchIsRebuilt() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        let path = try builtAndClosed(fixture)
        // Only the full-text index's own pages: the articles table still reads, so opening
        // and a no-change update notice nothing; the search is the first to read them.
        let page = try DatabaseQueue(path: path).read { db in
            try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'articles_fts_data'")
        }
        try scribble(path, at: (try #require(page) - 1) * 4096, count: 4096)
        let index = SearchIndex.open(folder: fixture.folder, cacheDirectory: fixture.cache)
        #expect(index.warning == nil)
        _ = try index.update(folder: fixture.folder)
        let results = try index.search("saing")
        #expect(articles(results) == ["persaingan"])
        #expect(results.notes == ["the search index was damaged; rebuilt it"])
        #expect(index.path == path)
        #expect(IndexCheck.run(folder: fixture.folder, cacheDirectory: fixture.cache)?.problems == [])
    }

    @Test func twoWritersOnAFreshCacheBothFinish() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        for n in 0..<400 {
            try fixture.write("warga-\(n).md", "---\ntitle: Kabar Warga \(n)\n---\n\nWarga kampung \(n) bergotong royong memperbaiki jembatan desa.\n")
        }
        // As two kabar processes would: two connections to one new file, opened and updated
        // at the same time.
        final class Outcomes: @unchecked Sendable {
            let lock = NSLock()
            var updates: [IndexUpdate] = []
            var errors: [String] = []
            var indexes: [SearchIndex] = []
        }
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            let index = SearchIndex.open(folder: fixture.folder, cacheDirectory: fixture.cache)
            do {
                let update = try index.update(folder: fixture.folder)
                outcomes.lock.withLock { outcomes.updates.append(update); outcomes.indexes.append(index) }
            } catch {
                outcomes.lock.withLock { outcomes.errors.append("\(error)") }
            }
        }
        #expect(outcomes.errors == [])
        #expect(outcomes.updates.count == 2)
        for index in outcomes.indexes {
            #expect(index.warning == nil)
            #expect(index.path != nil)
            #expect(try index.count() == 403)
            #expect(articles(try index.search("saing")) == ["persaingan"])
        }
        for update in outcomes.updates {
            #expect(update.articles == 403)
        }
        let check = try #require(IndexCheck.run(folder: fixture.folder, cacheDirectory: fixture.cache))
        #expect(check.problems == [])
        #expect(check.articles == 403)
    }

    /// A stored layout that no longer fits its text (written by something else, or damaged
    /// within a sound page) loses no text; the check names the article.
    @Test func theCheckNamesAnArticleWhoseLayoutDoesNotFit() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        let path = try builtAndClosed(fixture)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "UPDATE articles SET layout = 'p:3,h9:x' WHERE path LIKE '%/banjir.md'") }
        try queue.close()
        let check = try #require(IndexCheck.run(folder: fixture.folder, cacheDirectory: fixture.cache))
        #expect(check.articles == 3)
        #expect(check.problems.count == 1)
        let problem = try #require(check.problems.first)
        #expect(problem.hasPrefix("1 article(s) stored with a layout that does not fit their text"))
        #expect(problem.contains("banjir.md"))
        #expect(!problem.contains("persaingan.md"))
        // The text is all still there, as paragraphs.
        let index = SearchIndex.open(folder: fixture.folder, cacheDirectory: fixture.cache)
        let banjir = try #require(try index.articles().first { $0.path.hasSuffix("/banjir.md") })
        let original = try #require(SearchFixture.articles["banjir.md"])
        #expect(banjir.blocks.allSatisfy { $0.kind == .paragraph })
        #expect(banjir.blocks.allSatisfy { original.contains($0.text) })
    }

    @Test func theCheckOfASoundIndexCountsItsArticles() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        #expect(IndexCheck.run(folder: fixture.folder, cacheDirectory: fixture.cache) == nil)
        _ = try fixture.index()
        let check = try #require(IndexCheck.run(folder: fixture.folder, cacheDirectory: fixture.cache))
        #expect(check.problems == [])
        #expect(check.articles == 3)
    }
}
