import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Signals sent to the real reader in a real terminal (tmux, an interactive bash with job
/// control): SIGINT, SIGTERM and SIGHUP leave the terminal as the shell had it; SIGTSTP gives
/// it back before stopping, and `fg` (SIGCONT) draws the reader again.
@Suite(.serialized, .enabled(if: Tmux.isAvailable && KabarBinary.path != nil))
struct SignalTmuxTests {
    /// Starts the reader from the pane's shell and returns its process id. With `status`,
    /// the shell prints "kabar-exit=N" when the reader ends (or stops: bash then goes on
    /// with the command line).
    func startReader(_ tmux: Tmux, status: Bool = true) throws -> pid_t {
        try tmux.startShell(width: 100, height: 30)
        let binary = KabarBinary.path ?? "kabar"
        try tmux.type("cd '\(KabarBinary.repository.path)'")
        try tmux.type("'\(binary)'" + (status ? "; echo kabar-exit=$?" : ""))
        let screen = try tmux.wait { $0.contains { $0.contains("Articles (2)") } && $0.contains { $0.contains("q quit") } }
        #expect(screen.contains { $0.contains("q quit") })
        return try childProcess(of: tmux.display("#{pane_pid}"))
    }

    /// The one child of process `parent` (the shell's job), found with pgrep.
    func childProcess(of parent: String) throws -> pid_t {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("kabar-pgrep-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        _ = try Spawn.run(["pgrep", "-P", parent], environment: ProcessInfo.processInfo.environment, stdoutPath: output)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        let pids = text.split(separator: "\n").compactMap { pid_t($0.trimmingCharacters(in: .whitespaces)) }
        guard pids.count == 1, let pid = pids.first else { throw NoReaderProcess(found: text) }
        return pid
    }

    @Test(arguments: [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129)])
    func aSignalEndsTheReaderAndRestoresTheTerminal(signal: Int32, status: Int) throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let pid = try startReader(tmux)
        #expect(try tmux.display("#{alternate_on}") == "1")
        #expect(try tmux.display("#{mouse_any_flag}") == "1")

        #expect(kill(pid, signal) == 0)
        let screen = try tmux.wait { $0.contains { $0.hasPrefix("kabar-exit=") } }
        #expect(screen.contains("kabar-exit=\(status)"))
        #expect(try tmux.display("#{alternate_on}") == "0")
        #expect(try tmux.display("#{mouse_any_flag}") == "0")
        #expect(try tmux.display("#{cursor_flag}") == "1")
        // The shell takes typed lines again.
        try tmux.type("echo shell-ok-$((40+2))")
        let after = try tmux.wait { $0.contains("shell-ok-42") }
        #expect(after.contains("shell-ok-42"))
    }

    @Test func sigtstpGivesTheTerminalBackAndFgDrawsTheReaderAgain() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let pid = try startReader(tmux, status: false)
        try tmux.send("j", "Enter")
        _ = try tmux.wait { $0[0].contains("deepseek-membalikkan") }

        #expect(kill(pid, SIGTSTP) == 0)
        #expect(try tmux.wait(for: "#{alternate_on}", toBe: "0") == "0")
        #expect(try tmux.display("#{mouse_any_flag}") == "0")
        #expect(try tmux.display("#{cursor_flag}") == "1")
        let stopped = try tmux.wait { $0.contains { $0.contains("Stopped") } }
        #expect(stopped.contains { $0.contains("Stopped") })

        try tmux.type("fg")
        let screen = try tmux.wait { $0[0].contains("deepseek-membalikkan") && $0.contains { $0.contains("q quit") } }
        #expect(screen[0].contains("Article · deepseek-membalikkan"))
        #expect(screen.contains { $0.contains("q quit") })
        #expect(!screen.contains { $0.contains("Stopped") })
        #expect(try tmux.display("#{alternate_on}") == "1")
        #expect(try tmux.display("#{mouse_any_flag}") == "1")

        try tmux.send("q")
        #expect(try tmux.wait(for: "#{alternate_on}", toBe: "0") == "0")
        #expect(try tmux.display("#{mouse_any_flag}") == "0")
        let end = try tmux.wait { $0.last { !$0.isEmpty } == "$" }
        #expect(end.last { !$0.isEmpty } == "$", "the shell's prompt is back")
    }

    @Test func afterSigstopAndFgTheWholeScreenIsRepainted() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let pid = try startReader(tmux, status: false)
        // SIGSTOP can't be caught: the shell writes "Stopped" over the reader's screen.
        #expect(kill(pid, SIGSTOP) == 0)
        let stopped = try tmux.wait { $0.contains { $0.contains("Stopped") } }
        #expect(stopped.contains { $0.contains("Stopped") })

        try tmux.type("fg")
        // Waits for the whole repaint: the alternate screen is blank for a moment before it.
        let screen = try tmux.wait {
            !$0.contains { $0.contains("Stopped") || $0.contains("$ fg") }
                && $0[0].contains("Articles (2)") && $0.contains { $0.contains("q quit") }
        }
        #expect(!screen.contains { $0.contains("Stopped") || $0.contains("$ fg") })
        #expect(screen[0].contains("Articles (2)"))
        #expect(screen.contains { $0.contains("q quit") })
        try tmux.send("q")
        #expect(try tmux.wait(for: "#{alternate_on}", toBe: "0") == "0")
        let end = try tmux.wait { $0.last { !$0.isEmpty } == "$" }
        #expect(end.last { !$0.isEmpty } == "$", "the shell's prompt is back")
    }
}

struct NoReaderProcess: Error, CustomStringConvertible {
    var found: String
    var description: String { "expected one reader process under the shell, pgrep found: \(found)" }
}
