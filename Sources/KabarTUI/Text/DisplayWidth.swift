/// How many terminal columns text takes, from our own Unicode width table (not the C library's
/// `wcwidth`, which differs between systems and locales).
///
/// Rules, per scalar:
/// - 0 columns: C0/C1 controls and DEL, combining marks (Mn, Me), format characters (Cf: ZWJ,
///   ZWNJ, variation selectors' neighbours, bidi marks, …), conjoining Hangul vowels/finals.
///   U+00AD SOFT HYPHEN is the exception: terminals draw it, so it is 1.
/// - 2 columns: East Asian Wide and Fullwidth (CJK ideographs, kana, Hangul syllables, fullwidth
///   forms, …) and emoji with emoji presentation (😀, 👍, 🤔, …).
/// - 1 column: everything else (Latin, Greek, Cyrillic, ambiguous-width characters, …).
///
/// Per grapheme (`Character`): the width of its first scalar that has a non-zero width, except
/// that an emoji followed by U+FE0F (VARIATION SELECTOR-16) and a flag (two regional indicators)
/// are 2. A grapheme made only of zero-width scalars (a lone combining mark, a ZWJ) is 0.
///
/// Strings are the sum of their graphemes. Note that `Buffer.setString` draws a control
/// character (and every other character `TerminalSafeText` calls unsafe: bidi controls,
/// invisible format characters) as U+FFFD, one column, although its width here is 0:
/// measure text after `TerminalSafeText.oneLine`, which replaces them one for one.
public enum DisplayWidth {
    /// The width of one scalar: 0, 1 or 2.
    @inlinable
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0xA0 { return 0 }  // DEL and C1 controls
        if v < 0x300 { return 1 }  // Latin-1, Latin Extended, IPA, spacing modifiers
        return nonASCII(v)
    }

    /// Table look-up for scalars from U+0300 up.
    @usableFromInline
    static func nonASCII(_ v: UInt32) -> Int {
        // Common punctuation in news text: dashes, quotes, ellipsis, bullets (U+2010–2027).
        if v >= 0x2010 && v <= 0x2027 { return 1 }
        let starts = DisplayWidthTable.starts
        // Binary search for the last range starting at or before v.
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo &+ hi) >> 1
            if starts[mid] <= v { lo = mid &+ 1 } else { hi = mid }
        }
        let index = lo - 1
        if index >= 0 && v <= DisplayWidthTable.ends[index] {
            return Int(DisplayWidthTable.widths[index])
        }
        // Emoji added after the table's Unicode version: ask the standard library. Regional
        // indicators are excluded: a lone one is a narrow letter.
        if v >= 0x1F000 && v < 0x1FB00 && !(v >= 0x1F1E6 && v <= 0x1F1FF),
           let scalar = Unicode.Scalar(v), scalar.properties.isEmojiPresentation {
            return 2
        }
        return 1
    }

    /// The width of one grapheme: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let utf8 = character.utf8
        if utf8.count == 1 {
            let b = utf8.first!
            return b >= 0x20 && b < 0x7F ? 1 : 0
        }
        var base = 0
        var baseScalar: Unicode.Scalar? = nil
        var regionalIndicators = 0
        var hasEmojiSelector = false
        for scalar in character.unicodeScalars {
            let v = scalar.value
            if v == 0xFE0F {
                hasEmojiSelector = true
            } else if v >= 0x1F1E6 && v <= 0x1F1FF {
                regionalIndicators += 1
            }
            if base == 0 {
                let w = of(scalar)
                if w > 0 {
                    base = w
                    baseScalar = scalar
                }
            }
        }
        if regionalIndicators >= 2 { return 2 }
        if base == 1 && hasEmojiSelector, let s = baseScalar, s.properties.isEmoji { return 2 }
        return base
    }

    /// The width of a string: the sum of its graphemes' widths.
    public static func of(_ string: String) -> Int {
        // Fast path: printable ASCII is one column per byte, controls none.
        let ascii: Int? = string.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var total = 0
            for b in bytes {
                if b >= 0x80 { return nil }
                if b >= 0x20 && b < 0x7F { total &+= 1 }
            }
            return total
        } ?? nil
        if let ascii { return ascii }
        var total = 0
        for character in string { total += of(character) }
        return total
    }

    /// The width of a substring: the sum of its graphemes' widths.
    public static func of(_ substring: Substring) -> Int {
        var total = 0
        for character in substring { total += of(character) }
        return total
    }
}
