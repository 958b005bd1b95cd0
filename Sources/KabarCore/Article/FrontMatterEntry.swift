/// One `key: value` of an article's front matter, with the line it was written on.
struct FrontMatterEntry: Hashable, Sendable {
    /// The key as written (matching of known keys ignores case).
    var key: String
    var value: FrontMatterValue
    /// The 1-based line of the key in the file.
    var line: Int
}
