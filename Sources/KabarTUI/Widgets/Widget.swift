/// Something that draws itself into a rectangle of a buffer.
///
/// Widgets are plain values built for one frame; they never talk to a backend. A widget draws
/// only inside `area` (clipped to the buffer).
public protocol Widget {
    func render(in area: Rect, buffer: inout Buffer)
}
