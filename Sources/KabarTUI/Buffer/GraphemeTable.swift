import Foundation

/// Numbers for multi-scalar graphemes (a letter with a combining mark, emoji sequences,
/// flags), so that `Cell` can stay plain data. Each distinct cluster is stored once.
final class GraphemeTable: @unchecked Sendable {
    static let shared = GraphemeTable()
    /// Codes at or above this number are table entries (below it, Unicode scalars).
    static let firstCode: UInt32 = 0x11_0000

    private let lock = NSLock()
    private var strings: [String] = []
    private var codes: [String: UInt32] = [:]

    func code(for cluster: String) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        if let code = codes[cluster] { return code }
        let code = Self.firstCode + UInt32(strings.count)
        strings.append(cluster)
        codes[cluster] = code
        return code
    }

    func string(for code: UInt32) -> String {
        lock.lock()
        defer { lock.unlock() }
        let index = Int(code - Self.firstCode)
        return index < strings.count ? strings[index] : "\u{FFFD}"
    }
}
