/// One news article: its metadata and its body as a list of blocks.
///
/// `body` is the blocks' texts joined by a blank line (`"\n\n"`), and each block's
/// `start..<end` is the Unicode-scalar range of its text inside `body`; the initialiser
/// computes both, so they always agree. All text is NFC-normalised.
public struct Article: Hashable, Sendable, Identifiable {
    /// The file name without its extension, e.g. `deepseek-membalikkan-lanskap-teknologi-global`.
    public var id: String
    /// The file path, as given to the loader or found in a folder given to it.
    public var path: String
    public var title: String
    public var source: String?
    public var date: ArticleDate?
    /// A language code as written in the front matter, e.g. `id`.
    public var language: String?
    public var url: String?
    public var author: String?
    public var tags: [String]
    /// Front-matter keys the loader doesn't know, with their values as written
    /// (lists joined with `", "`).
    public var extra: [String: String]
    public var blocks: [Block]
    /// The blocks' texts joined by `"\n\n"`; ``Block`` offsets index into it.
    public var body: String
    /// Set when the file was longer than the loader reads (``ArticleLoader/maxArticleBytes``):
    /// the file's size in bytes. The article then holds only the file's beginning, and every
    /// view of it says so.
    public var truncatedFrom: Int?

    /// Builds an article from its blocks' kinds and texts. The title and the blocks' texts
    /// are NFC-normalised, `body` is computed, and each block's `start`/`end` is set
    /// (whatever the blocks passed in had is ignored).
    public init(
        id: String,
        path: String,
        title: String,
        source: String? = nil,
        date: ArticleDate? = nil,
        language: String? = nil,
        url: String? = nil,
        author: String? = nil,
        tags: [String] = [],
        extra: [String: String] = [:],
        blocks: [Block]
    ) {
        self.init(id: id, path: path, title: ArticleText.nfc(title), source: source, date: date,
                  language: language, url: url, author: author, tags: tags, extra: extra,
                  normalizedBlocks: blocks.map { Block(kind: $0.kind, text: ArticleText.nfc($0.text)) })
    }

    /// Like the public initialiser, for a title and blocks whose texts are already NFC (read
    /// back from the search index, say): no normalisation pass.
    public init(
        id: String, path: String, title: String, source: String?, date: ArticleDate?,
        language: String?, url: String?, author: String?, tags: [String],
        extra: [String: String], normalizedBlocks: [Block]
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.source = source
        self.date = date
        self.language = language
        self.url = url
        self.author = author
        self.tags = tags
        self.extra = extra
        var body = ""
        var laidOut: [Block] = []
        laidOut.reserveCapacity(normalizedBlocks.count)
        var offset = 0
        for (index, block) in normalizedBlocks.enumerated() {
            if index > 0 {
                body += "\n\n"
                offset += 2
            }
            let length = UTF8Bytes.withBytes(of: block.text) { UTF8Bytes.scalarCount($0, from: 0, to: $0.count) }
            body += block.text
            laidOut.append(Block(kind: block.kind, text: block.text, start: offset, end: offset + length))
            offset += length
        }
        self.blocks = laidOut
        self.body = body
    }
}
