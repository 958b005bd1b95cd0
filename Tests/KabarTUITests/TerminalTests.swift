import Testing
import KabarTUI

private func frame(_ width: Int, _ height: Int, _ rows: [String]) -> Buffer {
    var buffer = Buffer(width: width, height: height)
    for (y, row) in rows.enumerated() { buffer.setString(x: 0, y: y, row, style: .plain) }
    return buffer
}

@Suite("TestBackend and Terminal")
struct TerminalTests {
    @Test("the first frame clears and draws only the cells that are not blank")
    func firstFrame() {
        let backend = TestBackend(width: 10, height: 3)
        let terminal = Terminal(backend: backend)
        terminal.draw(frame(10, 3, ["halo", "", "  ok"]))
        #expect(backend.clearCount == 1)
        #expect(backend.flushCount == 1)
        #expect(backend.drawnCellCount == 6)
        #expect(backend.lines == ["halo", "", "  ok"])
        #expect(backend.size == (10, 3))
    }

    @Test("an identical second frame draws nothing; one changed cell draws one")
    func diffing() {
        let backend = TestBackend(width: 10, height: 3)
        let terminal = Terminal(backend: backend)
        let first = frame(10, 3, ["halo", "dunia"])
        terminal.draw(first)
        let afterFirst = backend.drawnCellCount
        terminal.draw(first)
        #expect(backend.drawnCellCount == afterFirst)
        #expect(backend.flushCount == 2)
        var second = first
        second.setString(x: 0, y: 1, "D", style: .plain)
        terminal.draw(second)
        #expect(backend.drawnCellCount == afterFirst + 1)
        #expect(backend.lines == ["halo", "Dunia", ""])
        #expect(backend.clearCount == 1)
    }

    @Test("a resize queues an event and repaints every cell without clearing the screen")
    func resize() {
        let backend = TestBackend(width: 6, height: 2)
        let terminal = Terminal(backend: backend)
        terminal.draw(frame(6, 2, ["abcdef", "ghijkl"]))
        backend.resize(width: 4, height: 3)
        #expect(backend.pollEvent(timeoutMilliseconds: 0) == .resize(width: 4, height: 3))
        #expect(backend.pollEvent(timeoutMilliseconds: 0) == nil)
        // The terminal still shows stale text until the next frame.
        #expect(backend.lines == ["abcd", "ghij", ""])
        let drawnBefore = backend.drawnCellCount
        terminal.draw(frame(4, 3, ["", "xy"]))
        // Only the first frame cleared; the resize erased (no clear-screen, no flicker).
        #expect(backend.clearCount == 1)
        #expect(backend.eraseCount == 1)
        #expect(backend.lines == ["", "xy", ""])
        #expect(backend.drawnCellCount == drawnBefore + 2)
    }

    @Test("invalidate forces a clear and a full redraw")
    func invalidate() {
        let backend = TestBackend(width: 5, height: 1)
        let terminal = Terminal(backend: backend)
        let f = frame(5, 1, ["abc"])
        terminal.draw(f)
        terminal.invalidate()
        terminal.draw(f)
        #expect(backend.clearCount == 2)
        #expect(backend.drawnCellCount == 6)
        #expect(backend.lines == ["abc"])
    }

    @Test("events come back in order, then nil")
    func events() {
        let backend = TestBackend(width: 1, height: 1)
        backend.enqueue([.key(.char("j")), .key(.enter)])
        backend.enqueue([.mouse(MouseEvent(action: .scrollDown, x: 0, y: 0))])
        #expect(backend.pollEvent(timeoutMilliseconds: 10) == .key(.char("j")))
        #expect(backend.pollEvent(timeoutMilliseconds: 10) == .key(.enter))
        #expect(backend.pollEvent(timeoutMilliseconds: 10) == .mouse(MouseEvent(action: .scrollDown, x: 0, y: 0)))
        #expect(backend.pollEvent(timeoutMilliseconds: 10) == nil)
        backend.enqueue([.key(.escape)])
        #expect(backend.pollEvent(timeoutMilliseconds: 10) == .key(.escape))
    }

    @Test("the test backend erases the other half of a wide grapheme it overwrites")
    func backendWideSemantics() {
        let backend = TestBackend(width: 4, height: 1)
        backend.draw([CellChange(x: 0, y: 0, cell: Cell(symbol: "中"))])
        #expect(backend.screen[1, 0].isContinuation)
        backend.draw([CellChange(x: 1, y: 0, cell: Cell(symbol: "x"))])
        #expect(backend.lines == [" x"])
    }

    @Test("after any sequence of frames the screen equals the last frame", arguments: [1, 2, 3, 4])
    func screenMatchesFrames(seed: UInt64) {
        var rng = SplitMix(state: seed)
        let pieces = ["a", "bc", "中", "文字", "😀", "é", "xyz ", "한국", "🇮🇩", " "]
        let styles = [Style.plain, Style(fg: .red), Style(bg: .blue, modifiers: .bold)]
        let backend = TestBackend(width: 9, height: 3)
        let terminal = Terminal(backend: backend)
        var current = Buffer(width: 9, height: 3)
        for step in 0..<200 {
            if step % 50 == 49 {
                let w = Int.random(in: 3...10, using: &rng), h = Int.random(in: 1...4, using: &rng)
                backend.resize(width: w, height: h)
                current = Buffer(width: w, height: h)
            }
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let text = (0..<Int.random(in: 1...3, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
                current.setString(
                    x: Int.random(in: -1...current.width, using: &rng),
                    y: Int.random(in: 0..<current.height, using: &rng),
                    text, style: styles.randomElement(using: &rng)!)
            }
            if Int.random(in: 0..<4, using: &rng) == 0 {
                current.patchStyle(
                    Rect(x: Int.random(in: 0..<current.width, using: &rng), y: 0, width: Int.random(in: 1...3, using: &rng), height: 2),
                    with: Style(modifiers: .underline))
            }
            if Int.random(in: 0..<8, using: &rng) == 0 {
                Clear().render(in: Rect(x: Int.random(in: 0..<current.width, using: &rng), y: 0, width: 3, height: 3), buffer: &current)
            }
            terminal.draw(current)
            let same = backend.screen == current
            #expect(same, "step \(step): screen \(backend.lines) but frame \(current.lines)")
            if !same { return }
        }
    }
}
