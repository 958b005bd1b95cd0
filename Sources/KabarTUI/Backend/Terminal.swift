/// The diffing front of a backend: draws each frame as the changes from the previous one.
///
/// Before the first frame and after `invalidate()`, it clears the backend and draws every
/// cell that is not blank; after a size change it erases without clearing the screen (no
/// flicker) and draws every cell; otherwise only the changed cells.
public final class Terminal {
    public let backend: Backend
    /// The last frame drawn, nil before the first one.
    public private(set) var previousFrame: Buffer?
    private var invalidated = true

    public init(backend: Backend) {
        self.backend = backend
    }

    /// Draws `frame`: the changes since the previous frame, then a flush.
    public func draw(_ frame: Buffer) {
        let changes: [CellChange]
        if invalidated {
            backend.clear()
            changes = frame.diff(from: Buffer(width: frame.width, height: frame.height))
        } else if previousFrame?.width != frame.width || previousFrame?.height != frame.height {
            // A resize: every cell is drawn again, but the screen is not cleared first.
            backend.erase()
            changes = frame.diff(from: Buffer(width: frame.width, height: frame.height))
        } else {
            changes = frame.diff(from: previousFrame!)
        }
        if !changes.isEmpty { backend.draw(changes) }
        backend.flush()
        previousFrame = frame
        invalidated = false
    }

    /// Draws `frame` like `draw`, then hands back the previous frame's storage in `frame`
    /// (when it has the same size), so the caller can render the next frame into it
    /// without allocating.
    public func present(_ frame: inout Buffer) {
        let spare = previousFrame
        draw(frame)
        if let spare, spare.width == frame.width, spare.height == frame.height {
            frame = spare
        }
    }

    /// Forces a full redraw on the next `draw` (after Ctrl-L, or resuming from suspend).
    public func invalidate() {
        invalidated = true
    }
}
