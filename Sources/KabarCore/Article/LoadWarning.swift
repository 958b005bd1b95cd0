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

    /// `path:line: message`, or `path: message` without a line, always on one line:
    /// line breaks, tabs and other control or bidi characters in the path or message are
    /// replaced (breaks and tabs by a space, the rest by U+FFFD) so the text is safe to
    /// print to a terminal.
    public var description: String {
        let place = line.map { "\(path):\($0)" } ?? path
        return LoadWarning.oneLine(place) + ": " + LoadWarning.oneLine(message)
    }

    /// `text` with line breaks and tabs turned into spaces and other control characters
    /// (C0, DEL, C1, bidi controls, U+2028/U+2029 separators) into U+FFFD.
    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: result.append(" ")
            default: result.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(result)
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E,
             0x2066...0x2069:
            return true
        default:
            return false
        }
    }
}
