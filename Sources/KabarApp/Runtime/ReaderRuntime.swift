import KabarTUI

/// Runs the reader on any backend: draws the state, reads events, applies `update`, and
/// carries out effects. The real terminal and the test backend both go through here.
public final class ReaderRuntime {
    public private(set) var state: AppState
    let backend: Backend
    let terminal: Terminal
    let hooks: Hooks
    /// The buffer each frame is rendered into, recycled from frame to frame.
    var frame = Buffer(width: 0, height: 0)

    /// What only the real terminal can do. The defaults do nothing, for tests.
    public struct Hooks {
        /// A signal that asks the reader to stop (SIGTERM, SIGHUP, SIGINT), polled between events.
        public var pendingSignal: () -> Int32?
        /// Give the terminal back to the shell until resumed (Ctrl-Z).
        public var suspend: () -> Void
        /// Turn mouse reporting on or off (`M`).
        public var setMouse: (Bool) -> Void

        public init(pendingSignal: @escaping () -> Int32? = { nil }, suspend: @escaping () -> Void = {},
                    setMouse: @escaping (Bool) -> Void = { _ in }) {
            self.pendingSignal = pendingSignal
            self.suspend = suspend
            self.setMouse = setMouse
        }
    }

    public init(state: AppState, backend: Backend, hooks: Hooks = Hooks()) {
        self.state = state
        self.backend = backend
        self.terminal = Terminal(backend: backend)
        self.hooks = hooks
    }

    /// Runs until a quit effect or a signal, and returns the exit status.
    /// With `stopWhenIdle` (tests), it also returns 0 once the backend has no more events.
    public func run(pollMilliseconds: Int = 100, stopWhenIdle: Bool = false) -> Int32 {
        let size = backend.size
        _ = state.update(.resize(width: size.width, height: size.height))
        redraw()
        while true {
            if let signal = hooks.pendingSignal() { return 128 + signal }
            guard let event = backend.pollEvent(timeoutMilliseconds: pollMilliseconds) else {
                if stopWhenIdle { return 0 }
                continue
            }
            for effect in state.update(Message(event)) {
                switch effect {
                case .quit(let status):
                    return status
                case .suspend:
                    hooks.suspend()
                    let size = backend.size
                    _ = state.update(.resize(width: size.width, height: size.height))
                    terminal.invalidate()
                case .redraw:
                    terminal.invalidate()
                case .setMouse(let on):
                    hooks.setMouse(on)
                }
            }
            redraw()
        }
    }

    func redraw() {
        render(state, into: &frame)
        terminal.present(&frame)
    }
}
