import Testing
import KabarTUI

private func buffer(_ width: Int, _ height: Int, _ rows: [String]) -> Buffer {
    var buffer = Buffer(width: width, height: height)
    for (y, row) in rows.enumerated() { buffer.setString(x: 0, y: y, row, style: .plain) }
    return buffer
}

@Suite("Buffer.diff")
struct BufferDiffTests {
    @Test("identical buffers have no changes")
    func identical() {
        let a = buffer(5, 2, ["halo", "中文"])
        #expect(a.diff(from: a).isEmpty)
    }

    @Test("one changed cell gives one change")
    func oneCell() {
        let a = buffer(5, 2, ["halo", "dunia"])
        var b = a
        b.setString(x: 2, y: 1, "N", style: .plain)
        #expect(b.diff(from: a) == [CellChange(x: 2, y: 1, cell: Cell(symbol: "N"))])
    }

    @Test("a style change is a change")
    func styleChange() {
        let a = buffer(3, 1, ["abc"])
        var b = a
        b.patchStyle(Rect(x: 1, y: 0, width: 1, height: 1), with: Style(modifiers: .bold))
        #expect(b.diff(from: a) == [CellChange(x: 1, y: 0, cell: Cell(symbol: "b", style: Style(modifiers: .bold)))])
    }

    @Test("a different size gives every cell, row-major")
    func sizeChange() {
        let a = buffer(3, 1, ["abc"])
        let b = buffer(2, 2, ["xy"])
        let changes = b.diff(from: a)
        #expect(changes.count == 4)
        #expect(changes.map { [$0.x, $0.y] } == [[0, 0], [1, 0], [0, 1], [1, 1]])
        #expect(changes.map(\.cell.symbol) == ["x", "y", " ", " "])
    }

    @Test("a changed wide grapheme comes with its continuation cell")
    func wideChanged() {
        let a = buffer(4, 1, ["中"])
        let b = buffer(4, 1, ["文"])
        #expect(b.diff(from: a) == [
            CellChange(x: 0, y: 0, cell: Cell(symbol: "文")),
            CellChange(x: 1, y: 0, cell: Cell(symbol: "")),
        ])
    }

    @Test("a wide grapheme replaced by narrow ones redraws both cells")
    func wideToNarrow() {
        let a = buffer(4, 1, ["中"])
        let b = buffer(4, 1, ["ab"])
        #expect(b.diff(from: a) == [
            CellChange(x: 0, y: 0, cell: Cell(symbol: "a")),
            CellChange(x: 1, y: 0, cell: Cell(symbol: "b")),
        ])
        // Only the left half replaced: the right half becomes a blank that must be drawn too.
        let c = buffer(4, 1, ["a"])
        #expect(c.diff(from: a) == [
            CellChange(x: 0, y: 0, cell: Cell(symbol: "a")),
            CellChange(x: 1, y: 0, cell: Cell(symbol: " ")),
        ])
    }
}
