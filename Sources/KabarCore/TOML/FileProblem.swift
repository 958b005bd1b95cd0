/// Something wrong in a settings file (a theme, the configuration), for a one-line message:
/// "path:3:7: unknown colour 'bleu'", or "path: no such file" when there is no position.
public struct FileProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var position: TOMLPosition?
    public var message: String

    public init(path: String, position: TOMLPosition?, message: String) {
        self.path = path
        self.position = position
        self.message = message
    }

    public init(path: String, _ error: TOMLError) {
        self.init(path: path, position: error.position, message: error.message)
    }

    public var description: String {
        let place = position.map { "\(path):\($0)" } ?? path
        return TerminalSafeText.oneLine(place) + ": " + TerminalSafeText.oneLine(message)
    }
}
