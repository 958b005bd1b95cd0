/// Reads the subset of TOML 1.0 that Kabar's themes and configuration use: `[tables]` and
/// `[dotted.tables]`, bare, quoted and dotted keys, basic and literal strings, integers
/// (decimal, `0x`, `0o`, `0b`, with `_`), floats, booleans, arrays (over several lines, with
/// comments) and inline tables, and `#` comments. Multi-line strings, dates and arrays of
/// tables are reported as unsupported. Every error carries its line and column.
///
///     let table = try TOMLParser.parse("[keys]\nnext-mention = \"]\"")
///     table["keys"]?.table?["next-mention"]?.string == "]"
public struct TOMLParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
        var parser = TOMLParser(text)
        return try parser.document()
    }

    private init(_ text: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
    }

    // MARK: - Document

    private mutating func document() throws(TOMLError) -> TOMLTable {
        let root = TOMLTableBuilder(origin: .header, at: position)
        var current = root
        while true {
            skipWhitespace()
            guard let c = peek() else { break }
            switch c {
            case "#", "\n", "\r":
                try endOfLine()
            case "[":
                let start = position
                advance()
                if peek() == "[" { throw TOMLError("arrays of tables ([[…]]) are not supported", at: start) }
                skipWhitespace()
                let path = try key()
                skipWhitespace()
                try expect("]", "to close the table header")
                current = try root.openHeader(path)
                try endOfLine()
            default:
                let path = try key()
                skipWhitespace()
                try expect("=", "after the key")
                skipWhitespace()
                let item = try value()
                try current.assign(path, item)
                try endOfLine()
            }
        }
        return root.build()
    }

    /// Whitespace, an optional comment, then a newline or the end.
    private mutating func endOfLine() throws(TOMLError) {
        skipWhitespace()
        if peek() == "#" { try comment() }
        switch peek() {
        case nil: return
        case "\n": advance()
        case "\r":
            advance()
            guard peek() == "\n" else { throw TOMLError("a carriage return must be followed by a newline", at: position) }
            advance()
        case let c?: throw TOMLError("expected the end of the line, found \(Self.describe(c))", at: position)
        }
    }

    private mutating func comment() throws(TOMLError) {
        while let c = peek(), c != "\n", c != "\r" {
            if Self.isControl(c) && c != "\t" { throw TOMLError("control character \(Self.describe(c)) in a comment", at: position) }
            advance()
        }
    }

    // MARK: - Keys

    /// A dotted key: parts with their positions.
    private mutating func key() throws(TOMLError) -> [(String, TOMLPosition)] {
        var parts: [(String, TOMLPosition)] = []
        while true {
            let start = position
            switch peek() {
            case "\""?:
                parts.append((try basicString(), start))
            case "'"?:
                parts.append((try literalString(), start))
            case let c? where Self.isBareKey(c):
                var text = ""
                while let c = peek(), Self.isBareKey(c) { text.unicodeScalars.append(c); advance() }
                parts.append((text, start))
            case let c?:
                throw TOMLError("expected a key, found \(Self.describe(c))", at: start)
            case nil:
                throw TOMLError("expected a key, found the end of the file", at: start)
            }
            skipWhitespace()
            guard peek() == "." else { return parts }
            advance()
            skipWhitespace()
        }
    }

    // MARK: - Values

    private mutating func value() throws(TOMLError) -> TOMLItem {
        let start = position
        switch peek() {
        case "\""?:
            if lookingAt("\"\"\"") { throw TOMLError("multi-line strings are not supported", at: start) }
            return TOMLItem(.string(try basicString()), at: start)
        case "'"?:
            if lookingAt("'''") { throw TOMLError("multi-line strings are not supported", at: start) }
            return TOMLItem(.string(try literalString()), at: start)
        case "["?:
            return TOMLItem(.array(try array()), at: start)
        case "{"?:
            return TOMLItem(.table(try inlineTable()), at: start)
        case nil:
            throw TOMLError("expected a value, found the end of the file", at: start)
        case "\n"?, "\r"?, "#"?:
            throw TOMLError("expected a value after '='", at: start)
        default:
            return try bareValue()
        }
    }

    /// true, false, numbers; a date is reported as unsupported.
    private mutating func bareValue() throws(TOMLError) -> TOMLItem {
        let start = position
        var word = ""
        while let c = peek(), Self.isBareKey(c) || c == "+" || c == "." || c == ":" {
            word.unicodeScalars.append(c)
            advance()
        }
        if word.isEmpty, let c = peek() { throw TOMLError("expected a value, found \(Self.describe(c))", at: start) }
        if word == "true" { return TOMLItem(.boolean(true), at: start) }
        if word == "false" { return TOMLItem(.boolean(false), at: start) }
        if let number = TOMLNumber.parse(word) { return TOMLItem(number, at: start) }
        if word.contains(":") || (word.count >= 10 && word.dropFirst(4).first == "-" && word.first?.isNumber == true) {
            throw TOMLError("dates and times are not supported", at: start)
        }
        if word.first.map({ $0.isNumber || $0 == "+" || $0 == "-" }) == true {
            throw TOMLError("invalid number '\(word)'", at: start)
        }
        throw TOMLError("expected a value, found '\(word)' (strings need quotes)", at: start)
    }

    private mutating func array() throws(TOMLError) -> [TOMLItem] {
        advance()  // [
        var items: [TOMLItem] = []
        while true {
            try skipBlankLinesAndComments()
            if peek() == "]" { advance(); return items }
            items.append(try value())
            try skipBlankLinesAndComments()
            switch peek() {
            case ","?: advance()
            case "]"?: advance(); return items
            case let c?: throw TOMLError("expected ',' or ']' in the array, found \(Self.describe(c))", at: position)
            case nil: throw TOMLError("unterminated array", at: position)
            }
        }
    }

    private mutating func inlineTable() throws(TOMLError) -> TOMLTable {
        let builder = TOMLTableBuilder(origin: .inline, at: position)
        advance()  // {
        skipWhitespace()
        if peek() == "}" { advance(); return builder.build() }
        while true {
            skipWhitespace()
            if peek() == "\n" || peek() == "\r" { throw TOMLError("an inline table must be on one line", at: position) }
            let path = try key()
            skipWhitespace()
            try expect("=", "after the key")
            skipWhitespace()
            let item = try value()
            try builder.assign(path, item)
            skipWhitespace()
            switch peek() {
            case ","?:
                advance()
                skipWhitespace()
                if peek() == "}" { throw TOMLError("trailing comma in an inline table", at: position) }
            case "}"?: advance(); return builder.build()
            case "\n"?, "\r"?: throw TOMLError("an inline table must be on one line", at: position)
            case let c?: throw TOMLError("expected ',' or '}' in the inline table, found \(Self.describe(c))", at: position)
            case nil: throw TOMLError("unterminated inline table", at: position)
            }
        }
    }

    // MARK: - Strings

    private mutating func basicString() throws(TOMLError) -> String {
        let start = position
        advance()  // "
        var text = ""
        while true {
            let here = position
            guard let c = peek(), c != "\n", c != "\r" else { throw TOMLError("unterminated string", at: start) }
            advance()
            switch c {
            case "\"": return text
            case "\\": text.unicodeScalars.append(try escape(at: here))
            default:
                if Self.isControl(c) && c != "\t" { throw TOMLError("control character \(Self.describe(c)) in a string", at: here) }
                text.unicodeScalars.append(c)
            }
        }
    }

    private mutating func escape(at start: TOMLPosition) throws(TOMLError) -> Unicode.Scalar {
        guard let c = peek() else { throw TOMLError("unterminated string", at: start) }
        advance()
        switch c {
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "e": return "\u{1B}"
        case "\"": return "\""
        case "\\": return "\\"
        case "u", "U":
            let count = c == "u" ? 4 : 8
            var hex = ""
            for _ in 0..<count {
                guard let d = peek(), d.properties.isASCIIHexDigit else {
                    throw TOMLError("\\\(c) needs \(count) hexadecimal digits", at: start)
                }
                hex.unicodeScalars.append(d)
                advance()
            }
            guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                throw TOMLError("\\\(c)\(hex) is not a Unicode scalar", at: start)
            }
            return scalar
        default:
            throw TOMLError("unknown escape \\\(c)", at: start)
        }
    }

    private mutating func literalString() throws(TOMLError) -> String {
        let start = position
        advance()  // '
        var text = ""
        while true {
            guard let c = peek(), c != "\n", c != "\r" else { throw TOMLError("unterminated string", at: start) }
            advance()
            if c == "'" { return text }
            if Self.isControl(c) && c != "\t" { throw TOMLError("control character \(Self.describe(c)) in a string", at: start) }
            text.unicodeScalars.append(c)
        }
    }

    // MARK: - Scanning

    private var position: TOMLPosition { TOMLPosition(line: line, column: column) }

    private func peek() -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private func lookingAt(_ text: String) -> Bool {
        var i = index
        for s in text.unicodeScalars {
            guard i < scalars.count, scalars[i] == s else { return false }
            i += 1
        }
        return true
    }

    private mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
        index += 1
    }

    private mutating func skipWhitespace() {
        while let c = peek(), c == " " || c == "\t" { advance() }
    }

    /// Inside arrays: whitespace, newlines and comments.
    private mutating func skipBlankLinesAndComments() throws(TOMLError) {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" { advance() } else if c == "#" { try comment() } else { return }
        }
    }

    private mutating func expect(_ c: Unicode.Scalar, _ context: String) throws(TOMLError) {
        guard peek() == c else {
            let found = peek().map(Self.describe) ?? "the end of the file"
            throw TOMLError("expected '\(c)' \(context), found \(found)", at: position)
        }
        advance()
    }

    static func isBareKey(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
    }

    static func isControl(_ c: Unicode.Scalar) -> Bool { c.value < 0x20 || c.value == 0x7F }

    static func describe(_ c: Unicode.Scalar) -> String {
        switch c {
        case "\n": "a newline"
        case "\t": "a tab"
        default: isControl(c) ? "U+\(String(c.value, radix: 16, uppercase: true))" : "'\(c)'"
        }
    }
}
