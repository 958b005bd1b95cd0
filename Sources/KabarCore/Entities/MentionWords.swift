import Foundation

/// The folded words of mention texts (`Gazetteer.tokens`), kept across texts: an article's
/// title is read against its body's names, and the same names recur in article after article,
/// so each name's text is tokenised once. Safe to share between threads.
final class MentionWords: @unchecked Sendable {
    private let lock = NSLock()
    private var words: [String: [String]] = [:]

    /// The words of `text`, as `Gazetteer.tokens` makes them.
    func words(of text: String) -> [String] {
        lock.lock()
        if let known = words[text] { lock.unlock(); return known }
        lock.unlock()
        let made = Gazetteer.tokens(text)
        lock.lock()
        // A bound on memory for endless streams of new names.
        if words.count >= 100_000 { words.removeAll(keepingCapacity: true) }
        words[text] = made
        lock.unlock()
        return made
    }
}
