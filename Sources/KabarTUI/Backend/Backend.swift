/// A place that shows cells and produces input: the real terminal or the in-memory test backend.
///
/// Backends only flush; widgets never talk to them. `Terminal` diffs frames and hands a
/// backend just the cells that changed.
public protocol Backend: AnyObject {
    /// The current screen size in cells.
    var size: (width: Int, height: Int) { get }
    /// Writes the given cells (not yet visible until `flush`).
    func draw(_ changes: [CellChange])
    /// Clears the whole screen and repaints it from scratch on the next flush (a forced
    /// redraw: Ctrl-L, resuming after Ctrl-Z).
    func clear()
    /// Blanks what will be drawn next without clearing the physical screen first, so the
    /// next flush changes only the cells that differ (after a resize: no flicker).
    func erase()
    /// Makes everything drawn so far visible.
    func flush()
    /// Waits up to `timeoutMilliseconds` (negative: forever) for the next event; nil on time-out.
    func pollEvent(timeoutMilliseconds: Int) -> InputEvent?
}

extension Backend {
    /// By default the same as `clear()`.
    public func erase() { clear() }
}
