import Foundation
import KabarApp

/// A search engine with fixed answers, which records every query it was asked.
final class FakeSearchEngine: SearchEngine, @unchecked Sendable {
    let answers: [String: SearchAnswer]
    let filesChangedAtOpen: Bool
    private let lock = NSLock()
    private var asked: [String] = []

    init(_ answers: [String: SearchAnswer], filesChangedAtOpen: Bool = false) {
        self.answers = answers
        self.filesChangedAtOpen = filesChangedAtOpen
    }

    var queries: [String] { lock.withLock { asked } }

    func search(_ query: String, limit: Int) -> SearchAnswer {
        lock.withLock { asked.append(query) }
        return answers[query] ?? SearchAnswer(query: query, hits: [])
    }
}
