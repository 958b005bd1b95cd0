import KabarTUI

/// Everything that can change the reader's state.
public enum Message: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// The search index opened in the background is ready, or could not be opened.
    case searchEngineReady(SearchEngineHandle, warning: String?)
    case searchEngineFailed(String)
    /// The answer to a `.search` effect; dropped unless its generation is still the newest.
    case searchResults(generation: Int, SearchAnswer)
    /// The corpus's entities and timeline, found in the background.
    case corpusAnalysed(CorpusFacts)
    /// A one-line message from the runtime for the status line (a history file not saved).
    case notice(String)
    /// How far the articles being read have got.
    case loadProgress(LoadProgress)
    /// The articles read from disk: at start (a large folder) or again (`R`).
    case articlesReloaded(ArticleReload)
    /// The open article's file was deleted or rewritten since it was read.
    case articleFileChanged(articleID: String, FileChange)
}

extension Message {
    /// The message for a backend event.
    public init(_ event: InputEvent) {
        switch event {
        case .key(let key): self = .key(key)
        case .mouse(let mouse): self = .mouse(mouse)
        case .resize(let width, let height): self = .resize(width: width, height: height)
        }
    }
}
