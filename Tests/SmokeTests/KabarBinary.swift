import Foundation

/// The built `kabar` executable and a way to run it, for tests of the real program.
enum KabarBinary {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Next to the test bundle (swift test builds every product), or in .build/debug.
    static let path: String? = {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            var folder = URL(fileURLWithPath: first).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("kabar"))
                folder.deleteLastPathComponent()
            }
        }
        candidates.append(repository.appendingPathComponent(".build/debug/kabar"))
        return candidates.map(\.path).first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The path of the executable, or an error when it was not built.
    static func executable() throws -> String { try require(path) }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs kabar with the given arguments in the repository, stdin and stdout as pipes.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try require(path))
        process.arguments = arguments
        process.currentDirectoryURL = repository
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "KABAR_ARTICLES")
        // The index and history go to a private folder, never the user's cache.
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("kabar-process-\(UUID().uuidString.prefix(8))").path
        env["XDG_CACHE_HOME"] = home + "/cache"
        env["XDG_STATE_HOME"] = home + "/state"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = Pipe()
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// `#require` for a plain optional outside a test body.
private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw KabarBinaryMissing() }
    return value
}

struct KabarBinaryMissing: Error, CustomStringConvertible {
    var description: String { "the kabar executable was not found next to the tests or in .build/debug" }
}
