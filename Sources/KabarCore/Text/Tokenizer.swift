/// Splits Indonesian (and any other) text into words, numbers, punctuation, symbols, URLs,
/// hashtags and mentions.
///
/// The text is assumed to be NFC already (see `TextNormalizer.nfc`). Tokenising walks the
/// UTF-8 bytes once, classifies non-ASCII scalars by their Unicode general category, and
/// reports offsets in Unicode scalars. Whitespace, controls and invisible format characters
/// separate tokens and never appear in one. Every non-space scalar belongs to exactly one token.
///
/// Notable choices:
/// - Enclitics stay in their word (`melindunginya`); a detached `-nya`/`-lah`/`-kah`/`-pun`/
///   `-ku`/`-mu` after a space or punctuation is one word including the hyphen.
/// - Abbreviations (`Abbreviations.all`, dotted `a.n.`/`U.S.`, initials `J.` before a
///   capitalised word) keep their period, so it never ends a sentence. A single capital
///   letter ending a sentence before a capitalised word (`kelas A. Lalu`) is read as an initial.
/// - E-mail addresses are `.url` tokens. `@`/`#` glued to a preceding word are symbols.
/// - Digits directly followed by letters make one word (`5G`, `10km`), except in `Rp50.000`.
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `text`, in order, with scalar offsets into `text`.
    public func tokenize(_ text: String) -> [Token] {
        UTF8Bytes.withBytes(of: text) { bytes in
            var scanner = TokenScanner(bytes: bytes)
            return scanner.scan()
        }
    }

    /// The tokens of valid UTF-8 bytes (an FTS5 tokenizer's input), with scalar offsets.
    public func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var scanner = TokenScanner(bytes: bytes)
        return scanner.scan()
    }

    /// Each token's kind and byte range in valid UTF-8 `bytes`, in order: the tokens of
    /// `tokenize(utf8:)` without their texts or scalar offsets, for a hot path that needs
    /// only where they are (the search index).
    public func forEachToken(utf8 bytes: UnsafeBufferPointer<UInt8>, _ visit: (_ kind: TokenKind, _ range: Range<Int>) -> Void) {
        var scanner = TokenScanner(bytes: bytes)
        scanner.forEachToken { kind, start, end in visit(kind, start..<end) }
    }

    /// The byte offsets of each token's start and end in `bytes`, the UTF-8 text the
    /// tokens (with scalar offsets) came from: one walk over the bytes.
    public static func byteRanges(of tokens: [Token], in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let (starts, ends) = byteBounds(of: tokens, in: bytes)
        return zip(starts, ends).map { $0..<$1 }
    }

    /// The same as two arrays: each token's first byte, and the byte just past it.
    static func byteBounds(of tokens: [Token], in bytes: UnsafeBufferPointer<UInt8>) -> (starts: [Int], ends: [Int]) {
        var starts: [Int] = [], ends: [Int] = []
        starts.reserveCapacity(tokens.count)
        ends.reserveCapacity(tokens.count)
        var byte = 0, scalar = 0
        let count = bytes.count
        @inline(__always)
        func advance(to target: Int) {
            // A scalar starts at every byte that is not a continuation byte (10xxxxxx).
            while scalar < target, byte < count {
                byte += 1
                if byte < count, bytes[byte] >= 0x80 {
                    while byte < count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                }
                scalar += 1
            }
        }
        for token in tokens {
            advance(to: token.start)
            starts.append(byte)
            advance(to: token.end)
            ends.append(byte)
        }
        return (starts, ends)
    }

    /// The number of word tokens in `text`.
    public static func wordCount(_ text: String) -> Int {
        Tokenizer().tokenize(text).reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
    }
}
