import Foundation
import KabarApp
import KabarCLI
import KabarCore
import Testing

/// The reader's search engine over the real index: opened for a folder (in the cache named
/// by the environment), answering in the reader's terms.
@Suite struct ReaderSearchEngineTests {
    @Test func opensTheFoldersIndexAndAnswersWithMatchOffsets() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kabar-reader-search-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = root + "/articles"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "---\ntitle: Bersaing Ketat\n---\nMereka menyaingi raksasa. Kami tidak.\n"
            .write(toFile: folder + "/saingan.md", atomically: true, encoding: .utf8)
        try "---\ntitle: Cuaca\n---\nLangit cerah.\n".write(toFile: folder + "/cuaca.md", atomically: true, encoding: .utf8)
        let locator = ArticleLocator(environment: ["XDG_CACHE_HOME": root + "/cache", "HOME": root], currentDirectory: root)

        guard case .ready(let engine, let warning) = ReaderSearchEngine.open([folder], locator: locator) else {
            Issue.record("the index did not open")
            return
        }
        #expect(warning == nil)
        let answer = engine.search("saing", limit: 10)
        #expect(answer.query == "saing")
        #expect(answer.hits.map(\.articleID) == ["saingan"])
        let hit = try #require(answer.hits.first)
        #expect(hit.path == folder + "/saingan.md")
        #expect(hit.title == "Bersaing Ketat")
        // "Bersaing" is the title's first word (0..<8); "menyaingi" follows "Mereka " (7..<16).
        #expect(hit.matches == [SearchAnswer.Match(field: .title, start: 0, end: 8),
                                SearchAnswer.Match(field: .body, start: 7, end: 16)])
        // FTS5 takes the snippet from the best column: here the title.
        #expect(hit.snippet == "«Bersaing» Ketat")
        // The index went into the cache folder of the environment.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/cache/kabar").contains { $0.hasPrefix("index-articles-") })
    }

    @Test func aBadQueryIsANoteNotAFailure() throws {
        let locator = ArticleLocator(environment: ["HOME": "/nonexistent"], currentDirectory: "/")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kabar-one-\(UUID().uuidString).md").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "Satu kalimat saja.\n".write(toFile: file, atomically: true, encoding: .utf8)
        guard case .ready(let engine, _) = ReaderSearchEngine.open([file], locator: locator) else {
            Issue.record("the in-memory index did not open")
            return
        }
        let answer = engine.search("", limit: 10)
        #expect(answer.hits.isEmpty)
        #expect(answer.notes == ["type a word to search for"])
    }
}
