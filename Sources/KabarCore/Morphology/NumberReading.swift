/// The "number" reading of numerals, ordinals (ke-78) and decades (1980-an).
enum NumberReading {
    static func analyze(_ key: String) -> Analysis? {
        let bytes = Array(key.utf8)
        func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        if key.hasPrefix("ke-"), bytes.count > 3, bytes.dropFirst(3).allSatisfy(isDigit) {
            let number = String(key.dropFirst(3))
            return Analysis(lemma: key, root: number, affixes: ["ke-"], pos: "num",
                            gloss: "\(number)\(ordinalSuffix(number)) (ordinal)", source: "number")
        }
        if key.hasSuffix("-an"), bytes.count > 3, bytes.dropLast(3).allSatisfy(isDigit) {
            let number = String(key.dropLast(3))
            return Analysis(lemma: key, root: number, affixes: ["-an"], pos: "num",
                            gloss: "the \(number)s (decade)", source: "number")
        }
        guard let first = bytes.first, isDigit(first),
              bytes.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",")
                  || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") }) else { return nil }
        return Analysis(lemma: key, root: key, affixes: [], pos: "num", gloss: "number", source: "number")
    }

    static func ordinalSuffix(_ number: String) -> String {
        let value = Int(number.suffix(2)) ?? 0
        if (11...13).contains(value) { return "th" }
        switch value % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }
}
