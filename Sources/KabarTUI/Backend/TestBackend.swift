/// An in-memory backend for tests: a `screen` buffer that behaves like a terminal, and an
/// event queue the test fills.
///
/// `draw` applies changes the way a terminal does: a wide grapheme covers the next cell too,
/// and writing over one half of a wide grapheme erases its other half. So a test can check that
/// `Terminal`'s diffs really produce the frame on screen. Continuation cells in a change carry
/// no glyph; they only update that cell's style.
public final class TestBackend: Backend {
    /// What the "terminal" shows after the draws so far.
    public private(set) var screen: Buffer
    /// How many times `flush` was called.
    public private(set) var flushCount = 0
    /// How many cells `draw` received in total.
    public private(set) var drawnCellCount = 0
    /// How many times `clear` was called.
    public private(set) var clearCount = 0
    /// How many times `erase` was called.
    public private(set) var eraseCount = 0
    private var events: [InputEvent] = []
    private var nextEvent = 0

    public init(width: Int, height: Int) {
        screen = Buffer(width: width, height: height)
    }

    public var size: (width: Int, height: Int) { (screen.width, screen.height) }

    /// Every row of the screen, trailing spaces trimmed.
    public var lines: [String] { screen.lines }

    /// Changes the size, keeping what was on screen where it still fits (like a terminal that
    /// does not redraw by itself), and queues a `.resize` event.
    public func resize(width: Int, height: Int) {
        var resized = Buffer(width: width, height: height)
        for y in 0..<min(screen.height, resized.height) {
            for x in 0..<min(screen.width, resized.width) {
                resized[x, y] = screen[x, y]
            }
            // A wide grapheme whose right half fell off the new right edge.
            let last = resized.width - 1
            if last >= 0, last + 1 < screen.width, screen[last + 1, y].isContinuation {
                resized[last, y].symbol = " "
            }
        }
        screen = resized
        events.append(.resize(width: resized.width, height: resized.height))
    }

    /// Queues events for `pollEvent`.
    public func enqueue(_ events: [InputEvent]) {
        self.events.append(contentsOf: events)
    }

    public func draw(_ changes: [CellChange]) {
        drawnCellCount += changes.count
        for change in changes {
            let x = change.x, y = change.y
            guard x >= 0, x < screen.width, y >= 0, y < screen.height else { continue }
            let cell = change.cell
            if cell.isContinuation {
                if screen[x, y].isContinuation { screen[x, y].style = cell.style }
                continue
            }
            // Erase the other half of any wide grapheme this write hits.
            if screen[x, y].isContinuation {
                screen[x - 1, y] = Cell(symbol: " ", style: screen[x - 1, y].style)
            }
            let wide = DisplayWidth.of(cell.symbol) >= 2 && x + 1 < screen.width
            let covered = wide ? x + 1 : x
            if covered + 1 < screen.width && screen[covered + 1, y].isContinuation {
                screen[covered + 1, y] = Cell(symbol: " ", style: screen[covered + 1, y].style)
            }
            screen[x, y] = cell
            if wide { screen[x + 1, y] = Cell(symbol: "", style: cell.style) }
        }
    }

    public func clear() {
        clearCount += 1
        screen = Buffer(width: screen.width, height: screen.height)
    }

    /// Blanks the screen like `clear`, but counts as an erase (no clear-screen sent).
    public func erase() {
        eraseCount += 1
        screen = Buffer(width: screen.width, height: screen.height)
    }

    public func flush() {
        flushCount += 1
    }

    /// The next queued event, or nil when the queue is empty (never waits).
    public func pollEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard nextEvent < events.count else { return nil }
        defer {
            nextEvent += 1
            if nextEvent == events.count {
                events.removeAll(keepingCapacity: true)
                nextEvent = 0
            }
        }
        return events[nextEvent]
    }
}
