/// TOML integers and floats: `42`, `-7`, `1_000`, `0xFF`, `0o17`, `0b101`, `3.5`, `1e6`,
/// `inf`, `nan`. Leading zeros and misplaced underscores are rejected.
enum TOMLNumber {
    static func parse(_ word: String) -> TOMLValue? {
        if let special = specialFloat(word) { return .float(special) }
        var body = Substring(word)
        var sign = ""
        if let first = body.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        guard !body.isEmpty else { return nil }
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where body.hasPrefix(prefix) {
            guard sign.isEmpty, let digits = digits(body.dropFirst(2)), let n = Int(digits, radix: radix) else { return nil }
            return .integer(n)
        }
        if body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") }) {
            guard let digits = digits(body), !(digits.count > 1 && digits.hasPrefix("0")),
                  let n = Int(sign + digits) else { return nil }
            return .integer(n)
        }
        // A float: integer part, optional fraction, optional exponent.
        guard let (integer, rest) = splitFloat(body) else { return nil }
        guard let intDigits = digits(integer), !(intDigits.count > 1 && intDigits.hasPrefix("0")) else { return nil }
        guard let cleaned = cleanedFloatTail(rest), let value = Double(sign + intDigits + cleaned) else { return nil }
        return .float(value)
    }

    /// Digits with single underscores between them, without the underscores.
    static func digits(_ text: Substring) -> String? {
        guard let first = text.first, let last = text.last, first != "_", last != "_", !text.contains("__") else { return nil }
        let stripped = text.filter { $0 != "_" }
        guard stripped.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
        return String(stripped)
    }

    static func splitFloat(_ body: Substring) -> (Substring, Substring)? {
        guard let cut = body.firstIndex(where: { $0 == "." || $0 == "e" || $0 == "E" }) else { return nil }
        return (body[..<cut], body[cut...])
    }

    /// ".5e-3" style tails, underscores removed; nil when malformed.
    static func cleanedFloatTail(_ tail: Substring) -> String? {
        var rest = tail
        var out = ""
        if rest.first == "." {
            rest = rest.dropFirst()
            let end = rest.firstIndex(where: { $0 == "e" || $0 == "E" }) ?? rest.endIndex
            guard let fraction = digits(rest[..<end]), fraction.allSatisfy(\.isNumber) else { return nil }
            out += "." + fraction
            rest = rest[end...]
        }
        if let e = rest.first, e == "e" || e == "E" {
            rest = rest.dropFirst()
            var expSign = ""
            if let s = rest.first, s == "+" || s == "-" { expSign = String(s); rest = rest.dropFirst() }
            guard let exponent = digits(rest), exponent.allSatisfy(\.isNumber) else { return nil }
            out += "e" + expSign + exponent
            rest = rest[rest.endIndex...]
        }
        return rest.isEmpty && !out.isEmpty ? out : nil
    }

    static func specialFloat(_ word: String) -> Double? {
        switch word {
        case "inf", "+inf": .infinity
        case "-inf": -.infinity
        case "nan", "+nan", "-nan": .nan
        default: nil
        }
    }
}
