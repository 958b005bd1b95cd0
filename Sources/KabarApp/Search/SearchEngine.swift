/// Runs the reader's searches. It is called on a background queue, never on the UI thread,
/// so it may be slow; it must not throw (what goes wrong becomes a note in the answer).
///
/// The `kabar` executable's engine wraps the SQLite index (`KabarCLI.ReaderSearchEngine`);
/// tests use a fake with fixed answers.
public protocol SearchEngine: AnyObject, Sendable {
    func search(_ query: String, limit: Int) -> SearchAnswer
    /// Whether opening the engine found article files added, changed or removed since its
    /// index was last brought up to date.
    var filesChangedAtOpen: Bool { get }
}

extension SearchEngine {
    public var filesChangedAtOpen: Bool { false }
}

/// A search engine inside a message: equal when it is the same engine object.
public struct SearchEngineHandle: Hashable, Sendable {
    public let engine: any SearchEngine

    public init(_ engine: any SearchEngine) {
        self.engine = engine
    }

    public static func == (a: SearchEngineHandle, b: SearchEngineHandle) -> Bool {
        a.engine === b.engine
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(engine))
    }
}
