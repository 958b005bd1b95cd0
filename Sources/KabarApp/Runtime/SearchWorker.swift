import Dispatch
import Foundation

/// The reader's background work: searches (debounced, stale ones skipped), opening the index,
/// and writing the history. Jobs run one at a time on a queue of their own; each posts a
/// message that the runtime's loop takes with `drain()` and feeds to `update`.
///
/// `schedule`, `fireIfDue`, `pollTimeout` and `drain` are called from the loop's thread only.
final class SearchWorker: @unchecked Sendable {
    private let queue = DispatchQueue(label: "kabar.search", qos: .userInitiated)
    private let lock = NSLock()
    private var inbox: [Message] = []
    /// Jobs started and not yet drained.
    private var running = 0
    /// The newest generation requested: a queued search for an older one is skipped.
    private var newest = 0
    /// The debounced search waiting for its deadline (uptime nanoseconds).
    private var pending: (request: SearchRequest, deadline: UInt64)?
    /// The newest generation started: asking for it again (Enter while it runs) changes nothing.
    private var started = 0

    /// While work is under way the loop polls the terminal this often, to show answers soon.
    static let busyPollMilliseconds = 15

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Replaces any search still waiting: only the last request of a burst of keys runs.
    func schedule(_ request: SearchRequest, now: UInt64 = SearchWorker.now()) {
        guard request.generation > started else { return }
        pending = (request, now + UInt64(max(0, request.delayMilliseconds)) * 1_000_000)
        lock.withLock { newest = max(newest, request.generation) }
    }

    /// Starts the waiting search once its deadline has passed.
    func fireIfDue(engine: (any SearchEngine)?, now: UInt64 = SearchWorker.now()) {
        guard let (request, deadline) = pending, now >= deadline else { return }
        pending = nil
        guard let engine else { return }
        started = request.generation
        run { [weak self] in
            guard let self, self.lock.withLock({ self.newest }) == request.generation else { return nil }
            return .searchResults(generation: request.generation, engine.search(request.query, limit: request.limit))
        }
    }

    /// Runs a job in the background; its message, if any, is delivered through `drain()`.
    func run(_ job: @escaping @Sendable () -> Message?) {
        lock.withLock { running += 1 }
        queue.async { [weak self] in
            let message = job()
            guard let self else { return }
            self.lock.withLock {
                if let message { self.inbox.append(message) }
                self.running -= 1
            }
        }
    }

    /// The messages posted since the last call.
    func drain() -> [Message] {
        lock.withLock {
            defer { inbox.removeAll() }
            return inbox
        }
    }

    /// Nothing waiting, running, or left to drain.
    var isIdle: Bool {
        pending == nil && lock.withLock { running == 0 && inbox.isEmpty }
    }

    /// How long the loop may wait for input: until the waiting search is due, and briefly
    /// while a job runs.
    func pollTimeout(_ milliseconds: Int, now: UInt64 = SearchWorker.now()) -> Int {
        var timeout = milliseconds
        if let (_, deadline) = pending {
            let left = deadline > now ? Int((deadline - now + 999_999) / 1_000_000) : 0
            timeout = timeout < 0 ? left : min(timeout, left)
        }
        if lock.withLock({ running > 0 }) {
            timeout = timeout < 0 ? Self.busyPollMilliseconds : min(timeout, Self.busyPollMilliseconds)
        }
        return timeout
    }
}
