import Foundation

/// Articles being read on a thread of their own: the reader's loop looks at how far it has
/// got and takes the result when it is there, without ever waiting for it.
///
/// Started before the reader (the command waits a moment for it, so a small folder opens
/// with its articles at once) or by `R`.
public final class PendingLoad: @unchecked Sendable {
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var latest: LoadProgress?
    private var taken: LoadProgress?
    private var result: ArticleReload?

    /// Starts `work` on a new thread; it reports its progress through the closure it is given.
    public init(_ work: @escaping @Sendable (_ progress: @escaping @Sendable (LoadProgress) -> Void) -> ArticleReload) {
        let thread = Thread { [self] in
            let reload = work { progress in self.lock.withLock { self.latest = progress } }
            self.lock.withLock { self.result = reload }
            self.finished.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The result, waiting for it at most `seconds`; nil if it is not there yet.
    public func wait(seconds: Double) -> ArticleReload? {
        if let result = lock.withLock({ result }) { return result }
        guard finished.wait(timeout: .now() + seconds) == .success else { return nil }
        finished.signal()
        return lock.withLock { result }
    }

    /// The result if the work is done, without waiting.
    public var done: ArticleReload? { lock.withLock { result } }

    /// Progress not yet taken since the last call.
    public func newProgress() -> LoadProgress? {
        lock.withLock {
            guard let latest, latest != taken else { return nil }
            taken = latest
            return latest
        }
    }
}
