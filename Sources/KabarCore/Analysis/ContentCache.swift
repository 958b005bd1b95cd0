import Foundation

/// What was computed from an article, kept per article content (so an edited article is
/// computed again) and safe to share between threads.
final class ContentCache<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    /// The cached value for `key`, or `compute()`'s, cached. `compute` runs outside the lock.
    func value(for key: String, compute: () -> Value) -> Value {
        lock.lock()
        if let cached = values[key] { lock.unlock(); return cached }
        lock.unlock()
        let value = compute()
        lock.lock()
        values[key] = value
        lock.unlock()
        return value
    }
}
