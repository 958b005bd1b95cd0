import Foundation

/// Notices when the open article's file is deleted or rewritten after it was read: one
/// `stat` of that file after each key or click, when another article is opened, and once a
/// second while nothing happens. Each change is reported once: a deletion once per reading
/// of the articles, a rewrite once per modification time and size.
struct OpenFileWatch {
    var loadedAt: Date
    /// How often the same file is looked at again.
    static let interval: UInt64 = 1_000_000_000
    private var checkedPath: String?
    private var lastCheck: UInt64 = 0
    private var reportedDeletions: Set<String> = []
    private var reportedRewrites: Set<String> = []

    init(loadedAt: Date) {
        self.loadedAt = loadedAt
    }

    /// Starts again after the articles were read again at `date`. A rewrite already
    /// reported is not reported again (its file may carry a modification time in the future).
    mutating func reset(loadedAt date: Date) {
        loadedAt = date
        checkedPath = nil
        reportedDeletions = []
    }

    /// A message when the file at `path` (the open article `id`'s) changed and was not
    /// reported yet; nil otherwise, or when it is not time to look again (`now` in
    /// nanoseconds; `input`: the user just pressed a key or clicked).
    mutating func check(id: String, path: String, now: UInt64, input: Bool) -> Message? {
        guard input || path != checkedPath || now &- lastCheck >= Self.interval else { return nil }
        checkedPath = path
        lastCheck = now
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let attributes, attributes[.type] as? FileAttributeType != .typeDirectory else {
            guard reportedDeletions.insert(path).inserted else { return nil }
            return .articleFileChanged(articleID: id, .deleted)
        }
        guard let modified = attributes[.modificationDate] as? Date, modified > loadedAt else { return nil }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        guard reportedRewrites.insert("\(path) \(modified.timeIntervalSince1970) \(size)").inserted else { return nil }
        return .articleFileChanged(articleID: id, .rewritten)
    }
}
