import Foundation

/// Past queries, oldest first and newest last: a query searched again moves to the end, and
/// only the newest `limit` are kept. The same rules apply in memory and in the history file.
public struct SearchHistory: Hashable, Sendable {
    public static let limit = 500
    public private(set) var entries: [String]

    public init(_ entries: [String] = []) {
        self.entries = []
        for entry in entries { add(entry) }
    }

    /// Records a query: blank ones are ignored, line breaks become spaces.
    public mutating func add(_ query: String) {
        let line = SearchHistory.clean(query)
        guard !line.isEmpty else { return }
        entries.removeAll { $0 == line }
        entries.append(line)
        if entries.count > SearchHistory.limit { entries.removeFirst(entries.count - SearchHistory.limit) }
    }

    /// The query as one history line, trimmed.
    static func clean(_ query: String) -> String {
        String(query.map { $0.isNewline ? " " : $0 }).trimmingCharacters(in: .whitespaces)
    }
}
