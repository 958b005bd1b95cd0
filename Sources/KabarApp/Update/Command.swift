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
    case toggleEntityScope = "toggle-entity-scope"
    case toggleTimelineScope = "toggle-timeline-scope"
    case redraw
    case suspend
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
        case .toggleEntityScope: "entities of this article / of all articles"
        case .toggleTimelineScope: "timeline of all articles / of this article only"
        case .redraw: "redraw the screen"
        case .suspend: "suspend (resume with fg)"
        case .cycleTheme: "next colour theme"
        case .toggleMouse: "mouse on / off (while on, Shift+drag selects text)"
        }
    }
}
