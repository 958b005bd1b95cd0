import Testing
import KabarTUI

/// The symbols of row `y`, continuation cells included as "".
private func symbols(_ buffer: Buffer, row y: Int) -> [String] {
    (0..<buffer.width).map { buffer[$0, y].symbol }
}

@Suite("Buffer")
struct BufferTests {
    @Test("a new buffer is blank; negative sizes become empty")
    func initialisation() {
        let buffer = Buffer(width: 3, height: 2)
        #expect(buffer.cells.count == 6)
        #expect(buffer.cells.allSatisfy { $0 == .blank })
        #expect(buffer.area == Rect(x: 0, y: 0, width: 3, height: 2))
        let empty = Buffer(width: -4, height: 2)
        #expect(empty.width == 0)
        #expect(empty.cells.isEmpty)
    }

    @Test("subscript outside the buffer reads blank and ignores writes")
    func subscriptBounds() {
        var buffer = Buffer(width: 2, height: 2)
        buffer[1, 1] = Cell(symbol: "x")
        #expect(buffer[1, 1].symbol == "x")
        #expect(buffer.cells[3].symbol == "x")
        let before = buffer
        buffer[2, 0] = Cell(symbol: "y")
        buffer[-1, 0] = Cell(symbol: "y")
        buffer[0, 5] = Cell(symbol: "y")
        #expect(buffer == before)
        #expect(buffer[9, 9] == .blank)
    }

    @Test("ASCII, clipped at the right edge and to maxWidth", arguments: [
        // (x, text, maxWidth, written, row)
        (0, "halo", nil, 4, "halo  "),
        (3, "abcd", nil, 3, "   abc"),
        (0, "abcdef", 3, 3, "abc   "),
        (2, "abcdef", 10, 4, "  abcd"),
        (-2, "abcd", nil, 2, "cd    "),
        (-5, "abc", nil, 0, "      "),
        (-5, "abc中", nil, 0, "      "),
        (6, "abc", nil, 0, "      "),
        (0, "abc", 0, 0, "      "),
    ] as [(Int, String, Int?, Int, String)])
    func ascii(_ x: Int, _ text: String, _ maxWidth: Int?, _ written: Int, _ row: String) {
        var buffer = Buffer(width: 6, height: 1)
        #expect(buffer.setString(x: x, y: 0, text, style: .plain, maxWidth: maxWidth) == written)
        #expect(buffer.rowText(0) == row)
    }

    @Test("rows outside the buffer write nothing")
    func rowsOutside() {
        var buffer = Buffer(width: 4, height: 2)
        #expect(buffer.setString(x: 0, y: -1, "ab", style: .plain) == 0)
        #expect(buffer.setString(x: 0, y: 2, "ab", style: .plain) == 0)
        #expect(buffer == Buffer(width: 4, height: 2))
    }

    @Test("the style is stored on every written cell")
    func style() {
        var buffer = Buffer(width: 4, height: 1)
        let bold = Style(fg: .red, modifiers: .bold)
        buffer.setString(x: 1, y: 0, "a中", style: bold)
        #expect(buffer[0, 0].style == .plain)
        #expect(buffer[1, 0].style == bold)
        #expect(buffer[2, 0].style == bold)
        #expect(buffer[3, 0].style == bold)
    }

