/// One line of text made of styled spans, drawn left to right (see `Buffer.setLine`).
public struct StyledLine: Hashable, Sendable {
    public var spans: [Span]

    public init(_ spans: [Span] = []) {
        self.spans = spans
    }

    /// A line of one span.
    public init(_ text: String, style: Style = .plain) {
        spans = [Span(text, style: style)]
    }

    /// The line's display width in columns.
    public var width: Int {
        var total = 0
        for span in spans { total += DisplayWidth.of(span.text) }
        return total
    }

    /// All the spans' text, without styles.
    public var plainText: String {
        var text = ""
        for span in spans { text += span.text }
        return text
    }

    /// The line cut to at most `width` columns: unchanged when it fits, otherwise as many whole
    /// graphemes as fit in `width - 1` columns followed by `ellipsis` (in the style of the span
    /// that was cut). A wide grapheme that would straddle the cut is dropped.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> StyledLine {
        guard width > 0 else { return StyledLine() }
        if self.width <= width { return self }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let room = width - ellipsisWidth
        guard room >= 0 else { return StyledLine() }
        var result: [Span] = []
        var used = 0
        for span in spans {
            var kept = ""
            var cut = false
            for character in span.text {
                let w = DisplayWidth.of(character)
                if used + w > room {
                    cut = true
                    break
                }
                kept.append(character)
                used += w
            }
            if cut {
                result.append(Span(kept + ellipsis, style: span.style))
                return StyledLine(result)
            }
            result.append(Span(kept, style: span.style))
        }
        // Unreachable while `self.width > width`; kept for safety.
        return StyledLine(result)
    }
}
