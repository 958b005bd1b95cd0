import KabarTUI

/// Everything that can change the reader's state.
public enum Message: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
}

extension Message {
    /// The message for a backend event.
    public init(_ event: InputEvent) {
        switch event {
        case .key(let key): self = .key(key)
        case .mouse(let mouse): self = .mouse(mouse)
        case .resize(let width, let height): self = .resize(width: width, height: height)
        }
    }
}
