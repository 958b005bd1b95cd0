import Foundation
import Testing

/// The real reader in a real terminal (tmux): start, read, move, resize, quit, and the
/// terminal is restored on every way out.
@Suite(.serialized, .enabled(if: Tmux.isAvailable && KabarBinary.path != nil))
struct ReaderTmuxTests {
    func startReader(_ tmux: Tmux, width: Int = 100, height: Int = 30) throws -> [String] {
        let binary = KabarBinary.path ?? "kabar"
        try tmux.start("cd '\(KabarBinary.repository.path)' && '\(binary)'", width: width, height: height)
        return try tmux.wait { $0.contains { $0.contains("Articles (2)") } && $0.contains { $0.contains("q quit") } }
    }

    @Test func readMoveResizeAndQuit() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        var screen = try startReader(tmux)
        #expect(screen[0].contains("Articles (2)"))
        #expect(screen.contains { $0.contains("China Jatuh Cinta pada Liang Wenfeng") })
        #expect(try tmux.display("#{alternate_on}") == "1")

        try tmux.send("j", "Enter")
        screen = try tmux.wait { $0[0].contains("deepseek-membalikkan") }
        #expect(screen[0].contains("Article · deepseek-membalikkan"))
        #expect(screen.contains { $0.contains("source unknown · undated") })

        try tmux.send("w", "w")
        screen = try tmux.wait { $0.contains { $0.contains("word 3/") } }
        #expect(screen.contains { $0.contains("word 3/") })

        // Enter on a word opens its popup; Esc closes it.
        try tmux.send("Enter")
        screen = try tmux.wait { $0.contains { $0.contains("Esc closes") } }
        #expect(screen.contains { $0.contains("Other sentences with this lemma") || $0.contains("No other sentences") })
        try tmux.send("Escape")
        screen = try tmux.wait { !$0.contains { $0.contains("Esc closes") } }

        try tmux.run(["resize-window", "-t", "smoke", "-x", "80", "-y", "24"])
        screen = try tmux.wait { $0.count >= 24 && $0[0].hasPrefix("┌ Articles (2)") && $0[23].contains("q quit") }
        #expect(screen[23].contains("q quit"))
        #expect(screen[0].hasPrefix("┌ Articles (2)"))
        // Nothing from the wider layout is left over to the right of the new border.
        #expect(screen.prefix(23).allSatisfy { $0.count <= 80 })

        try tmux.send("?")
        screen = try tmux.wait { $0.contains { $0.contains("Keys · Esc closes") } }
        #expect(screen.contains { $0.contains("Keys · Esc closes") })
        try tmux.send("Escape")
        screen = try tmux.wait { !$0.contains { $0.contains("Keys · Esc closes") } }
        #expect(!screen.contains { $0.contains("Keys · Esc closes") })

        try tmux.send("q")
        screen = try tmux.wait { $0.contains { $0.contains("kabar-exit=") } }
        #expect(screen.contains("kabar-exit=0"))
        #expect(try tmux.display("#{alternate_on}") == "0")
        #expect(try tmux.display("#{cursor_flag}") == "1")
    }

    @Test(arguments: [("C-c", 130), ("SIGTERM", 143), ("SIGHUP", 129)])
    func everyWayOutRestoresTheTerminal(way: String, status: Int) throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        _ = try startReader(tmux)
        if way.hasPrefix("SIG") {
            let shell = try tmux.display("#{pane_pid}")
            let pkill = Process()
            pkill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            pkill.arguments = ["pkill", "-\(way.dropFirst(3))", "-P", shell]
            try pkill.run()
            pkill.waitUntilExit()
        } else {
            try tmux.send(way)
        }
        let screen = try tmux.wait { $0.contains { $0.contains("kabar-exit=") } }
        #expect(screen.contains("kabar-exit=\(status)"))
        #expect(try tmux.display("#{alternate_on}") == "0")
    }

    @Test func aTinyTerminalShowsAMessageNotACrash() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let binary = KabarBinary.path ?? "kabar"
        try tmux.start("cd '\(KabarBinary.repository.path)' && '\(binary)'", width: 30, height: 8)
        var screen = try tmux.wait { $0.contains { $0.contains("too small") } }
        #expect(screen.contains { $0.contains("Terminal too small") })
        try tmux.run(["resize-window", "-t", "smoke", "-x", "90", "-y", "26"])
        screen = try tmux.wait { $0.contains { $0.contains("Articles (2)") } }
        #expect(screen[0].contains("Articles (2)"))
        try tmux.send("q")
        screen = try tmux.wait { $0.contains { $0.contains("kabar-exit=") } }
        #expect(screen.contains("kabar-exit=0"))
    }
}
