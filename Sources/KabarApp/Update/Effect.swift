/// What `update` asks the runtime to do beyond changing state.
public enum Effect: Hashable, Sendable {
    /// Leave the reader with this exit status.
    case quit(Int32)
    /// Give the terminal back to the shell (Ctrl-Z); redraw fully on resume.
    case suspend
    /// Repaint every cell (Ctrl-L).
    case redraw
    /// Run a search off the UI thread once the debounce delay has passed with no newer one.
    case search(SearchRequest)
    /// Add a query to the history file.
    case recordSearch(String)
    /// Turn mouse reporting on or off (`M`).
    case setMouse(Bool)
    /// Read the articles again from disk, in the background (`R`).
    case reloadArticles
    /// Open the search index again (after a reload), in the background.
    case reopenSearch
    /// Find the corpus's entities and timeline in the background (a large corpus).
    case analyseCorpus
}
