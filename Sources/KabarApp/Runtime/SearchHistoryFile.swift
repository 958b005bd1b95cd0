import Foundation

/// The search history on disk: `$XDG_STATE_HOME/kabar/search-history`
/// (`~/.local/state/kabar/search-history`), one query per line, newest last, at most
/// `SearchHistory.limit` lines.
public struct SearchHistoryFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The file in the state folder named by the environment.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let state: String
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            state = xdg
        } else {
            state = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        }
        self.init(path: state + "/kabar/search-history")
    }

    /// The queries in the file; none when it does not exist yet.
    public func load() throws -> SearchHistory {
        guard FileManager.default.fileExists(atPath: path) else { return SearchHistory() }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: data, as: UTF8.self)
        return SearchHistory(text.split(whereSeparator: \.isNewline).map(String.init))
    }

    /// Adds a query to the file as it is now (another reader may have added some since this
    /// one started), creating the folder if needed.
    public func record(_ query: String) throws {
        var history = (try? load()) ?? SearchHistory()
        history.add(query)
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = history.entries.map { $0 + "\n" }.joined()
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
