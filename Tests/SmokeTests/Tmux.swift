import Foundation

/// A private tmux server for one test: start a command in a pane, type, read the screen.
final class Tmux {
    let socket = "kabar-smoke-\(UUID().uuidString.prefix(8))"

    static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a tmux command and returns its output (stdout, through a temporary file).
    ///
    /// Foundation's `Process` is not used: the tmux server that `new-session` forks keeps
    /// inheriting its descriptors, and `waitUntilExit` never returns.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = env["TERM"].flatMap { $0.isEmpty || $0 == "dumb" ? nil : $0 } ?? "xterm-256color"
        // The reader's index and history go to a private folder, never the user's cache.
        let home = FileManager.default.temporaryDirectory.appendingPathComponent(socket).path
        env["XDG_CACHE_HOME"] = home + "/cache"
        env["XDG_STATE_HOME"] = home + "/state"
        let status = try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments,
                                   environment: env, stdoutPath: output.path)
        guard status == 0 else { throw TmuxFailed(arguments: arguments, status: status) }
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    /// Starts `command` in a detached session of the given size; the shell prints
    /// "kabar-exit=N" when it ends and keeps the pane open.
    func start(_ command: String, width: Int, height: Int) throws {
        let script = "\(command); echo kabar-exit=$?; sleep 30"
        try run(["new-session", "-d", "-s", "smoke", "-x", "\(width)", "-y", "\(height)", "sh", "-c", script])
    }

    /// Starts an interactive bash with job control (so Ctrl-Z, SIGTSTP and `fg` work as for
    /// a user), no startup files, and the prompt "$ ".
    func startShell(width: Int, height: Int) throws {
        try run(["new-session", "-d", "-s", "smoke", "-x", "\(width)", "-y", "\(height)",
                 "env", "PS1=$ ", "bash", "--norc", "--noprofile", "-i"])
        try wait { $0.contains { $0.hasPrefix("$") } }
    }

    /// Types a command line into the pane's shell and presses Enter.
    func type(_ line: String) throws { try run(["send-keys", "-t", "smoke", "-l", line]); try send("Enter") }

    /// Waits (up to `seconds`) until `format` (e.g. `#{alternate_on}`) shows `value`; returns
    /// the last value shown.
    @discardableResult
    func wait(seconds: Double = 10, for format: String, toBe value: String) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = try display(format)
        while last != value && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            last = try display(format)
        }
        return last
    }

    func send(_ keys: String...) throws { try run(["send-keys", "-t", "smoke"] + keys) }

    func screen() throws -> [String] {
        try run(["capture-pane", "-p", "-t", "smoke"]).components(separatedBy: "\n")
    }

    func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", "smoke", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits (up to `seconds`) until the screen satisfies `condition`; returns the last screen.
    @discardableResult
    func wait(seconds: Double = 10, until condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        var last = try screen()
        while !condition(last) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            last = try screen()
        }
        return last
    }

    func stop() { _ = try? run(["kill-server"]) }
}

struct TmuxFailed: Error, CustomStringConvertible {
    var arguments: [String]
    var status: Int32
    var description: String { "tmux \(arguments.joined(separator: " ")) exited with \(status)" }
}
