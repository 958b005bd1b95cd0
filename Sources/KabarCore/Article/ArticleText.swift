import Foundation

/// Small text helpers shared by the article parsers.
enum ArticleText {
    /// `text` in Unicode Normalization Form C. Text whose scalars are all below U+0300 is
    /// returned as is: nothing there decomposes or combines (combining marks start at
    /// U+0300), and in UTF-8 such text has no byte of 0xCC or above.
    static func nfc(_ text: String) -> String {
        if UTF8Bytes.withBytes(of: text, { !$0.contains { $0 >= 0xCC } }) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// The lines of decoded text (line endings are `\n` only), as
    /// `text.split(separator: "\n", omittingEmptySubsequences: false)` gives them, found on
    /// the UTF-8 bytes with memchr: `\n` always ends a character, and splitting by
    /// characters is slow.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        let ends: [Int] = UTF8Bytes.withBytes(of: text) { bytes in
            var ends: [Int] = []
            guard let base = bytes.baseAddress else { return ends }
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                ends.append(at)
                offset = at + 1
            }
            return ends
        }
        lines.reserveCapacity(ends.count + 1)
        var start = utf8.startIndex
        var startOffset = 0
        for end in ends {
            let newline = utf8.index(start, offsetBy: end - startOffset)
            lines.append(text[start..<newline])
            start = utf8.index(after: newline)
            startOffset = end + 1
        }
        lines.append(text[start...])
        return lines
    }

    /// Whether `character` is horizontal or vertical white space.
    static func isSpace(_ character: Character) -> Bool {
        character.isWhitespace
    }

    /// Whether `line` is empty or only white space.
    static func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy(isSpace)
    }

    /// `line` without leading and trailing white space.
    static func trimmed(_ line: Substring) -> Substring {
        guard let first = line.firstIndex(where: { !isSpace($0) }) else { return line[line.endIndex...] }
        let last = line.lastIndex(where: { !isSpace($0) })!
        return line[first...last]
    }

    /// `line` without leading white space.
    static func trimmedLeading(_ line: Substring) -> Substring {
        line.drop(while: isSpace)
    }

    /// Whether `line` begins with white space (an indented line).
    static func isIndented(_ line: Substring) -> Bool {
        line.first.map(isSpace) ?? false
    }

    /// Joins trimmed, non-empty lines with single spaces.
    static func joinLines(_ lines: [Substring]) -> String {
        lines.map(trimmed).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The file name of `path` without its last extension, e.g. `a/b/c.md` → `c`.
    static func id(forPath path: String) -> String {
        var name = Substring(path)
        while name.count > 1, name.hasSuffix("/") { name = name.dropLast() }
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            name = name[..<dot]
        }
        return String(name)
    }

    /// The lowercased last extension of `path` (`"md"` for `a/B.MD`), or `""`.
    static func fileExtension(ofPath path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
