import Foundation
import KabarCore

/// An article as the index stores it: its blocks as JSON, so the article can be rebuilt
/// without reading its file again.
enum ArticleRecord {
    static func blocksJSON(_ article: Article) -> String {
        let blocks: [[String]] = article.blocks.map { block in
            switch block.kind {
            case .paragraph: ["p", block.text]
            case .bullet: ["b", block.text]
            case .heading(let level): ["h\(level)", block.text]
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: blocks)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func article(key: String, path: String, title: String, source: String?, date: String?, blocks json: String) -> Article {
        let decoded = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[String]] ?? []
        let blocks = decoded.compactMap { pair -> Block? in
            guard pair.count == 2 else { return nil }
            let kind: BlockKind
            switch pair[0] {
            case "p": kind = .paragraph
            case "b": kind = .bullet
            default: kind = .heading(level: Int(pair[0].dropFirst()) ?? 1)
            }
            return Block(kind: kind, text: pair[1], start: 0, end: 0)
        }
        return Article(id: key, path: path, title: title, source: source, date: date.flatMap(ArticleDate.init(iso:)),
                       language: nil, url: nil, author: nil, tags: [], extra: [:], blocks: blocks)
    }
}
