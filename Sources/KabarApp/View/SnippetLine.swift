import KabarTUI

/// A search snippet as a styled line: the words between « and » in the match style, the
/// guillemets themselves left out.
enum SnippetLine {
    static func line(_ snippet: String, style: Style, match: Style) -> StyledLine {
        var spans: [Span] = []
        var current = ""
        var inside = false
        func flush() {
            if !current.isEmpty { spans.append(Span(current, style: inside ? match : style)) }
            current = ""
        }
        for character in snippet {
            switch character {
            case "«": flush(); inside = true
            case "»": flush(); inside = false
            default: current.append(character)
            }
        }
        flush()
        return StyledLine(spans)
    }

    /// The line cut to `width` columns so that its first match shows: when the match would
    /// fall past the right edge, the start is cut instead (marked "…") to put the match a
    /// third of the way in.
    static func fitted(_ line: StyledLine, width: Int, match: Style) -> StyledLine {
        guard line.width > width, width > 4,
              let first = line.spans.firstIndex(where: { $0.style == match }) else { return line.truncated(toWidth: width) }
        let column = line.spans[..<first].reduce(0) { $0 + $1.width }
        guard column + line.spans[first].width > width - 1 else { return line.truncated(toWidth: width) }
        var drop = column - width / 3 + 1  // one column more for the leading "…"
        var spans: [Span] = []
        for var span in line.spans {
            while drop > 0, let character = span.text.first {
                drop -= DisplayWidth.of(character)
                span.text.removeFirst()
            }
            if !span.text.isEmpty { spans.append(span) }
        }
        spans.insert(Span("…", style: line.spans[0].style), at: 0)
        return StyledLine(spans).truncated(toWidth: width)
    }
}
