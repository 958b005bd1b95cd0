/// Everything a key can do, by name. Key maps bind keys to these names, and the help
/// overlay is generated from the live key map.
public enum Command: String, CaseIterable, Sendable {
    case quit
    case interrupt
    case help
    case closeOverlay = "close-overlay"
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case down
    case up
    case top
    case bottom
    case pageDown = "page-down"
    case pageUp = "page-up"
    case halfPageDown = "half-page-down"
    case halfPageUp = "half-page-up"
    case open
    case nextWord = "next-word"
    case previousWord = "previous-word"
    case nextMention = "next-mention"
    case previousMention = "previous-mention"
    case nextAnyMention = "next-any-mention"
    case previousAnyMention = "previous-any-mention"
    case search
    case nextMatch = "next-match"
    case previousMatch = "previous-match"
    case toggleEntityScope = "toggle-entity-scope"
    case toggleTimelineScope = "toggle-timeline-scope"
    case redraw
    case reload
    case suspend
    // In the search prompt (`Keymap.prompt`).
    case openResult = "open-result"
    case cancelSearch = "cancel-search"
    case nextResult = "next-result"
    case previousResult = "previous-result"
    case olderQuery = "older-query"
    case newerQuery = "newer-query"
    case deleteBackward = "delete-backward"
    case deleteWord = "delete-word"
    case clearQuery = "clear-query"
    case caretLeft = "caret-left"
    case caretRight = "caret-right"
    case cycleTheme = "cycle-theme"
    case toggleMouse = "toggle-mouse"

    /// One line for the help overlay.
    public var summary: String {
        switch self {
        case .quit: "quit (or close the open overlay)"
        case .interrupt: "quit at once"
        case .help: "show or hide this help"
        case .closeOverlay: "close the overlay"
        case .nextPane: "next pane"
        case .previousPane: "previous pane"
        case .down: "down: next article / scroll down"
        case .up: "up: previous article / scroll up"
        case .top: "go to the top"
        case .bottom: "go to the bottom"
        case .pageDown: "page down"
        case .pageUp: "page up"
        case .halfPageDown: "half a page down"
        case .halfPageUp: "half a page up"
        case .open: "open the selected article; on a word, its popup; on an entity, its first mention; on a date, its sentence"
        case .nextWord: "word cursor to the next word"
        case .previousWord: "word cursor to the previous word"
        case .nextMention: "next mention of this entity (across articles)"
        case .previousMention: "previous mention of this entity"
        case .nextAnyMention: "next mention of any entity"
        case .previousAnyMention: "previous mention of any entity"
        case .search: "search the articles (results as you type)"
        case .nextMatch: "next match of the last search (across articles)"
        case .previousMatch: "previous match of the last search"
        case .toggleEntityScope: "entities of this article / of all articles"
        case .toggleTimelineScope: "timeline of all articles / of this article only"
        case .redraw: "redraw the screen"
        case .reload: "reload the articles from disk (keeps the open article)"
        case .suspend: "suspend (resume with fg)"
        case .openResult: "open the selected result at its first match"
        case .cancelSearch: "cancel the search"
        case .nextResult: "next result"
        case .previousResult: "previous result"
        case .olderQuery: "older query from the history"
        case .newerQuery: "newer query from the history"
        case .deleteBackward: "delete the character before the caret"
        case .deleteWord: "delete the word before the caret"
        case .clearQuery: "clear the query"
        case .caretLeft: "caret left"
        case .caretRight: "caret right"
        case .cycleTheme: "next colour theme"
        case .toggleMouse: "mouse on / off (while on, Shift+drag selects text)"
        }
    }
}
