/// Splits a tokenised text into sentences.
///
/// A sentence ends:
/// - at a newline (LF, CR, VT, FF, NEL, U+2028, U+2029) between two tokens, always;
/// - after `.` `!` `?` `…` (or a run such as `...`, `?!`, `!!`), together with any closing
///   quotes/brackets glued to them (`”` `’` `"` `'` `)` `]` `}` `»` `›`), when whitespace follows
///   and then an uppercase letter, a digit or an opening quote/bracket
///   (`“` `‘` `"` `'` `(` `[` `{` `«` `„` `‹`), or when the text ends there;
/// - after the full-width `。` `！` `？`, whatever follows.
///
/// Abbreviations keep their period inside the word token and decimals are one number token,
/// so neither can end a sentence. Sentences are the token ranges between boundaries, so
/// their offsets are trimmed of whitespace and no sentence is empty.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// The sentences of `text`, whose tokens (from `Tokenizer`) are `tokens`.
    public func split(_ text: String, tokens: [Token]) -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        let newlines = Self.newlineOffsets(in: text)
        var nextNewline = 0
        return split(tokens: tokens) { at in
            while nextNewline < newlines.count && newlines[nextNewline] < tokens[at].end { nextNewline += 1 }
            return nextNewline < newlines.count && newlines[nextNewline] < tokens[at + 1].start
        }
    }

    /// The sentences of a text whose tokens are `tokens`, told by `newlineAfter(at)` whether
    /// a newline lies in the gap between token `at` and the next (asked in increasing order).
    func split<T: SentenceToken>(tokens: [T], newlineAfter gap: (Int) -> Bool) -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        var sentences: [Sentence] = []
        var first = 0
        var index = 0
        let lastIndex = tokens.count - 1

        /// Whether a newline lies in the gap after token `at`.
        func newlineAfter(_ at: Int) -> Bool {
            guard at < lastIndex else { return false }
            return gap(at)
        }

        while index <= lastIndex {
            var last = index
            var boundary = false
            if let terminal = Self.terminal(tokens[index]) {
                var group = index
                while group < lastIndex, tokens[group + 1].start == tokens[group].end,
                      Self.terminal(tokens[group + 1]) != nil || Self.isCloser(tokens[group + 1]) {
                    group += 1
                }
                if terminal == .fullWidth || group == lastIndex {
                    boundary = true
                } else if tokens[group + 1].start > tokens[group].end, Self.startsSentence(tokens[group + 1]) {
                    boundary = true
                }
                if boundary { last = group }
            }
            if boundary || newlineAfter(last) {
                sentences.append(Sentence(start: tokens[first].start, end: tokens[last].end, tokens: first..<(last + 1)))
                first = last + 1
            }
            index = last + 1
        }
        if first <= lastIndex {
            sentences.append(Sentence(start: tokens[first].start, end: tokens[lastIndex].end, tokens: first..<tokens.count))
        }
        return sentences
    }

    /// The sentences of `text`, tokenising it with `Tokenizer`.
    public func split(_ text: String) -> [Sentence] {
        split(text, tokens: Tokenizer().tokenize(text))
    }

    // MARK: - Token tests

    /// The kind of sentence-ending punctuation.
    enum Terminal { case spaced, fullWidth }

    /// Whether the token is sentence-ending punctuation, and which kind.
    static func terminal<T: SentenceToken>(_ token: T) -> Terminal? {
        guard token.kind == .punctuation, let first = token.firstScalar else { return nil }
        switch first {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049: return .spaced  // . ! ? … ‼ ⁇ ⁈ ⁉
        case 0x3002, 0xFF01, 0xFF1F: return .fullWidth  // 。 ！ ？
        default: return nil
        }
    }

    /// Whether the token is a closing quote or bracket that belongs to the sentence before it.
    static func isCloser<T: SentenceToken>(_ token: T) -> Bool {
        guard token.kind == .punctuation, let first = token.firstScalar else { return false }
        switch first {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A, 0x300D, 0x300F: return true
        default: return false
        }
    }

    /// Whether a token can begin a new sentence after sentence-ending punctuation: it starts
    /// with an uppercase letter, a digit, or an opening quote/bracket.
    static func startsSentence<T: SentenceToken>(_ token: T) -> Bool {
        guard let first = token.firstScalar else { return false }
        switch first {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0x2018, 0x201C, 0x201E, 0x2039, 0x300C, 0x300E: return true
        default: break
        }
        let cls = ScalarClass.of(first)
        return cls == .digit || ScalarClass.isUppercase(first)
    }

    /// Whether `bytes` (the UTF-8 of the white space between two tokens) hold a line-breaking scalar.
    static func hasNewline(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        (0..<bytes.count).contains { isLineBreak(bytes, at: $0) }
    }

    /// Whether a line-breaking scalar starts at byte `index`: LF, VT, FF, CR, NEL, U+2028 or U+2029.
    @inline(__always)
    static func isLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case 0x0A, 0x0B, 0x0C, 0x0D:
            return true
        case 0xC2:  // NEL
            return index + 1 < bytes.count && bytes[index + 1] == 0x85
        case 0xE2:  // U+2028, U+2029
            return index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
        default:
            return false
        }
    }

    /// The scalar offsets of every line-breaking scalar in `text`, in order.
    static func newlineOffsets(in text: String) -> [Int] {
        UTF8Bytes.withBytes(of: text) { bytes in
            var offsets: [Int] = []
            var scalar = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if isLineBreak(bytes, at: index) { offsets.append(scalar) }
                if !UTF8Bytes.isContinuation(byte) { scalar += 1 }
                index += 1
            }
            return offsets
        }
    }
}
