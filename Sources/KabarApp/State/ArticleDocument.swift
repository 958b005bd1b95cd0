import KabarCore
import KabarTUI

/// An article laid out for a given width: styled visual lines plus the screen position of
/// every word, so the word cursor, mouse clicks and (later) highlights map between text
/// offsets and cells.
///
/// Built once when an article is opened or the pane is resized, never per frame.
public struct ArticleDocument: Sendable {
    public let articleID: String
    public let width: Int
    public private(set) var lines: [DocumentLine] = []
    public private(set) var words: [DocumentWord] = []

    /// Token kinds the word cursor stops on.
    static let cursorKinds: Set<TokenKind> = [.word, .number, .hashtag, .mention, .url]

    /// - Parameter textPending: the article's text is still being read (the reader opened
    ///   with titles only): a line says so where the text will be.
    public init(_ analyzed: AnalyzedArticle, width: Int, theme: Theme, textPending: Bool = false) {
        self.articleID = analyzed.article.id
        self.width = max(1, width)
        let article = analyzed.article

        var title = FieldLayout(text: article.title, tokens: analyzed.titleTokens, field: .title)
        title.place(range: 0..<title.scalars.count, style: theme.style("text.title"), into: &self)
        var meta = TerminalSafeText.oneLine(metaLine(for: article, words: analyzed.wordCount))
        if textPending {
            meta = TerminalSafeText.oneLine(metaLine(for: article, words: nil))
        }
        for piece in TextWrap.wrap(meta, width: self.width) {
            append(StyledLine(meta.scalarSlice(piece.start..<piece.end), style: theme.style("text.meta")))
        }
        append(StyledLine())
        if textPending {
            append(StyledLine("Reading the text…", style: theme.style("ui.placeholder")))
            return
        }

        var body = FieldLayout(text: article.body, tokens: analyzed.bodyTokens, field: .body)
        var previous: BlockKind?
        for block in article.blocks {
            // A blank line between blocks, except inside a list and right after a heading.
            if let previous, !(previous == .bullet && block.kind == .bullet), !previous.isHeading {
                append(StyledLine())
            }
            switch block.kind {
            case .heading:
                body.place(range: block.start..<block.end, style: theme.style("text.heading"), into: &self)
            case .paragraph:
                body.place(range: block.start..<block.end, style: theme.style("text"), into: &self)
            case .bullet:
                body.place(range: block.start..<block.end, style: theme.style("text"),
                           prefix: ("• ", "  "), prefixStyle: theme.style("text.bullet"), into: &self)
            }
            previous = block.kind
        }
    }

    /// "Business Insider · 2025-01-28 · 654 words", with honest words for absent fields.
    func metaLine(for article: Article, words: Int?) -> String {
        var parts = [article.source ?? "source unknown", article.date?.description ?? "undated"]
        if let author = article.author { parts.insert(author, at: 1) }
        if let words { parts.append("\(words) words") }
        if let size = article.truncatedFrom {
            parts.append("only the first \(ByteSize.text(ArticleLoader.articleByteLimit)) of \(ByteSize.text(size)) loaded")
        }
        return parts.joined(separator: " · ")
    }

    mutating func append(_ line: StyledLine, firstWord: Int? = nil, wordCount: Int = 0) {
        lines.append(DocumentLine(content: line, firstWord: firstWord ?? words.count, wordCount: wordCount))
    }

    mutating func appendWord(_ word: DocumentWord) {
        words.append(word)
    }

    /// The word at a document line and display column, or the nearest one on that line.
    public func wordIndex(line: Int, column: Int) -> Int? {
        guard lines.indices.contains(line) else { return nil }
        let entry = lines[line]
        guard entry.wordCount > 0 else { return nil }
        let range = entry.firstWord..<(entry.firstWord + entry.wordCount)
        var best = range.lowerBound
        for index in range where words[index].column <= column {
            best = index
        }
        return best
    }

    /// The first word on or after `line`, or the last word before it.
    public func firstWord(onOrAfter line: Int) -> Int? {
        guard !words.isEmpty else { return nil }
        let line = max(0, line)
        if line < lines.count {
            for index in line..<lines.count where lines[index].wordCount > 0 {
                return lines[index].firstWord
            }
        }
        return words.count - 1
    }

    /// The last word on or before `line`, or the first word after it.
    public func lastWord(onOrBefore line: Int) -> Int? {
        guard !words.isEmpty else { return nil }
        var index = min(line, lines.count - 1)
        while index >= 0 {
            let entry = lines[index]
            if entry.wordCount > 0 { return entry.firstWord + entry.wordCount - 1 }
            index -= 1
        }
        return 0
    }
}

extension BlockKind {
    var isHeading: Bool {
        if case .heading = self { return true }
        return false
    }
}
