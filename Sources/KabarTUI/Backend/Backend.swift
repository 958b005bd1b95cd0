/// A place that shows cells and produces input: the real terminal or the in-memory test backend.
///
/// Backends only flush; widgets never talk to them. `Terminal` diffs frames and hands a
/// backend just the cells that changed.
public protocol Backend: AnyObject {
    /// The current screen size in cells.
    var size: (width: Int, height: Int) { get }
    /// Writes the given cells (not yet visible until `flush`).
    func draw(_ changes: [CellChange])
    /// Clears the whole screen (used after a resize or a forced redraw).
    func clear()
    /// Makes everything drawn so far visible.
    func flush()
    /// Waits up to `timeoutMilliseconds` (negative: forever) for the next event; nil on time-out.
    func pollEvent(timeoutMilliseconds: Int) -> InputEvent?
}
