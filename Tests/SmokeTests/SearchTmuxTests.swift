import Foundation
import Testing

/// Search in the real reader (tmux): the index is opened in the background, `/saing` lists
/// the bundled articles, Enter opens one at its first match, `n` moves on, and the query
/// lands in the history file. Cache and state go to a temporary folder.
@Suite(.serialized, .enabled(if: Tmux.isAvailable && KabarBinary.path != nil))
struct SearchTmuxTests {
    @Test func searchOpenNextAndHistory() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kabar-smoke-search-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let tmux = Tmux()
        defer { tmux.stop() }
        let binary = KabarBinary.path ?? "kabar"
        try tmux.start("cd '\(KabarBinary.repository.path)' && XDG_CACHE_HOME='\(root)/cache' XDG_STATE_HOME='\(root)/state' '\(binary)'",
                       width: 100, height: 30)
        var screen = try tmux.wait { $0.contains { $0.contains("Articles (2)") } }
        try tmux.send("/", "saing")
        screen = try tmux.wait { $0.contains { $0.contains("Search · 2 articles") } }
        #expect(screen.contains { $0.contains("Search · 2 articles") })
        #expect(screen.contains { $0.hasPrefix("/saing") })
        #expect(!screen.contains { $0.contains("«") })

        try tmux.send("Enter")
        screen = try tmux.wait { $0.contains { $0.contains("saing · match 1/") } }
        #expect(screen.contains { $0.contains("saing · match 1/") && $0.contains("article 1/2") })
        try tmux.send("n")
        screen = try tmux.wait { $0.contains { $0.contains("saing · match 2/") } }
        #expect(screen.contains { $0.contains("saing · match 2/") })

        try tmux.send("q")
        screen = try tmux.wait { $0.contains { $0.contains("kabar-exit=") } }
        #expect(screen.contains("kabar-exit=0"))
        #expect(try String(contentsOfFile: root + "/state/kabar/search-history", encoding: .utf8) == "saing\n")
    }
}
