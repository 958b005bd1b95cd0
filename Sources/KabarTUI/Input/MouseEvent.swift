/// What the mouse did.
public enum MouseAction: Hashable, Sendable {
    case press(MouseButton)
    case release(MouseButton)
    case scrollUp
    case scrollDown
}

public enum MouseButton: Hashable, Sendable {
    case left, middle, right
}

/// A mouse event at a cell position (0-based, from the top-left of the screen).
public struct MouseEvent: Hashable, Sendable {
    public var action: MouseAction
    public var x: Int
    public var y: Int

    public init(action: MouseAction, x: Int, y: Int) {
        self.action = action
        self.x = x
        self.y = y
    }
}
