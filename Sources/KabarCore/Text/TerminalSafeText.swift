/// Text from articles, file names and glossaries made safe to show on a terminal: every
/// character that could control the terminal, or that would change or hide text without
/// being seen, is replaced by a visible placeholder, U+FFFD (�).
///
/// Unsafe (``isUnsafe(_:)``):
/// - C0 controls U+0000–U+001F (ESC, and with it every CSI and OSC sequence: a title change,
///   a clipboard write, a hyperlink), DEL and the C1 controls U+007F–U+009F (U+009B is CSI);
/// - bidirectional controls: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069;
/// - the line and paragraph separators U+2028, U+2029;
/// - invisible format characters (Unicode category Cf): U+180E, U+200B, U+2060–U+2064,
///   U+206A–U+206F, U+FEFF, U+FFF9–U+FFFB, U+13430–U+1343F, U+1BCA0–U+1BCA3,
///   U+1D173–U+1D17A, U+E0001 and the tag characters U+E0020–U+E007F.
///
/// Kept, although Cf: U+00AD SOFT HYPHEN (terminals draw it), U+200C ZERO WIDTH NON-JOINER
/// and U+200D ZERO WIDTH JOINER (they build emoji sequences and shape Arabic and Indic
/// scripts, and move nothing), the Arabic and Syriac signs that are drawn (U+0600–U+0605,
/// U+06DD, U+070F, U+0890, U+0891, U+08E2, U+110BD, U+110CD), and the tag characters of an
/// emoji flag such as 🏴󠁧󠁢󠁳󠁣󠁴󠁿: after U+1F3F4, up to six tag digits or small letters and the
/// cancel tag U+E007F.
///
/// Each unsafe scalar becomes exactly one scalar, so scalar offsets into the text (tokens,
/// entity mentions, search matches) stay valid. Text with nothing to replace is returned
/// as it is, found by a scan of its UTF-8 bytes, without allocating.
public enum TerminalSafeText {
    /// What an unsafe character is shown as.
    public static let placeholder: Unicode.Scalar = "\u{FFFD}"

    /// Whether `scalar` is unsafe on its own (an emoji flag's tags are judged in context by
    /// the functions that take text).
    @inlinable
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return true }
        if v < 0x7F { return false }
        if v <= 0x9F { return true }
        if v < 0x061C { return false }
        return isUnsafeFormat(v)
    }

    @usableFromInline
    static func isUnsafeFormat(_ v: UInt32) -> Bool {
        switch v {
        case 0x061C, 0x180E, 0x200B, 0x200E, 0x200F, 0x2028...0x202E, 0x2060...0x2064,
             0x2066...0x206F, 0xFEFF, 0xFFF9...0xFFFB, 0x13430...0x1343F, 0x1BCA0...0x1BCA3,
             0x1D173...0x1D17A, 0xE0001, 0xE0020...0xE007F:
            return true
        default:
            return false
        }
    }

    /// The text on one line: line breaks (`\n`, `\r`, U+2028, U+2029) and tabs become
    /// spaces, other unsafe characters the placeholder. For one field of a row (a title, a
    /// file name, a snippet) and for anything laid out by columns.
    public static func oneLine(_ text: String) -> String {
        clean(text, keepingLineBreaks: false)
    }

    /// The text with its `\n` line feeds and tabs kept and every other unsafe character
    /// (a carriage return too) replaced: for whole outputs whose lines and columns were
    /// made by Kabar.
    public static func multiline(_ text: String) -> String {
        clean(text, keepingLineBreaks: true)
    }

    /// `scalars` as ``oneLine(_:)-(String)`` maps them, one for one.
    public static func oneLine(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains(where: { isUnsafe($0) }) else { return scalars }
        var mapper = Mapper(keepingLineBreaks: false)
        return scalars.map { mapper.map($0) }
    }

    /// Whether the text has any unsafe character (tabs and line feeds count as safe when
    /// `keepingLineBreaks`): a scan of the UTF-8 bytes that decodes only the scalars whose
    /// lead byte can start an unsafe one.
    public static func needsCleaning(_ text: String, keepingLineBreaks: Bool = false) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ scan($0, keepingLineBreaks: keepingLineBreaks) }) {
            return found
        }
        return Array(text.utf8).withUnsafeBufferPointer { scan($0, keepingLineBreaks: keepingLineBreaks) }
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, keepingLineBreaks: Bool) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b >= 0x20 && b != 0x7F { i += 1; continue }
                if keepingLineBreaks && (b == 0x0A || b == 0x09) { i += 1; continue }
                return true
            }
            switch b {
            case 0xC2, 0xD8, 0xE1, 0xE2, 0xEF, 0xF0, 0xF3:
                let (value, length) = UTF8Bytes.decode(bytes, at: i)
                if let scalar = Unicode.Scalar(value), isUnsafe(scalar) { return true }
                i += length
            default:
                i += 1
            }
        }
        return false
    }

    static func clean(_ text: String, keepingLineBreaks: Bool) -> String {
        guard needsCleaning(text, keepingLineBreaks: keepingLineBreaks) else { return text }
        var mapper = Mapper(keepingLineBreaks: keepingLineBreaks)
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(mapper.map(scalar)) }
        return String(result)
    }

    /// Maps scalars in order, remembering whether they are inside an emoji flag's tags.
    struct Mapper {
        let keepingLineBreaks: Bool
        /// Tags seen since U+1F3F4, or nil outside a flag.
        var flagTags: Int?

        init(keepingLineBreaks: Bool) {
            self.keepingLineBreaks = keepingLineBreaks
        }

        mutating func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
            let v = scalar.value
            if v == 0x1F3F4 { flagTags = 0; return scalar }
            if let tags = flagTags {
                if tags < 6 && (0xE0030...0xE0039 ~= v || 0xE0061...0xE007A ~= v) {
                    flagTags = tags + 1
                    return scalar
                }
                flagTags = nil
                if v == 0xE007F && tags > 0 { return scalar }
            }
            guard isUnsafe(scalar) else { return scalar }
            switch v {
            case 0x0A, 0x09: return keepingLineBreaks ? scalar : " "
            case 0x0D, 0x2028, 0x2029: return keepingLineBreaks ? TerminalSafeText.placeholder : " "
            default: return TerminalSafeText.placeholder
            }
        }
    }
}

extension String {
    /// The string on one line and safe to print: `TerminalSafeText.oneLine(self)`.
    public var terminalSafe: String { TerminalSafeText.oneLine(self) }
}
