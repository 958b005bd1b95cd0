/// How many colours the reader may use on this terminal, after the user's wishes.
public enum ColorDepth: Int, Comparable, Sendable {
    /// No colour: attributes (bold, underline, reverse, …) only.
    case none = 0
    case ansi8 = 8
    case ansi16 = 16
    case palette256 = 256
    /// 24-bit colour: `#RRGGBB` is shown exactly.
    case truecolor = 16_777_216

    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }

    /// The depth for a terminal that reports `terminalColors` colours (terminfo `colors`).
    ///
    /// - `NO_COLOR` set and not empty, `TERM=dumb`, or fewer than 8 colours: `.none`.
    /// - A direct-colour terminfo (2^24 colours, e.g. `xterm-direct`) with `COLORTERM`
    ///   `truecolor` or `24bit`: `.truecolor`; otherwise the 256-colour palette at most.
    public static func detect(terminalColors: Int, environment: [String: String]) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        if environment["TERM"] == "dumb" { return .none }
        switch terminalColors {
        case 16_777_216...:
            let colorterm = (environment["COLORTERM"] ?? "").lowercased()
            return colorterm == "truecolor" || colorterm == "24bit" ? .truecolor : .palette256
        case 256...: return .palette256
        case 16...: return .ansi16
        case 8...: return .ansi8
        default: return .none
        }
    }

    /// True when the user asked for no colour (`NO_COLOR` set and not empty).
    public static func colorRefused(environment: [String: String]) -> Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }
}
