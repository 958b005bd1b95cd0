/// A search `update` asks the runtime to run: after `delayMilliseconds` without a newer
/// request (the debounce), on a background queue; the answer comes back as
/// `.searchResults(generation:_:)` and is dropped unless `generation` is still the newest.
public struct SearchRequest: Hashable, Sendable {
    public var query: String
    public var generation: Int
    public var delayMilliseconds: Int
    public var limit: Int

    public init(query: String, generation: Int, delayMilliseconds: Int, limit: Int = SearchRequest.resultLimit) {
        self.query = query
        self.generation = generation
        self.delayMilliseconds = delayMilliseconds
        self.limit = limit
    }

    /// How long typing must pause before a search runs.
    public static let debounceMilliseconds = 120
    /// At most this many articles are listed.
    public static let resultLimit = 50
}
