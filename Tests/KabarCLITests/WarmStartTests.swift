import Foundation
import KabarApp
import KabarCLI
import KabarCore
import Testing

/// The reader's fast start: articles read back from the folder's index, the files checked
/// either first or (for the reader) by the search engine opening in the background.
@Suite struct WarmStartTests {
    @Test func theFastStartShowsTheIndexAndTheEngineReportsTheEdit() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kabar-warm-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = root + "/articles"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/banjir.md"
        try "---\ntitle: Banjir Surut\n---\nAir mulai surut.\n".write(toFile: file, atomically: true, encoding: .utf8)
        let locator = ArticleLocator(environment: ["XDG_CACHE_HOME": root + "/cache", "HOME": root], currentDirectory: root)

        // No index yet: no fast start.
        #expect(WarmStart.load([folder], locator: locator, checkFiles: false) == nil)
        guard case .ready(let first, _) = ReaderSearchEngine.open([folder], locator: locator) else {
            Issue.record("the index did not open")
            return
        }
        #expect(first.filesChangedAtOpen)  // built: every file was new

        // Edited while Kabar was closed (a different size, so the check cannot miss it).
        try "---\ntitle: Banjir Datang Lagi\n---\nAir naik lagi malam ini.\n".write(toFile: file, atomically: true, encoding: .utf8)
        let fast = try #require(WarmStart.load([folder], locator: locator, checkFiles: false))
        #expect(fast.articles.map(\.title) == ["Banjir Surut"])  // the index as it was left
        guard case .ready(let engine, _) = ReaderSearchEngine.open([folder], locator: locator) else {
            Issue.record("the index did not open again")
            return
        }
        #expect(engine.filesChangedAtOpen)
        let checked = try #require(WarmStart.load([folder], locator: locator))
        #expect(checked.articles.map(\.title) == ["Banjir Datang Lagi"])
        guard case .ready(let again, _) = ReaderSearchEngine.open([folder], locator: locator) else {
            Issue.record("the index did not open a third time")
            return
        }
        #expect(!again.filesChangedAtOpen)
    }
}
