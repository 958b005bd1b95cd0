import KabarCore
import KabarTUI

/// Lays out ranges of one field's text (title or body) into an `ArticleDocument`, wrapping
/// them and recording where each word lands.
struct FieldLayout {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let field: TextField
    /// The next token that has not been placed yet (ranges are placed in order).
    private var nextToken = 0

    init(text: String, tokens: [Token], field: TextField) {
        // Unsafe characters become placeholders one for one: offsets stay, widths match the screen.
        self.scalars = TerminalSafeText.oneLine(Array(text.unicodeScalars))
        self.tokens = tokens.filter { ArticleDocument.cursorKinds.contains($0.kind) }
        self.field = field
    }

    mutating func place(range: Range<Int>, style: Style,
                        prefix: (first: String, rest: String) = ("", ""), prefixStyle: Style = .plain,
                        into document: inout ArticleDocument) {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        let prefixWidth = max(DisplayWidth.of(prefix.first), DisplayWidth.of(prefix.rest))
        let text = scalars.string(lower..<upper)
        let wrapped = TextWrap.wrap(text, width: max(1, document.width - prefixWidth))
        // Tokens that start before this range (never expected) are skipped.
        while nextToken < tokens.count && tokens[nextToken].start < lower { nextToken += 1 }
        for (index, piece) in wrapped.enumerated() {
            let start = lower + piece.start, end = lower + piece.end
            let lineNumber = document.lines.count
            let firstWord = document.words.count
            var column = prefixWidth
            var cursor = start
            while nextToken < tokens.count && tokens[nextToken].start < end {
                let token = tokens[nextToken]
                if token.start >= start {
                    column += DisplayWidth.of(scalars.string(cursor..<token.start))
                    cursor = token.start
                    let visibleEnd = min(token.end, end)
                    document.appendWord(DocumentWord(
                        text: token.text, field: field, start: token.start, end: token.end,
                        line: lineNumber, column: column, width: max(1, DisplayWidth.of(scalars.string(token.start..<visibleEnd)))
                    ))
                }
                nextToken += 1
            }
            let lead = index == 0 ? prefix.first : prefix.rest
            var spans: [Span] = []
            if !lead.isEmpty { spans.append(Span(lead, style: prefixStyle)) }
            spans.append(Span(scalars.string(start..<end), style: style))
            document.append(StyledLine(spans), firstWord: firstWord, wordCount: document.words.count - firstWord)
        }
    }
}
