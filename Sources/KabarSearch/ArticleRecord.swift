import Foundation
import KabarCore

/// An article as the index stores it: its body (the blocks' texts joined by a blank line)
/// and its layout, each block's kind and length, so the article is rebuilt without reading
/// its file again and its text is stored once.
///
/// The layout is `p:412,h2:40,b:33`: a kind (`p` paragraph, `b` bullet, `hN` heading) and
/// the block's length in UTF-8 bytes, for each block in order.
enum ArticleRecord {
    static func layout(_ article: Article) -> String {
        var out = ""
        out.reserveCapacity(article.blocks.count * 8)
        for (index, block) in article.blocks.enumerated() {
            if index > 0 { out += "," }
            switch block.kind {
            case .paragraph: out += "p:"
            case .bullet: out += "b:"
            case .heading(let level): out += "h\(level):"
            }
            out += String(block.text.utf8.count)
        }
        return out
    }

    /// The blocks of `body` as `layout` lays them out. A layout that does not fit the body
    /// (written by something else, or damaged) never loses text: the body is then read as
    /// paragraphs separated by blank lines.
    static func blocks(body: String, layout: String) -> [Block] {
        if let blocks = laidOut(body: body, layout: layout) { return blocks }
        guard !body.isEmpty else { return [] }
        return body.components(separatedBy: "\n\n").map { Block(kind: .paragraph, text: $0) }
    }

    /// Whether `layout` fits `body` (else the article shows as plain paragraphs).
    static func fits(body: String, layout: String) -> Bool {
        laidOut(body: body, layout: layout) != nil
    }

    private static func laidOut(body: String, layout: String) -> [Block]? {
        if layout.isEmpty { return body.isEmpty ? [] : nil }
        var body = body
        return body.withUTF8 { bytes -> [Block]? in
            var blocks: [Block] = []
            var offset = 0
            for (index, entry) in layout.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
                let parts = entry.split(separator: ":", omittingEmptySubsequences: false)
                guard parts.count == 2, let length = Int(parts[1]), length >= 0, let kind = kind(parts[0]) else { return nil }
                if index > 0 {
                    guard offset + 2 <= bytes.count, bytes[offset] == 10, bytes[offset + 1] == 10 else { return nil }
                    offset += 2
                }
                guard length <= bytes.count - offset else { return nil }
                let text = UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)])
                blocks.append(Block(kind: kind, text: String(decoding: text, as: UTF8.self)))
                offset += length
            }
            return offset == bytes.count ? blocks : nil
        }
    }

    private static func kind(_ code: Substring) -> BlockKind? {
        switch code {
        case "p": .paragraph
        case "b": .bullet
        default:
            if code.first == "h", let level = Int(code.dropFirst()), (1...6).contains(level) { .heading(level: level) } else { nil }
        }
    }

    /// - Parameter size: the file's size: an article from a file longer than the loader reads
    ///   holds only its beginning (``Article/truncatedFrom``).
    static func article(key: String, path: String, title: String, source: String?, date: String?, body: String, layout: String,
                        size: Int? = nil) -> Article {
        // Stored from an article's (NFC) text: no normalisation pass again.
        var article = Article(id: key, path: path, title: title, source: source, date: date.flatMap(ArticleDate.init(iso:)),
                              language: nil, url: nil, author: nil, tags: [], extra: [:],
                              normalizedBlocks: blocks(body: body, layout: layout))
        if let size, size > ArticleLoader.articleByteLimit { article.truncatedFrom = size }
        return article
    }
}
