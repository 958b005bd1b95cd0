import Dispatch

/// A value made on another thread while this one goes on: `value` waits for it.
final class BackgroundValue<Value>: @unchecked Sendable {
    private var made: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.made = make()
            self.done.signal()
        }
    }

    /// The value, once made (the semaphore orders the write before this read).
    var value: Value {
        done.wait()
        done.signal()
        return made!
    }
}
