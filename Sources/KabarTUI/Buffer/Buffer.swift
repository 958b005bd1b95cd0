import KabarCore

/// A grid of cells: what the screen should show after a frame is drawn.
///
/// Widgets draw into a buffer; `Terminal` diffs it against the previous frame and hands the
/// backend only the changed cells. Cells are stored row-major.
///
/// Wide graphemes keep an invariant that `setString` and `fill` maintain: a wide grapheme's cell
/// is always followed, in the same row, by a continuation cell (`symbol == ""`), and a
/// continuation cell always follows a wide grapheme. The raw subscript setter does not check it.
public struct Buffer: Hashable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    /// All cells, row-major: the cell at (x, y) is `cells[y * width + x]`.
    public private(set) var cells: [Cell]

    /// A buffer filled with `Cell.blank`; negative sizes become 0.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// Makes this buffer blank at the given size, reusing its storage when the size is the
    /// same: the reader renders every frame into a recycled buffer instead of a new one.
    public mutating func reset(width: Int, height: Int) {
        let width = max(0, width), height = max(0, height)
        if width == self.width && height == self.height {
            cells.withUnsafeMutableBufferPointer { $0.update(repeating: .blank) }
        } else {
            self = Buffer(width: width, height: height)
        }
    }

    /// Writes one narrow (one-column) scalar at (x, y), blanking the other half of a wide
    /// grapheme it overwrites; outside the buffer it is ignored. For borders and rules.
    public mutating func put(x: Int, y: Int, _ scalar: Unicode.Scalar, style: Style) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        putNarrow(rowStart: y * width, col: x, cell: Cell(scalar: scalar, style: style))
    }

    /// The whole buffer, at (0, 0).
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at (x, y). Reading outside the buffer gives `.blank`; writing there is ignored.
    /// Writing does not keep wide characters consistent: use `setString` for text.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard x >= 0, x < width, y >= 0, y < height else { return .blank }
            return cells[y * width + x]
        }
        set {
            guard x >= 0, x < width, y >= 0, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    // MARK: - Writing text

    /// The symbol drawn for a control character or another unsafe one (`TerminalSafeText`).
    private static let replacementSymbol = "\u{FFFD}"

    /// Writes a string by graphemes from (x, y), clipped to the buffer and to `maxWidth` columns.
    ///
    /// - Wide graphemes take two cells, the second a continuation cell; one that does not fit in
    ///   the last available column is drawn as a space there instead.
    /// - Zero-width graphemes (a lone combining mark, a ZWJ) are appended to the previous cell's
    ///   symbol, so a string may continue the previous one's last grapheme.
    /// - Control characters, bidi controls and invisible format characters (everything
    ///   `TerminalSafeText` calls unsafe) are drawn as U+FFFD, one column each: they never
    ///   reach a cell, so article text can neither send escape sequences nor hide or reorder
    ///   what is shown.
    /// - Overwriting one half of an existing wide grapheme blanks its other half.
    /// - Columns left of 0 are skipped (a wide grapheme cut by the left edge leaves a space).
    ///
    /// - Returns: the number of columns written.
    @discardableResult
    public mutating func setString(x: Int, y: Int, _ string: String, style: Style, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        var limit = width
        if let maxWidth {
            guard maxWidth > 0 else { return 0 }
            if maxWidth < width - x { limit = x + maxWidth }
        }
        guard limit > 0 else { return 0 }
        let rowStart = y * width
        let first = max(x, 0)

        // Fast path: the whole string is printable ASCII.
        let fastEnd: Int? = string.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for b in bytes where b < 0x20 || b >= 0x7F { return nil }
            var col = x
            var i = 0
            if col < 0 {
                i = min(-col, bytes.count)
                col += i
            }
            while i < bytes.count && col < limit {
                putNarrow(rowStart: rowStart, col: col, cell: Cell(raw: UInt32(bytes[i]), style: style))
                col += 1
                i += 1
            }
            return col
        } ?? nil
        if let fastEnd { return max(0, fastEnd - first) }

        var col = x
        for character in string {
            if col >= limit { break }
            let utf8 = character.utf8
            if utf8.count == 1, let b = utf8.first, b >= 0x20, b < 0x7F {
                if col >= 0 {
                    putNarrow(rowStart: rowStart, col: col, cell: Cell(raw: UInt32(b), style: style))
                }
                col += 1
                continue
            }
            if TerminalSafeText.isUnsafe(character.unicodeScalars.first!) {
                if col >= 0 {
                    putNarrow(rowStart: rowStart, col: col, symbol: Buffer.replacementSymbol, style: style)
                }
                col += 1
                continue
            }
            // Unsafe scalars inside a grapheme (tag characters after a letter: at least two
            // scalars, one of them 4 bytes long) are drawn as placeholders after it.
            if utf8.count > 4 {
                let text = String(character)
                let cleaned = TerminalSafeText.oneLine(text)
                if cleaned != text {
                    for piece in cleaned where col < limit {
                        place(piece, rowStart: rowStart, col: &col, limit: limit, style: style)
                    }
                    continue
                }
            }
            place(character, rowStart: rowStart, col: &col, limit: limit, style: style)
        }
        return max(0, col - first)
    }

    /// Draws one grapheme that is safe to show at `col` and moves `col` past it.
    private mutating func place(_ character: Character, rowStart: Int, col: inout Int, limit: Int, style: Style) {
        switch DisplayWidth.of(character) {
        case 0:
            attach(String(character), rowStart: rowStart, col: col)
        case 1:
            if col >= 0 {
                putNarrow(rowStart: rowStart, col: col, symbol: String(character), style: style)
            }
            col += 1
        default:
            if col + 1 >= limit {
                // Does not fit: a space in the last column instead.
                if col >= 0 { putNarrow(rowStart: rowStart, col: col, symbol: " ", style: style) }
                col += 1
            } else if col == -1 {
                // Left half cut off by the left edge.
                putNarrow(rowStart: rowStart, col: 0, symbol: " ", style: style)
                col += 2
            } else {
                if col >= 0 { putWide(rowStart: rowStart, col: col, symbol: String(character), style: style) }
                col += 2
            }
        }
    }

    /// Writes the spans of a line one after another from (x, y), each in `style` patched with
    /// the span's style, clipped like `setString`. Returns the number of columns written.
    @discardableResult
    public mutating func setLine(x: Int, y: Int, _ line: StyledLine, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        var written = 0
        for span in line.spans {
            var remaining: Int? = nil
            if let maxWidth {
                remaining = maxWidth - written
                if remaining! <= 0 { break }
            }
            written += setString(x: x + written, y: y, span.text, style: style.patched(with: span.style), maxWidth: remaining)
        }
        return written
    }

    /// Writes a one-column symbol at `col`, blanking the other half of a wide grapheme it hits.
    @inline(__always)
    private mutating func putNarrow(rowStart: Int, col: Int, symbol: String, style: Style) {
        putNarrow(rowStart: rowStart, col: col, cell: Cell(symbol: symbol, style: style))
    }

    @inline(__always)
    private mutating func putNarrow(rowStart: Int, col: Int, cell: Cell) {
        let i = rowStart + col
        if col > 0 && cells[i].isContinuation { blankHalf(i - 1) }
        if col + 1 < width && cells[i + 1].isContinuation { blankHalf(i + 1) }
        cells[i] = cell
    }

    /// Writes a two-column symbol at `col` (the caller checked that `col + 1` is in the row).
    @inline(__always)
    private mutating func putWide(rowStart: Int, col: Int, symbol: String, style: Style) {
        let i = rowStart + col
        if col > 0 && cells[i].isContinuation { blankHalf(i - 1) }
        if col + 2 < width && cells[i + 2].isContinuation { blankHalf(i + 2) }
        cells[i] = Cell(symbol: symbol, style: style)
        cells[i + 1] = Cell(symbol: "", style: style)
    }

    /// Turns the cell at `index` into a space, keeping its style.
    @inline(__always)
    private mutating func blankHalf(_ index: Int) {
        cells[index].symbol = " "
    }

    /// Appends a zero-width grapheme to the cell before `col` (the wide grapheme's own cell when
    /// that is a continuation). Dropped when there is no such cell.
    private mutating func attach(_ symbol: String, rowStart: Int, col: Int) {
        var target = col - 1
        guard target >= 0 && target < width else { return }
        if cells[rowStart + target].isContinuation { target -= 1 }
        guard target >= 0 else { return }
        cells[rowStart + target].symbol += symbol
    }

    // MARK: - Areas

    /// Sets every cell of `rect` (clipped to the buffer) to `cell`, which should be one column
    /// wide. Wide graphemes cut by the rectangle's left or right edge lose their other half too.
    public mutating func fill(_ rect: Rect, with cell: Cell) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.bottom {
            let rowStart = y * width
            if r.x > 0 && cells[rowStart + r.x].isContinuation { blankHalf(rowStart + r.x - 1) }
            if r.right < width && cells[rowStart + r.right].isContinuation { blankHalf(rowStart + r.right) }
            for i in (rowStart + r.x)..<(rowStart + r.right) { cells[i] = cell }
        }
    }

    /// Lays `style` over every cell of `rect` (clipped to the buffer), keeping the symbols.
    public mutating func patchStyle(_ rect: Rect, with style: Style) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.bottom {
            let rowStart = y * width
            for i in (rowStart + r.x)..<(rowStart + r.right) {
                cells[i].style = cells[i].style.patched(with: style)
            }
        }
    }

    // MARK: - Reading

    /// The text of row `y`: every cell's symbol, continuation cells skipped, trailing spaces kept.
    /// Empty outside the buffer.
    public func rowText(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var text = ""
        text.reserveCapacity(width)
        let rowStart = y * width
        for i in rowStart..<(rowStart + width) where !cells[i].isContinuation {
            text += cells[i].symbol
        }
        return text
    }

    /// Every row's text with trailing spaces trimmed: handy in tests.
    public var lines: [String] {
        (0..<height).map { y in
            var text = rowText(y)
            while text.utf8.last == 0x20 { text.removeLast() }
            return text
        }
    }

    // MARK: - Diffing

    /// The cells a backend that shows `previous` must draw to show this buffer, row-major.
    ///
    /// When the sizes differ, every cell. Otherwise only changed cells, plus the continuation
    /// cell after a changed wide grapheme (or after a cell that was wide before), so a backend
    /// always sees both halves of a wide grapheme it redraws. Backends draw nothing for a
    /// continuation cell themselves: the wide grapheme before it covers it.
    public func diff(from previous: Buffer) -> [CellChange] {
        var changes: [CellChange] = []
        guard previous.width == width, previous.height == height else {
            changes.reserveCapacity(cells.count)
            for y in 0..<height {
                for x in 0..<width { changes.append(CellChange(x: x, y: y, cell: cells[y * width + x])) }
            }
            return changes
        }
        // Compare through buffer pointers: no per-cell copies, retains or bounds checks.
        cells.withUnsafeBufferPointer { new in
            previous.cells.withUnsafeBufferPointer { old in
                for y in 0..<height {
                    let rowStart = y * width
                    var x = 0
                    while x < width {
                        let i = rowStart + x
                        if new[i] != old[i] {
                            changes.append(CellChange(x: x, y: y, cell: new[i]))
                            if x + 1 < width && (new[i + 1].isContinuation || old[i + 1].isContinuation) {
                                changes.append(CellChange(x: x + 1, y: y, cell: new[i + 1]))
                                x += 2
                                continue
                            }
                        }
                        x += 1
                    }
                }
            }
        }
        return changes
    }
}
