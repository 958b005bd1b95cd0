/// The `/` prompt: the query being typed with its caret, where ↑/↓ are in the history, and
/// the live results for the current text.
public struct SearchPrompt: Hashable, Sendable {
    public private(set) var text: [Character] = []
    /// The caret, as a character offset into `text`.
    public private(set) var caret = 0
    /// The history entry shown (↑/↓), and what was typed before browsing started.
    public private(set) var historyIndex: Int?
    var draft: [Character] = []

    /// The generation of the current text's search; answers for other generations are stale.
    public var generation = 0
    /// The answer for the current text, or the previous text's while a new one is on its way.
    public var results: SearchAnswer?
    /// Whether the answer for the current text has yet to come.
    public var waiting = false
    /// `Enter` was pressed before the answer came: open the first result when it does.
    public var openWhenReady = false
    /// The highlighted result.
    public var selection = 0

    public init() {}

    public var query: String { String(text) }

    mutating func set(_ characters: [Character]) {
        text = characters
        caret = characters.count
    }

    // MARK: Editing (each returns whether the text changed)

    mutating func insert(_ character: Character) -> Bool {
        text.insert(character, at: caret)
        caret += 1
        historyIndex = nil
        return true
    }

    mutating func deleteBackward() -> Bool {
        guard caret > 0 else { return false }
        text.remove(at: caret - 1)
        caret -= 1
        historyIndex = nil
        return true
    }

    /// Ctrl-W: the word before the caret, and the spaces after it.
    mutating func deleteWord() -> Bool {
        var start = caret
        while start > 0, text[start - 1].isWhitespace { start -= 1 }
        while start > 0, !text[start - 1].isWhitespace { start -= 1 }
        guard start < caret else { return false }
        text.removeSubrange(start..<caret)
        caret = start
        historyIndex = nil
        return true
    }

    /// Ctrl-U: the whole query.
    mutating func clear() -> Bool {
        guard !text.isEmpty else { return false }
        set([])
        historyIndex = nil
        return true
    }

    mutating func moveCaret(by step: Int) {
        caret = max(0, min(text.count, caret + step))
    }

    // MARK: History

    /// ↑: the next older query (the newest first).
    mutating func older(in history: SearchHistory) -> Bool {
        let entries = history.entries
        guard !entries.isEmpty else { return false }
        let index: Int
        if let current = historyIndex {
            guard current > 0 else { return false }
            index = current - 1
        } else {
            draft = text
            index = entries.count - 1
        }
        historyIndex = index
        set(Array(entries[index]))
        return true
    }

    /// ↓: the next newer query, and past the newest, what was typed before.
    mutating func newer(in history: SearchHistory) -> Bool {
        guard let current = historyIndex else { return false }
        if current + 1 < history.entries.count {
            historyIndex = current + 1
            set(Array(history.entries[current + 1]))
        } else {
            historyIndex = nil
            set(draft)
        }
        return true
    }
}
