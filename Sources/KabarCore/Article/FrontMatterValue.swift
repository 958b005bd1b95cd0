/// The value of one front-matter key: a single string or a list of strings.
enum FrontMatterValue: Hashable, Sendable {
    case scalar(String)
    case list([String])

    /// The value as one string: a scalar as is, a list joined with `", "`.
    var joined: String {
        switch self {
        case .scalar(let value): return value
        case .list(let items): return items.joined(separator: ", ")
        }
    }

    /// The value as a list: a list as is, a scalar split at commas. Items are trimmed and
    /// empty ones dropped.
    var items: [String] {
        let raw: [String]
        switch self {
        case .scalar(let value): raw = value.split(separator: ",").map(String.init)
        case .list(let items): raw = items
        }
        return raw.map { String(ArticleText.trimmed(Substring($0))) }.filter { !$0.isEmpty }
    }
}
