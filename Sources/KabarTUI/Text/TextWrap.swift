/// One visual line of wrapped text: the Unicode-scalar offsets `[start, end)` of its text in the
/// source string. Break spaces at the end of a soft-wrapped line and the newline itself are not
/// included.
public struct WrappedLine: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// Greedy word wrapping by display width.
///
/// - Lines break at spaces (U+0020); the spaces where a line breaks belong to no line.
/// - A word wider than the line is broken by columns, between graphemes; a wide grapheme is
///   never split (on a 1-column line it stands alone and overflows).
/// - `\n`, `\r\n`, `\r`, U+2028 and U+2029 force a break; an empty paragraph gives an empty line,
///   and text ending in a newline ends with an empty line.
/// - Spaces at the start of a paragraph (indentation) are kept like word characters.
/// - The result always has at least one line (`""` gives one empty line).
///
/// Offsets are in Unicode scalars so callers can map token offsets (from `unicodeScalars`) to
/// visual lines. Runs in time linear in the text's length.
public enum TextWrap {
    public static func wrap(_ text: String, width: Int) -> [WrappedLine] {
        var state = WrapState(width: max(1, width))
        // Fast path: ASCII, where a scalar is a byte and a grapheme is a byte (except CR LF).
        let done: Bool = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for b in bytes where b >= 0x80 { return false }
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                switch b {
                case 0x20:
                    state.space(at: i)
                case 0x0A:
                    state.newline(at: i, end: i + 1)
                case 0x0D:
                    if i + 1 < n && bytes[i + 1] == 0x0A {
                        state.newline(at: i, end: i + 2)
                        i += 1
                    } else {
                        state.newline(at: i, end: i + 1)
                    }
                default:
                    state.word(at: i, end: i + 1, width: b > 0x20 && b < 0x7F ? 1 : 0)
                }
                i += 1
            }
            return true
        } ?? false
        if !done {
            var offset = 0
            for character in text {
                let count = character.unicodeScalars.count
                let end = offset + count
                switch character {
                case " ":
                    state.space(at: offset)
                case "\n", "\r\n", "\r", "\u{2028}", "\u{2029}":
                    state.newline(at: offset, end: end)
                default:
                    state.word(at: offset, end: end, width: DisplayWidth.of(character))
                }
                offset = end
            }
        }
        return state.finish()
    }
}

/// The greedy wrapper's state, fed one grapheme at a time.
private struct WrapState {
    let width: Int
    var lines: [WrappedLine] = []
    /// Where the current visual line starts.
    var lineStart = 0
    /// Where its text ends so far (trailing break spaces excluded).
    var contentEnd = 0
    /// Columns used by its text so far (trailing break spaces excluded).
    var lineWidth = 0
    /// Columns of break spaces after the text so far, counted only if a word follows.
    var pendingSpaces = 0
    /// Whether the line has text (a word or indentation) yet.
    var hasContent = false
    /// Whether the line is the first of a paragraph (so leading spaces are indentation).
    var paragraphStart = true
    /// Whether the last grapheme was a break space.
    var afterBreakSpace = false
    /// The last place on this line where it could break: the end of the text before the
    /// spaces, the start of the word after them, and the line's width at that word's start.
    var breakEnd = -1
    var breakStart = -1
    var breakWidth = 0

    init(width: Int) {
        self.width = width
    }

    mutating func space(at offset: Int) {
        if !hasContent && paragraphStart {
            word(at: offset, end: offset + 1, width: 1)  // indentation
            return
        }
        if !hasContent {
            lineStart = offset + 1  // cannot happen after a break, but never start a line with a space
            contentEnd = lineStart
            return
        }
        pendingSpaces += 1
        afterBreakSpace = true
    }

    mutating func word(at offset: Int, end: Int, width w: Int) {
        if afterBreakSpace {
            // A new word: the spaces before it are a break opportunity.
            breakEnd = contentEnd
            breakStart = offset
            lineWidth += pendingSpaces
            breakWidth = lineWidth
            pendingSpaces = 0
            afterBreakSpace = false
        }
        if lineWidth + w <= width || !hasContent {
            append(end: end, width: w)
            return
        }
        if breakStart >= 0 {
            // Break before the current word; the part of it already placed moves down.
            emit(WrappedLine(start: lineStart, end: breakEnd))
            lineStart = breakStart
            lineWidth -= breakWidth
            breakStart = -1
            hasContent = lineStart < offset
            if !hasContent { contentEnd = lineStart }
            if lineWidth + w <= width || !hasContent {
                append(end: end, width: w)
                return
            }
        }
        // The word itself is too long: break it by columns.
        emit(WrappedLine(start: lineStart, end: contentEnd))
        lineStart = offset
        lineWidth = 0
        append(end: end, width: w)
    }

    private mutating func append(end: Int, width w: Int) {
        lineWidth += w
        contentEnd = end
        hasContent = true
    }

    private mutating func emit(_ line: WrappedLine) {
        lines.append(line)
        paragraphStart = false
    }

    mutating func newline(at offset: Int, end: Int) {
        lines.append(WrappedLine(start: lineStart, end: hasContent ? contentEnd : lineStart))
        lineStart = end
        contentEnd = end
        lineWidth = 0
        pendingSpaces = 0
        hasContent = false
        paragraphStart = true
        afterBreakSpace = false
        breakStart = -1
    }

    mutating func finish() -> [WrappedLine] {
        lines.append(WrappedLine(start: lineStart, end: hasContent ? contentEnd : lineStart))
        return lines
    }
}
