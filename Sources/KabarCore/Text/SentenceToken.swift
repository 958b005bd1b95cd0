/// What `SentenceSplitter` reads of a token: its kind, its scalar range and its first scalar.
protocol SentenceToken {
    var kind: TokenKind { get }
    var start: Int { get }
    var end: Int { get }
    /// The value of the token's first scalar (nil for an empty token).
    var firstScalar: UInt32? { get }
}

extension Token: SentenceToken {
    var firstScalar: UInt32? { text.unicodeScalars.first?.value }
}

extension TokenSpan: SentenceToken {
    var firstScalar: UInt32? { first }
}
