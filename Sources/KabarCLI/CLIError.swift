/// A user-facing failure of a subcommand: one line, printed as "kabar: …", exit status 2.
public struct CLIError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
