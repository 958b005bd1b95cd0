/// The coarse class of one Unicode scalar, as far as tokenising is concerned.
enum ScalarClass: UInt8, Sendable {
    /// Whitespace (incl. NBSP, U+2000–U+200A, line/paragraph separators), C0/C1 controls and
    /// invisible format characters: they separate tokens and are never part of one.
    case space
    /// Letters and non-decimal numbers (`²`, `Ⅳ`): word characters.
    case letter
    /// Combining marks: word characters; they also attach to a preceding symbol (emoji).
    case mark
    /// Decimal digits.
    case digit
    /// ZWNJ, ZWJ, soft hyphen and word joiner: kept inside a word, otherwise like space.
    case joiner
    /// General category P*, except the ASCII characters listed under `symbol`.
    case punctuation
    /// General category S*, `%` `&` `#` `@`, private-use and unassigned scalars.
    case symbol

    /// Whether the class continues a word.
    var isWordChar: Bool { self == .letter || self == .mark || self == .digit }

    /// The class of a scalar value.
    @inline(__always)
    static func of(_ value: UInt32) -> ScalarClass {
        value < 0x80 ? ascii(UInt8(truncatingIfNeeded: value)) : nonASCII(value)
    }

    /// The class of an ASCII byte.
    @inline(__always)
    static func ascii(_ byte: UInt8) -> ScalarClass {
        switch byte {
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x00...0x20, 0x7F: return .space
        case UInt8(ascii: "$"), UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: "="),
             UInt8(ascii: ">"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "|"),
             UInt8(ascii: "~"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "#"),
             UInt8(ascii: "@"):
            return .symbol
        default: return .punctuation
        }
    }

    /// The class of a scalar value of U+0080 or above, from its general category.
    static func nonASCII(_ value: UInt32) -> ScalarClass {
        if value <= 0xA0 { return .space }  // C1 controls and NBSP
        switch value {
        case 0x00AD, 0x200C, 0x200D, 0x2060: return .joiner
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .letterNumber, .otherNumber:
            return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        case .decimalNumber:
            return .digit
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return .symbol
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format:
            return .space
        case .privateUse, .surrogate, .unassigned:
            return .symbol
        @unknown default:
            return .symbol
        }
    }

    /// Whether a scalar value is an uppercase or titlecase letter.
    static func isUppercase(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        guard let scalar = Unicode.Scalar(value) else { return false }
        let category = scalar.properties.generalCategory
        return category == .uppercaseLetter || category == .titlecaseLetter
    }
}
