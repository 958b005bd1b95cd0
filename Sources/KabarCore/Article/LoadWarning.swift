/// A problem found while loading articles: a file that was skipped, or something in a file
/// that was loaded anyway (bad bytes, malformed front matter, an invalid date).
public struct LoadWarning: Hashable, Sendable, CustomStringConvertible {
    /// The file (or folder) the warning is about, as given or found.
    public var path: String
    /// The 1-based line in the file, when the problem has one.
    public var line: Int?
    public var message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`, or `path: message` without a line, always on one line and safe
    /// to print to a terminal: see `TerminalSafeText.oneLine(_:)`.
    public var description: String {
        let place = line.map { "\(path):\($0)" } ?? path
        return TerminalSafeText.oneLine(place) + ": " + TerminalSafeText.oneLine(message)
    }
}