    @Test("wide graphemes take two cells")
    func wide() {
        var buffer = Buffer(width: 6, height: 1)
        #expect(buffer.setString(x: 0, y: 0, "a中b", style: .plain) == 4)
        #expect(symbols(buffer, row: 0) == ["a", "中", "", "b", " ", " "])
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer.rowText(0) == "a中b  ")
        #expect(buffer.lines == ["a中b"])
    }

    @Test("a wide grapheme that does not fit becomes a space", arguments: [
        // (width, x, text, maxWidth, written, symbols)
        (4, 0, "abc中", nil, 4, ["a", "b", "c", " "]),
        (4, 3, "😀", nil, 1, [" ", " ", " ", " "]),
        (5, 0, "ab中x", 3, 3, ["a", "b", " ", " ", " "]),
        (5, 0, "中文字", nil, 5, ["中", "", "文", "", " "]),
        (4, -1, "中a", nil, 2, [" ", "a", " ", " "]),
    ] as [(Int, Int, String, Int?, Int, [String])])
    func wideAtEdge(_ width: Int, _ x: Int, _ text: String, _ maxWidth: Int?, _ written: Int, _ expected: [String]) {
        var buffer = Buffer(width: width, height: 1)
        #expect(buffer.setString(x: x, y: 0, text, style: .plain, maxWidth: maxWidth) == written)
        #expect(symbols(buffer, row: 0) == expected)
    }

    @Test("a space written into the last column keeps the cell after the limit untouched")
    func wideAtMaxWidthLeavesRest() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.setString(x: 0, y: 0, "vwxyz", style: .plain)
        buffer.setString(x: 0, y: 0, "a中", style: .plain, maxWidth: 2)
        #expect(symbols(buffer, row: 0) == ["a", " ", "x", "y", "z"])
    }

    @Test("overwriting half of a wide grapheme blanks the other half", arguments: [
        // (x, text, symbols after writing over "中文" at 0)
        (1, "x", [" ", "x", "文", "", " ", " "]),
        (2, "y", ["中", "", "y", " ", " ", " "]),
        (0, "z", ["z", " ", "文", "", " ", " "]),
        (1, "字", [" ", "字", "", " ", " ", " "]),
        (3, "字", ["中", "", " ", "字", "", " "]),
        (1, "ab", [" ", "a", "b", " ", " ", " "]),
    ] as [(Int, String, [String])])
    func overwriteHalves(_ x: Int, _ text: String, _ expected: [String]) {
        var buffer = Buffer(width: 6, height: 1)
        buffer.setString(x: 0, y: 0, "中文", style: .plain)
        buffer.setString(x: x, y: 0, text, style: .plain)
        #expect(symbols(buffer, row: 0) == expected)
    }

    @Test("combining marks stay with their letter; lone zero-width graphemes join the previous cell")
    func combining() {
        var buffer = Buffer(width: 6, height: 1)
        #expect(buffer.setString(x: 0, y: 0, "cafe\u{301}!", style: .plain) == 5)
        #expect(buffer[3, 0].symbol == "e\u{301}")
        #expect(buffer[4, 0].symbol == "!")

        var joined = Buffer(width: 4, height: 1)
        joined.setString(x: 0, y: 0, "a", style: .plain)
        #expect(joined.setString(x: 1, y: 0, "\u{301}b", style: .plain) == 1)
        #expect(joined[0, 0].symbol == "a\u{301}")
        #expect(joined[1, 0].symbol == "b")

        var afterWide = Buffer(width: 4, height: 1)
        afterWide.setString(x: 0, y: 0, "中", style: .plain)
        afterWide.setString(x: 2, y: 0, "\u{200D}", style: .plain)
        #expect(afterWide[0, 0].symbol == "中\u{200D}")
        #expect(afterWide[1, 0].isContinuation)

        var atStart = Buffer(width: 2, height: 1)
        #expect(atStart.setString(x: 0, y: 0, "\u{301}", style: .plain) == 0)
        #expect(atStart == Buffer(width: 2, height: 1))
    }

    @Test("control characters are drawn as U+FFFD", arguments: [
        ("a\tb", ["a", "\u{FFFD}", "b", " ", " ", " ", " ", " "]),
        ("\u{1B}[31m", ["\u{FFFD}", "[", "3", "1", "m", " ", " ", " "]),
        ("x\r\ny", ["x", "\u{FFFD}", "y", " ", " ", " ", " ", " "]),
        ("\u{9B}é\u{7F}", ["\u{FFFD}", "é", "\u{FFFD}", " ", " ", " ", " ", " "]),
        ("\u{0}\u{0}", ["\u{FFFD}", "\u{FFFD}", " ", " ", " ", " ", " ", " "]),
    ] as [(String, [String])])
    func controls(_ text: String, _ expected: [String]) {
        var buffer = Buffer(width: 8, height: 1)
        buffer.setString(x: 0, y: 0, text, style: .plain)
        #expect(symbols(buffer, row: 0) == expected)
        let raw = buffer.cells.contains { cell in
            cell.symbol.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }
        }
        #expect(!raw)
    }

    @Test("setLine writes spans one after another, clipped")
    func setLine() {
        var buffer = Buffer(width: 8, height: 1)
        let red = Style(fg: .red)
        let line = StyledLine([Span("ab"), Span("中d", style: red), Span("efgh")])
        #expect(buffer.setLine(x: 1, y: 0, line, style: Style(bg: .blue), maxWidth: 6) == 6)
        #expect(buffer.rowText(0) == " ab中de ")
        #expect(buffer[1, 0].style == Style(bg: .blue))
        #expect(buffer[3, 0].style == Style(fg: .red, bg: .blue))
        #expect(buffer[7, 0] == .blank)
    }

    @Test("fill sets a clipped rectangle and blanks wide graphemes it cuts")
    func fill() {
        var buffer = Buffer(width: 6, height: 3)
        buffer.setString(x: 0, y: 1, "中文字", style: .plain)
        buffer.fill(Rect(x: 1, y: 1, width: 2, height: 5), with: Cell(symbol: "-"))
        #expect(buffer.lines == ["", " -- 字", " --"])
        #expect(symbols(buffer, row: 1) == [" ", "-", "-", " ", "字", ""])
    }

    @Test("patchStyle keeps symbols and lays the style over")
    func patchStyle() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.setString(x: 0, y: 0, "abcd", style: Style(fg: .red))
        buffer.patchStyle(Rect(x: 1, y: 0, width: 2, height: 1), with: Style(bg: .blue, modifiers: .bold))
        #expect(buffer.rowText(0) == "abcd")
        #expect(buffer[0, 0].style == Style(fg: .red))
        #expect(buffer[1, 0].style == Style(fg: .red, bg: .blue, modifiers: .bold))
        #expect(buffer[2, 0].style == Style(fg: .red, bg: .blue, modifiers: .bold))
        #expect(buffer[3, 0].style == Style(fg: .red))
    }

    @Test("rowText keeps trailing spaces; lines trims them")
    func text() {
        var buffer = Buffer(width: 5, height: 2)
        buffer.setString(x: 1, y: 0, "ab", style: .plain)
        #expect(buffer.rowText(0) == " ab  ")
        #expect(buffer.rowText(1) == "     ")
        #expect(buffer.rowText(2) == "")
        #expect(buffer.lines == [" ab", ""])
    }
}
