/// A TOML syntax error, or a value a reader of the document rejects, at a position.
///
///     TOMLError("expected '='", at: TOMLPosition(line: 3, column: 7)).description == "3:7: expected '='"
public struct TOMLError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var position: TOMLPosition

    public init(_ message: String, at position: TOMLPosition) {
        self.message = message
        self.position = position
    }

    public var description: String { "\(position): \(message)" }

    /// The one-line report for a file: "path:3:7: expected '='".
    public func located(in path: String) -> String { "\(path):\(position): \(message)" }
}
