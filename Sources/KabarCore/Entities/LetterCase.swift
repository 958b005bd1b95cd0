/// The capitalisation of a word, read from its UTF-8 bytes (Unicode properties only for
/// non-ASCII letters): the recogniser asks it of every token.
struct LetterCase {
    var firstUpper = false
    var innerUpper = false
    var isAcronym = false
    /// Any capital at all: only then does the word need lower-casing.
    var hasUpper: Bool { firstUpper || innerUpperAny }
    private var innerUpperAny = false

    /// Not a word: no letters at all.
    init() {}

    /// From a word's UTF-8 bytes when they are all ASCII, else from its scalars.
    init(_ word: String) {
        var bytes = word
        if let ascii = bytes.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? LetterCase(ascii: $0) : nil }) {
            self = ascii
        } else {
            self.init(scalars: word)
        }
    }

    /// The common case, straight from the bytes (all ASCII): each byte's class read from a
    /// table, the classes counted and intersected, with no branch per byte.
    init(ascii word: UnsafeBufferPointer<UInt8>) {
        guard let head = word.first else { return }
        var uppers = 0, lowers = 0
        var all = UInt8.max
        LetterCase.asciiClasses.withUnsafeBufferPointer { classes in
            for v in word {
                let c = classes[Int(v & 0x7F)]
                uppers &+= Int(c & LetterCase.upper)
                lowers &+= Int((c & LetterCase.lower) >> 1)
                all &= c
            }
        }
        firstUpper = head >= 65 && head <= 90
        let innerUppers = uppers - (firstUpper ? 1 : 0)
        innerUpperAny = innerUppers > 0
        // BNPB, PDI-P, G20 — but not Roman numerals (Komisi III), which are part of a name.
        isAcronym = word.count >= 2 && word.count <= 7 && uppers >= 2
            && all & LetterCase.acronymChar != 0 && all & LetterCase.romanChar == 0
        // A capital after the first letter only counts with lower-case letters around (DeepSeek, iPhone).
        innerUpper = innerUpperAny && lowers > 0
    }

    /// The classes of an ASCII byte, as bits: a capital, a lower-case letter, a character of an
    /// acronym (capital, digit, hyphen), a character of a Roman numeral (I V X L C D M, or a
    /// digit or hyphen after them: II-2026).
    private static let upper: UInt8 = 1, lower: UInt8 = 2, acronymChar: UInt8 = 4, romanChar: UInt8 = 8
    private static let asciiClasses: [UInt8] = (0..<128).map { (v: Int) -> UInt8 in
        let upperCase = v >= 65 && v <= 90, lowerCase = v >= 97 && v <= 122
        let digitOrHyphen = (v >= 48 && v <= 57) || v == 45
        var c: UInt8 = 0
        if upperCase { c |= upper }
        if lowerCase { c |= lower }
        if upperCase || digitOrHyphen { c |= acronymChar }
        if digitOrHyphen || "IVXLCDM".utf8.contains(UInt8(v)) { c |= romanChar }
        return c
    }

    private init(scalars word: String) {
        var count = 0, uppers = 0, lowers = 0
        var onlyAcronymChars = true, onlyRoman = true
        for scalar in word.unicodeScalars {
            let upper: Bool, lower: Bool
            if scalar.isASCII {
                let v = scalar.value
                upper = v >= 65 && v <= 90
                lower = v >= 97 && v <= 122
            } else {
                upper = scalar.properties.isUppercase
                lower = scalar.properties.isLowercase
            }
            if count == 0 { firstUpper = upper } else if upper { innerUpper = true; innerUpperAny = true }
            if upper { uppers += 1 }
            if lower { lowers += 1 }
            let digit = scalar.value >= 48 && scalar.value <= 57
            if !(upper || digit || scalar == "-") { onlyAcronymChars = false }
            switch scalar {
            case "I", "V", "X", "L", "C", "D", "M", "-", "0"..."9": break
            default: onlyRoman = false
            }
            count += 1
        }
        // BNPB, PDI-P, G20 — but not Roman numerals (Komisi III), which are part of a name.
        isAcronym = count >= 2 && count <= 7 && uppers >= 2 && onlyAcronymChars && !onlyRoman
        // A capital after the first letter only counts with lower-case letters around (DeepSeek, iPhone).
        innerUpper = innerUpper && lowers > 0
    }
}
