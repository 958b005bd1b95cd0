import Foundation
import KabarCore

/// An article as the index stores it: its blocks as JSON, so the article can be rebuilt
/// without reading its file again.
enum ArticleRecord {
    /// `[["p","text"],["h2","text"],["b","text"]]`, written directly (JSONSerialization
    /// cost as much as the rest of reading an article); `article(…)` reads it back.
    static func blocksJSON(_ article: Article) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(article.blocks.reduce(16) { $0 + $1.text.utf8.count + 16 })
        out.append(UInt8(ascii: "["))
        for (index, block) in article.blocks.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            switch block.kind {
            case .paragraph: appendString("p", to: &out)
            case .bullet: appendString("b", to: &out)
            case .heading(let level): appendString("h\(level)", to: &out)
            }
            out.append(UInt8(ascii: ","))
            appendString(block.text, to: &out)
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var run = 0  // start of the bytes not yet copied
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                run = index + 1
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case UInt8(ascii: "\n"): out.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): out.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): out.append(UInt8(ascii: "t"))
                default: out += [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hexDigit(byte >> 4), hexDigit(byte & 15)]
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10 }

    /// - Parameter size: the file's size: an article from a file longer than the loader reads
    ///   holds only its beginning (``Article/truncatedFrom``).
    static func article(key: String, path: String, title: String, source: String?, date: String?, blocks json: String,
                        size: Int? = nil) -> Article {
        // Our own writing is read back directly; anything else through JSONSerialization.
        let decoded = BlocksReader.read(json) ?? (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[String]] ?? []
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
        // Stored from an article's (NFC) text: no normalisation pass again.
        var article = Article(id: key, path: path, title: title, source: source, date: date.flatMap(ArticleDate.init(iso:)),
                              language: nil, url: nil, author: nil, tags: [], extra: [:], normalizedBlocks: blocks)
        if let size, size > ArticleLoader.articleByteLimit { article.truncatedFrom = size }
        return article
    }
}
