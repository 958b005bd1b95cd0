/// The tokenizer's engine: one forward pass over UTF-8 bytes.
///
/// Each token is scanned by byte positions; its scalar offsets come from counting the
/// non-continuation bytes it spans, so the whole pass is linear. Look-aheads are bounded
/// (a few bytes) or never repeated over the same bytes (URL, e-mail), so nothing is quadratic.
struct TokenScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let count: Int
    /// E-mail look-ahead cache: no e-mail can start before this byte (see `emailEnd`).
    private var noEmailBefore = 0
    /// The next `@` at or after the last e-mail check (`count` if none), and where the run of
    /// local-part characters just before it starts: an e-mail can only start in between.
    private var nextAt = -1
    private var localPartStart = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.count = bytes.count
    }

    // MARK: - Main loop

    /// All tokens of the text, in order.
    mutating func scan() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(count / 6 + 1)
        let bytes = self.bytes
        forEachToken { kind, start, end, scalars in
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            tokens.append(Token(kind: kind, text: text, start: scalars.lowerBound, end: scalars.upperBound))
        }
        return tokens
    }

    /// Each token's kind, byte range and scalar range, in order, without making its text.
    @inline(__always)
    mutating func forEachToken(_ visit: (_ kind: TokenKind, _ start: Int, _ end: Int, _ scalars: Range<Int>) -> Void) {
        var scalar = 0, byte = 0
        let bytes = self.bytes
        forEachToken { kind, start, end in
            let scalarStart = scalar + UTF8Bytes.scalarCount(bytes, from: byte, to: start)
            let scalarEnd = scalarStart + UTF8Bytes.scalarCount(bytes, from: start, to: end)
            visit(kind, start, end, scalarStart..<scalarEnd)
            (scalar, byte) = (scalarEnd, end)
        }
    }

    /// Each token's kind and byte range, in order, without making its text or counting its
    /// scalars: what the search index needs of a text, and what `scan()` is built on.
    @inline(__always)
    mutating func forEachToken(_ visit: (_ kind: TokenKind, _ start: Int, _ end: Int) -> Void) {
        var index = 0
        var previousEnd = -1
        var previousWordLike = false
        while index < count {
            let (value, length) = UTF8Bytes.decode(bytes, at: index)
            let cls = ScalarClass.of(value)
            if cls == .space || cls == .joiner {
                index += length
                continue
            }
            let glued = previousWordLike && previousEnd == index
            var (end, kind) = scanToken(at: index, value: value, length: length, class: cls, glued: glued)
            if end <= index { (end, kind) = (index + length, .symbol) }  // defensive: always advance
            visit(kind, index, end)
            previousEnd = end
            previousWordLike = kind != .punctuation && kind != .symbol
            index = end
        }
    }

    /// Scans the token starting at `index` and returns its end byte and kind.
    private mutating func scanToken(
        at index: Int, value: UInt32, length: Int, class cls: ScalarClass, glued: Bool
    ) -> (Int, TokenKind) {
        let byte = bytes[index]
        if byte == UInt8(ascii: "h") || byte == UInt8(ascii: "H") || byte == UInt8(ascii: "w") || byte == UInt8(ascii: "W"),
           let end = urlEnd(at: index) {
            return (end, .url)
        }
        if byte < 0x80 && (cls == .letter || cls == .digit), index >= noEmailBefore, emailCanStart(at: index),
           let end = emailEnd(at: index) {
            return (end, .url)
        }
        switch cls {
        case .letter, .mark:
            let end = wordEnd(start: index, from: index, lettersOnly: true)
            return (periodExtension(start: index, end: end), .word)
        case .digit:
            return numberToken(at: index, firstLength: length)
        case .punctuation:
            if byte == UInt8(ascii: "-"), let end = encliticEnd(at: index) { return (end, .word) }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") { return (runEnd(of: byte, from: index), .punctuation) }
            return (index + length, .punctuation)
        case .symbol:
            if byte == UInt8(ascii: "#"), !glued, let end = hashtagEnd(at: index) { return (end, .hashtag) }
            if byte == UInt8(ascii: "@"), !glued, let end = mentionEnd(at: index) { return (end, .mention) }
            return (symbolEnd(at: index, value: value, length: length), .symbol)
        case .space, .joiner:
            return (index + length, .symbol)  // not reached: the main loop skips these
        }
    }

    // MARK: - Helpers

    /// The class of the scalar at `index`, or nil at the end of the text.
    @inline(__always)
    private func classAt(_ index: Int) -> ScalarClass? {
        guard index < count else { return nil }
        let byte = bytes[index]
        if byte < 0x80 { return ScalarClass.ascii(byte) }
        return ScalarClass.of(UTF8Bytes.decode(bytes, at: index).value)
    }

    /// Whether the scalar at `index` exists and continues a word.
    @inline(__always)
    private func isWordChar(at index: Int) -> Bool { classAt(index)?.isWordChar ?? false }

    /// The text of `bytes[from..<to]` (used only for short look-ups).
    private func string(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }

    /// Whether `bytes[from..<to]` are all ASCII letters.
    private func allASCIILetters(_ from: Int, _ to: Int) -> Bool {
        var index = from
        while index < to {
            if !UTF8Bytes.isASCIILetter(bytes[index]) { return false }
            index += 1
        }
        return true
    }

    /// The end of a run of the same ASCII byte (`...`, `--`).
    private func runEnd(of byte: UInt8, from index: Int) -> Int {
        var end = index
        while end < count && bytes[end] == byte { end += 1 }
        return end
    }

    // MARK: - Words

    /// The end of a word whose body starts at `from` (the token itself starts at `start`).
    ///
    /// Letters, marks and digits continue the word; ZWNJ/ZWJ/soft hyphen/word joiner continue
    /// it when a word character follows; a hyphen (`-`, U+2010, U+2011) continues it when a
    /// letter or digit follows; an apostrophe (`'`, U+2019) when it sits between letters.
    /// Digits right after a currency code (`Rp`) end the word there.
    private func wordEnd(start: Int, from: Int, lettersOnly startLettersOnly: Bool) -> Int {
        var index = from
        var previousLetter = false
        var lettersOnly = startLettersOnly
        while index < count {
            let (value, length) = UTF8Bytes.decode(bytes, at: index)
            switch ScalarClass.of(value) {
            case .letter, .mark:
                previousLetter = true
                index += length
            case .digit:
                if lettersOnly && previousLetter && index - start <= 3,
                   Abbreviations.currencyPrefixes.contains(string(start, index)) {
                    return index
                }
                lettersOnly = false
                previousLetter = false
                index += length
            case .joiner:
                guard isWordChar(at: index + length) else { return index }
                index += length
            case .punctuation:
                let next = index + length
                if value == 0x2D || value == 0x2010 || value == 0x2011 {
                    guard let cls = classAt(next), cls == .letter || cls == .digit else { return index }
                    lettersOnly = false
                    previousLetter = false
                    index = next
                } else if value == 0x27 || value == 0x2019 {
                    guard previousLetter, classAt(next) == .letter else { return index }
                    index = next
                } else {
                    return index
                }
            case .space, .symbol:
                return index
            }
        }
        return index
    }

    /// Extends a word that is followed by `.` when it is an abbreviation: a dotted sequence
    /// (`a.n.`, `U.S.`, `M.Si.`), a listed abbreviation (`dll.`, `Dr.`), or a single capital
    /// initial followed by a space and a capitalised word (`J. Smith`).
    private func periodExtension(start: Int, end: Int) -> Int {
        guard end < count, bytes[end] == UInt8(ascii: ".") else { return end }
        let length = end - start
        if length <= 3, end + 1 < count, UTF8Bytes.isASCIILetter(bytes[end + 1]), allASCIILetters(start, end) {
            var segmentStart = end + 1
            var segments = 1
            while true {
                var index = segmentStart
                while index < count, index - segmentStart < 4, UTF8Bytes.isASCIILetter(bytes[index]) { index += 1 }
                let segmentLength = index - segmentStart
                guard segmentLength >= 1, segmentLength <= 3, index < count, bytes[index] == UInt8(ascii: ".") else { break }
                segments += 1
                segmentStart = index + 1
            }
            if segments >= 2 { return segmentStart }
        }
        if length <= Abbreviations.maxLength, Abbreviations.all.contains(string(start, end)) { return end + 1 }
        if length == 1, bytes[start] >= 0x41, bytes[start] <= 0x5A, capitalisedWordFollows(end + 1) { return end + 1 }
        return end
    }

    /// Whether horizontal spaces and then an uppercase letter start at `index`.
    private func capitalisedWordFollows(_ index: Int) -> Bool {
        var position = index
        var sawSpace = false
        while position < count {
            let (value, length) = UTF8Bytes.decode(bytes, at: position)
            if value == 0x20 || value == 0x09 || value == 0xA0 || (value >= 0x2000 && value <= 0x200A) || value == 0x202F {
                sawSpace = true
                position += length
                continue
            }
            return sawSpace && ScalarClass.isUppercase(value)
        }
        return false
    }

    /// A hyphen followed by a detached enclitic (`-nya`, `-lah`, `-kah`, `-pun`, `-ku`, `-mu`,
    /// any letter case) that no other word character follows is one word.
    private func encliticEnd(at index: Int) -> Int? {
        var end = index + 1
        while end < count, end - index <= 4, UTF8Bytes.isASCIILetter(bytes[end]) { end += 1 }
        let length = end - index - 1
        guard length >= 2, length <= 3, !isWordChar(at: end) else { return nil }
        return Abbreviations.enclitics.contains(string(index + 1, end).lowercased()) ? end : nil
    }

    // MARK: - Numbers

    /// The end of a run of decimal digits.
    private func digitsEnd(from index: Int) -> Int {
        var end = index
        while end < count {
            let byte = bytes[end]
            if UTF8Bytes.isASCIIDigit(byte) { end += 1; continue }
            if byte < 0x80 { break }
            let (value, length) = UTF8Bytes.decode(bytes, at: end)
            guard ScalarClass.of(value) == .digit else { break }
            end += length
        }
        return end
    }

    /// A token starting with a digit.
    ///
    /// Digit groups joined by `.` `,` `:` `/` `-` followed by a digit form one number
    /// (`1.250.000,50`, `21.47`, `21:47`, `15/1/2025`, `15-01-2025`, `2024-2025`); a trailing
    /// `-an` makes a decade (`1980-an`). A trailing `.` is never part of it. Plain digits
    /// directly followed by letters make a word (`5G`, `3D`, `10km`). A single digit followed
    /// by U+FE0F or U+20E3 is a keycap emoji (symbol).
    private mutating func numberToken(at index: Int, firstLength: Int) -> (Int, TokenKind) {
        var end = digitsEnd(from: index)
        var plain = true
        while end + 1 < count {
            let byte = bytes[end]
            let joins = byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":")
                || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-")
            guard joins, UTF8Bytes.isASCIIDigit(bytes[end + 1]) else { break }
            end = digitsEnd(from: end + 1)
            plain = false
        }
        if end + 2 < count, bytes[end] == UInt8(ascii: "-"), bytes[end + 1] == UInt8(ascii: "a"),
           bytes[end + 2] == UInt8(ascii: "n"), !isWordChar(at: end + 3) {
            return (end + 3, .number)
        }
        guard plain, end < count else { return (end, .number) }
        let (value, length) = UTF8Bytes.decode(bytes, at: end)
        if (value == 0xFE0F || value == 0x20E3) && end == index + firstLength {
            return (symbolEnd(at: index, value: UInt32(bytes[index]), length: firstLength), .symbol)
        }
        if ScalarClass.of(value) == .letter {
            return (wordEnd(start: index, from: end + length, lettersOnly: false), .word)
        }
        return (end, .number)
    }

    // MARK: - URLs, e-mail, hashtags, mentions

    /// Whether `bytes[index...]` starts with the lowercase ASCII `prefix`, ignoring case.
    private func hasPrefix(_ prefix: StaticString, at index: Int) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard index + length <= count else { return false }
        let pointer = prefix.utf8Start
        for offset in 0..<length where bytes[index + offset] | 0x20 != pointer[offset] | 0x20 {
            return false
        }
        return true
    }

    /// The end of a URL starting at `index` with `http://`, `https://` or `www.` (any case).
    ///
    /// The URL runs up to whitespace, an ASCII `"` `<` `>`, or a non-ASCII punctuation or
    /// symbol scalar (`”`, `—`, emoji). Then trailing `.,;:!?'"` and unbalanced `)` `]` are
    /// given back as separate tokens. Nil if nothing is left after the prefix.
    private func urlEnd(at index: Int) -> Int? {
        let prefixLength: Int
        if hasPrefix("https://", at: index) { prefixLength = 8 }
        else if hasPrefix("http://", at: index) { prefixLength = 7 }
        else if hasPrefix("www.", at: index) { prefixLength = 4 }
        else { return nil }
        let bodyStart = index + prefixLength
        var end = bodyStart
        var openParens = 0, closeParens = 0, openBrackets = 0, closeBrackets = 0
        scanning: while end < count {
            let byte = bytes[end]
            if byte < 0x80 {
                switch byte {
                case 0x00...0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"): break scanning
                case UInt8(ascii: "("): openParens += 1
                case UInt8(ascii: ")"): closeParens += 1
                case UInt8(ascii: "["): openBrackets += 1
                case UInt8(ascii: "]"): closeBrackets += 1
                default: break
                }
                end += 1
            } else {
                let (value, length) = UTF8Bytes.decode(bytes, at: end)
                guard ScalarClass.of(value).isWordChar else { break scanning }
                end += length
            }
        }
        stripping: while end > bodyStart {
            switch bytes[end - 1] {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
                 UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                end -= 1
            case UInt8(ascii: ")") where closeParens > openParens:
                closeParens -= 1
                end -= 1
            case UInt8(ascii: "]") where closeBrackets > openBrackets:
                closeBrackets -= 1
                end -= 1
            default:
                break stripping
            }
        }
        return end > bodyStart ? end : nil
    }

    /// Whether an e-mail could start at `index`: only inside the run of local-part characters
    /// that ends at the next `@` (any other start stops before reaching an `@`).
    private mutating func emailCanStart(at index: Int) -> Bool {
        if index > nextAt {
            var at = index
            while at < count, bytes[at] != UInt8(ascii: "@") { at += 1 }
            nextAt = at
            var start = at
            while start > 0, Self.isLocalPartByte(bytes[start - 1]) { start -= 1 }
            localPartStart = start
        }
        return nextAt < count && index >= localPartStart
    }

    @inline(__always)
    private static func isLocalPartByte(_ byte: UInt8) -> Bool {
        UTF8Bytes.isASCIILetter(byte) || UTF8Bytes.isASCIIDigit(byte) || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    /// The end of an e-mail address starting at `index`: `[A-Za-z0-9._%+-]+` not ending in
    /// `.`, then `@`, then two or more `[A-Za-z0-9-]+` labels joined by `.`.
    ///
    /// A failed attempt records where its local part ended: every later start before that
    /// point would reach the same `@` (or none) and fail the same way, so it is not retried.
    private mutating func emailEnd(at index: Int) -> Int? {
        var at = index
        while at < count {
            let byte = bytes[at]
            guard UTF8Bytes.isASCIILetter(byte) || UTF8Bytes.isASCIIDigit(byte) || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "-") else { break }
            at += 1
        }
        guard at < count, bytes[at] == UInt8(ascii: "@"), bytes[at - 1] != UInt8(ascii: ".") else {
            noEmailBefore = at
            return nil
        }
        var labelStart = at + 1
        var labels = 0
        var end = at
        while true {
            var labelEnd = labelStart
            while labelEnd < count {
                let byte = bytes[labelEnd]
                guard UTF8Bytes.isASCIILetter(byte) || UTF8Bytes.isASCIIDigit(byte) || byte == UInt8(ascii: "-") else { break }
                labelEnd += 1
            }
            guard labelEnd > labelStart else { break }
            labels += 1
            end = labelEnd
            guard labelEnd + 1 < count, bytes[labelEnd] == UInt8(ascii: ".") else { break }
            labelStart = labelEnd + 1
        }
        guard labels >= 2 else {
            noEmailBefore = at
            return nil
        }
        return end
    }

    /// The end of a hashtag: `#` then a letter, digit or `_`, then letters, marks, digits, `_`.
    private func hashtagEnd(at index: Int) -> Int? {
        var end = index + 1
        var first = true
        while end < count {
            let (value, length) = UTF8Bytes.decode(bytes, at: end)
            let cls = ScalarClass.of(value)
            let ok = value == 0x5F || cls == .letter || cls == .digit || (!first && cls == .mark)
            guard ok else { break }
            first = false
            end += length
        }
        return end > index + 1 ? end : nil
    }

    /// The end of a mention: `@` then an ASCII letter, digit or `_`, then those or `.`,
    /// not ending with `.`.
    private func mentionEnd(at index: Int) -> Int? {
        var end = index + 1
        while end < count {
            let byte = bytes[end]
            guard UTF8Bytes.isASCIILetter(byte) || UTF8Bytes.isASCIIDigit(byte) || byte == UInt8(ascii: "_")
                || (byte == UInt8(ascii: ".") && end > index + 1) else { break }
            end += 1
        }
        while end > index + 1 && bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        return end > index + 1 ? end : nil
    }

    // MARK: - Symbols

    /// The end of a symbol token: one scalar, extended over what belongs to the same emoji:
    /// variation selectors, skin-tone modifiers, combining marks (keycap U+20E3), tag
    /// characters, ZWJ + another symbol, and the second of a regional-indicator pair.
    private func symbolEnd(at index: Int, value first: UInt32, length firstLength: Int) -> Int {
        var end = index + firstLength
        var pendingIndicator = (0x1F1E6...0x1F1FF).contains(first)
        while end < count {
            let (value, length) = UTF8Bytes.decode(bytes, at: end)
            if value == 0xFE0F || value == 0xFE0E || (0x1F3FB...0x1F3FF).contains(value)
                || (0xE0020...0xE007F).contains(value) || ScalarClass.of(value) == .mark {
                end += length
                continue
            }
            if value == 0x200D, end + length < count {
                let (next, nextLength) = UTF8Bytes.decode(bytes, at: end + length)
                guard ScalarClass.of(next) == .symbol else { break }
                end += length + nextLength
                continue
            }
            if pendingIndicator, (0x1F1E6...0x1F1FF).contains(value) {
                pendingIndicator = false
                end += length
                continue
            }
            break
        }
        return end
    }
}
