/// An article's metadata as read from front matter: the known keys, typed, and the rest.
struct ArticleMetadata: Sendable {
    var title: String?
    var source: String?
    var date: ArticleDate?
    var language: String?
    var url: String?
    var author: String?
    var tags: [String] = []
    var extra: [String: String] = [:]
    var warnings: [LoadWarning] = []

    /// The metadata of `frontMatter`; an invalid date gives a warning and no date. Empty
    /// values count as missing. Line breaks inside values become spaces.
    init(frontMatter: FrontMatter?, path: String) {
        guard let frontMatter else { return }
        for entry in frontMatter.entries {
            let text = Self.oneLine(entry.value.joined)
            let value: String? = text.isEmpty ? nil : text
            switch entry.key.lowercased() {
            case "title": title = value
            case "source": source = value
            case "language": language = value
            case "url": url = value
            case "author": author = value
            case "tags":
                var seen = Set<String>()
                tags = entry.value.items.map(Self.oneLine).filter { seen.insert($0).inserted }
            case "date":
                guard let value else { break }
                date = Self.date(from: value)
                if date == nil {
                    warnings.append(LoadWarning(
                        path: path, line: entry.line,
                        message: "invalid date '\(value)' (expected YYYY-MM-DD), ignored"))
                }
            default:
                extra[entry.key] = entry.value.joined
            }
        }
    }

    /// A date from `YYYY-MM-DD`, also accepting a time after it (`2025-01-28T09:30:00Z`).
    static func date(from value: String) -> ArticleDate? {
        if let date = ArticleDate(iso: value) { return date }
        let utf8 = Array(value.utf8)
        guard utf8.count > 10, utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " ") else { return nil }
        return ArticleDate(iso: String(decoding: utf8[..<10], as: UTF8.self))
    }

    /// `text` NFC-normalised, with its line breaks and tabs turned into spaces.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return ArticleText.nfc(text) }
        return ArticleText.nfc(String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }))
    }
}
