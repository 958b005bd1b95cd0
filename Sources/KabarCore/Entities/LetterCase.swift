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

    /// The common case, straight from the bytes (all ASCII).
    init(ascii word: UnsafeBufferPointer<UInt8>) {
        var count = 0, uppers = 0, lowers = 0
        var onlyAcronymChars = true, onlyRoman = true
        for v in word {
            let upper = v >= 65 && v <= 90, lower = v >= 97 && v <= 122
            if count == 0 { firstUpper = upper } else if upper { innerUpper = true; innerUpperAny = true }
            if upper { uppers += 1 }
            if lower { lowers += 1 }
            let digit = v >= 48 && v <= 57
            if !(upper || digit || v == 45) { onlyAcronymChars = false }
            switch v {
            case 73, 86, 88, 76, 67, 68, 77, 45, 48...57: break  // I V X L C D M, and digits or hyphens after them (II-2026)
            default: onlyRoman = false
            }
            count += 1
        }
        isAcronym = count >= 2 && count <= 7 && uppers >= 2 && onlyAcronymChars && !onlyRoman
        innerUpper = innerUpper && lowers > 0
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
