/// How opening the search engine in the background ended.
public enum SearchEngineLoad: Sendable {
    /// Ready, with one line for the user when something was odd (files not indexed, index in memory).
    case ready(any SearchEngine, warning: String?)
    case failed(String)

    /// The message that hands the outcome to `update`.
    public var message: Message {
        switch self {
        case .ready(let engine, let warning): .searchEngineReady(SearchEngineHandle(engine), warning: warning)
        case .failed(let reason): .searchEngineFailed(reason)
        }
    }
}
