import Foundation

/// What was computed from an article, kept per article content (so an edited article is
/// computed again) and safe to share between threads. Keyed by `ContentKey`: the texts as
/// bytes, so identical bytes share an entry.
final class ContentCache<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [ContentKey: Value] = [:]

    /// The cached value for `key`, or `compute()`'s, cached. `compute` runs outside the lock.
    func value(for key: ContentKey, compute: () -> Value) -> Value {
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
