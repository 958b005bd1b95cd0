/// A token without its text: its kind, its first scalar, and where it is in scalars and in
/// UTF-8 bytes. What a hot path that reads the text's bytes itself (the entity recogniser)
/// needs of `Tokenizer`'s tokens, made without a `String` per token.
struct TokenSpan {
    var kind: TokenKind
    /// The value of the token's first scalar.
    var first: UInt32
    /// Scalar offsets, as `Token.start` and `Token.end`.
    var start: Int
    var end: Int
    /// Byte offsets of the first byte and just past the last.
    var byteStart: Int
    var byteEnd: Int

    /// The tokens of valid UTF-8 `bytes`: `Tokenizer.tokenize(utf8:)`'s, without their texts.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [TokenSpan] {
        var spans: [TokenSpan] = []
        spans.reserveCapacity(bytes.count / 6 + 1)
        var scanner = TokenScanner(bytes: bytes)
        scanner.forEachToken { kind, start, end, scalars in
            spans.append(TokenSpan(kind: kind, first: UTF8Bytes.decode(bytes, at: start).value, start: scalars.lowerBound,
                                   end: scalars.upperBound, byteStart: start, byteEnd: end))
        }
        return spans
    }

    /// The spans of `tokens`, the tokens (with scalar offsets) of the UTF-8 text `bytes`.
    static func spans(of tokens: [Token], in bytes: UnsafeBufferPointer<UInt8>) -> [TokenSpan] {
        let (starts, ends) = Tokenizer.byteBounds(of: tokens, in: bytes)
        return tokens.indices.map { i in
            let first = tokens[i].text.unicodeScalars.first?.value ?? 0
            return TokenSpan(kind: tokens[i].kind, first: first, start: tokens[i].start, end: tokens[i].end,
                             byteStart: starts[i], byteEnd: ends[i])
        }
    }

    /// The span placed `bytes` bytes and `scalars` scalars further on (a field after another).
    func moved(bytes: Int, scalars: Int) -> TokenSpan {
        TokenSpan(kind: kind, first: first, start: start + scalars, end: end + scalars,
                  byteStart: byteStart + bytes, byteEnd: byteEnd + bytes)
    }
}
