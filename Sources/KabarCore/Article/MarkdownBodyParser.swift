/// Splits the body of a Markdown file into blocks.
///
/// - ATX headings `#`…`######` followed by a space (level = number of `#`; a closing run of
///   `#` is dropped). `#tag` without a space is ordinary text. Setext headings (a paragraph
///   line underlined with `===` or `---`) are headings of level 1 and 2.
/// - Lines starting with `- `, `* ` or `+ ` (after any indentation) are bullet items, one
///   block per item; following indented lines continue the item. Nested lists are flattened.
/// - Lines starting with `1. ` or `1) ` (any number) start a new paragraph each, marker kept.
/// - Other consecutive non-blank lines form a paragraph, joined by single spaces.
/// - Blank lines and thematic breaks (`***`, `- - -`, `___`) separate blocks.
/// Inline text (emphasis, links, code) is kept verbatim.
enum MarkdownBodyParser {
    static func parse<Lines: Collection<Substring>>(_ lines: Lines) -> [Block] {
        var blocks: [Block] = []
        var open: [Substring] = []
        var openKind: BlockKind = .paragraph

        func flush() {
            if !open.isEmpty {
                let text = ArticleText.joinLines(open)
                if !text.isEmpty { blocks.append(Block(kind: openKind, text: text)) }
            }
            open.removeAll(keepingCapacity: true)
        }

        for line in lines {
            let content = ArticleText.trimmedLeading(line)
            if content.isEmpty {
                flush()
                continue
            }
            let indent = leadingColumns(line)
            if indent < 4, let (level, text) = atxHeading(content) {
                flush()
                if !text.isEmpty { blocks.append(Block(kind: .heading(level: level), text: text)) }
                continue
            }
            if indent < 4, openKind == .paragraph, !open.isEmpty, let level = setextLevel(content) {
                openKind = .heading(level: level)
                flush()
                openKind = .paragraph
                continue
            }
            if indent < 4, isThematicBreak(content) {
                flush()
                continue
            }
            if let item = bulletItem(content) {
                flush()
                openKind = .bullet
                if !item.isEmpty { open.append(item) }  // an empty item adds no block
                continue
            }
            if openKind == .bullet, !open.isEmpty, indent > 0 {
                open.append(content)
                continue
            }
            if isOrderedItem(content) || openKind != .paragraph {
                flush()
                openKind = .paragraph
            }
            open.append(content)
        }
        flush()
        return blocks
    }

    /// The width of `line`'s indentation, a tab counting as 4.
    static func leadingColumns(_ line: Substring) -> Int {
        var columns = 0
        for c in line {
            if c == " " { columns += 1 } else if c == "\t" { columns += 4 } else { break }
        }
        return columns
    }

    /// The level and text of an ATX heading line (`## Text ##`), or `nil`.
    static func atxHeading(_ content: Substring) -> (level: Int, text: String)? {
        let hashes = content.prefix(while: { $0 == "#" })
        guard (1...6).contains(hashes.count) else { return nil }
        var rest = content[hashes.endIndex...]
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        rest = ArticleText.trimmed(rest)
        // Drop a closing sequence: `## Title ##` → `Title`; `## C#` keeps its `#`.
        let closing = rest.reversed().prefix(while: { $0 == "#" }).count
        if closing > 0 {
            let before = rest.dropLast(closing)
            if before.isEmpty || before.last == " " || before.last == "\t" {
                rest = ArticleText.trimmed(before)
            }
        }
        return (hashes.count, String(rest))
    }

    /// 1 for a `===` underline, 2 for a `---` underline, else `nil`.
    static func setextLevel(_ content: Substring) -> Int? {
        let underline = ArticleText.trimmed(content)
        if !underline.isEmpty, underline.allSatisfy({ $0 == "=" }) { return 1 }
        if !underline.isEmpty, underline.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    /// Whether `content` is three or more `-`, `*` or `_` (the same one), spaces allowed.
    static func isThematicBreak(_ content: Substring) -> Bool {
        // Most lines are text: only a line whose first mark is -, * or _ can be a break.
        guard let first = content.utf8.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }),
              first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return false }
        let marks = content.filter { $0 != " " && $0 != "\t" }
        guard marks.count >= 3, let mark = marks.first, "-*_".contains(mark) else { return false }
        return marks.allSatisfy { $0 == mark }
    }

    /// The text of a bullet item line (`- text`, `* text`, `+ text`; empty for a bare
    /// marker), or `nil` when the line is not a bullet item.
    static func bulletItem(_ content: Substring) -> Substring? {
        guard let marker = content.first, marker == "-" || marker == "*" || marker == "+" else { return nil }
        let rest = content.dropFirst()
        guard let space = rest.first else { return rest }
        guard space == " " || space == "\t" else { return nil }
        return ArticleText.trimmed(rest)
    }

    /// Whether `content` starts like an ordered-list item: 1–9 digits, `.` or `)`, a space.
    static func isOrderedItem(_ content: Substring) -> Bool {
        let digits = content.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...9).contains(digits.count) else { return false }
        let rest = content[digits.endIndex...]
        guard let mark = rest.first, mark == "." || mark == ")" else { return false }
        let after = rest.dropFirst()
        return after.first == " " || after.first == "\t"
    }
}
