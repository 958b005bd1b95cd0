import Foundation
import KabarApp
import KabarTUI
import Testing

/// The search history: its rules, and the file under `$XDG_STATE_HOME`.
@Suite struct SearchHistoryTests {
    func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kabar-history-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func duplicatesMoveToTheEndAndOnlyTheNewest500AreKept() {
        var history = SearchHistory(["a", "b", "c"])
        history.add("a")
        #expect(history.entries == ["b", "c", "a"])
        history.add("  ")
        history.add(" d\n")
        #expect(history.entries == ["b", "c", "a", "d"])
        let many = SearchHistory((1...501).map { "q\($0)" })
        #expect(many.entries.count == 500)
        #expect(many.entries.first == "q2")
        #expect(many.entries.last == "q501")
    }

    @Test func theFileLivesUnderXDGStateHome() {
        #expect(SearchHistoryFile(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).path == "/s/kabar/search-history")
        #expect(SearchHistoryFile(environment: ["HOME": "/h"]).path == "/h/.local/state/kabar/search-history")
        // A relative XDG_STATE_HOME is ignored, as the XDG spec asks.
        #expect(SearchHistoryFile(environment: ["XDG_STATE_HOME": "state", "HOME": "/h"]).path == "/h/.local/state/kabar/search-history")
    }

    @Test func recordAndLoadRoundTrip() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = SearchHistoryFile(environment: ["XDG_STATE_HOME": folder])
        #expect(try file.load().entries == [])
        try file.record("banjir")
        try file.record("saing")
        try file.record("banjir")
        #expect(try String(contentsOfFile: folder + "/kabar/search-history", encoding: .utf8) == "saing\nbanjir\n")
        #expect(try file.load().entries == ["saing", "banjir"])
    }

    @Test func aFileThatCannotBeWrittenThrowsAndTheReaderSaysSoInOneLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The history's folder would have to be inside a plain file.
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/kabar"))
        let file = SearchHistoryFile(environment: ["XDG_STATE_HOME": folder])
        #expect(throws: (any Error).self) { try file.record("saing") }

        let backend = TestBackend(width: 80, height: 24)
        backend.enqueue(KeyParser.keys("/ s a i n g Enter").map(InputEvent.key))
        let runtime = ReaderRuntime(state: SearchFixtures.state(), backend: backend, historyFile: file)
        #expect(runtime.run(pollMilliseconds: 0, stopWhenIdle: true) == 0)
        #expect(runtime.state.openArticle?.article.id == "saingan")
        let status = try #require(runtime.state.status)
        #expect(status.hasPrefix("Search history not saved to \(folder)/kabar/search-history"))
        #expect(!status.contains("\n"))
    }
}
