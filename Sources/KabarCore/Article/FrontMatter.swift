/// The front matter of a Markdown file: the block between a first line `---` and a closing
/// `---` line, in a small subset of YAML.
///
/// Supported: `key: value` lines, values optionally in `'…'` (with `''` for a quote) or
/// `"…"` (with `\"`, `\\`, `\n`, `\t`, `\uXXXX` escapes), flow lists `[a, b, "c d"]`,
/// block lists (`key:` followed by `- item` lines), `#` comment lines and blank lines.
/// Anything else gives a warning with its line and is skipped; parsing never fails. If the
/// closing `---` is missing, the front matter runs up to the first blank, comment or other
/// line that isn't `key: value` or a list item, with a warning; if not even one key was
/// read, the `---` is taken for a Markdown thematic break and there is no front matter.
struct FrontMatter: Sendable {
    /// The entries in file order; a repeated key keeps its first value (with a warning).
    var entries: [FrontMatterEntry]
    /// Problems found, each with its line.
    var warnings: [LoadWarning]
    /// The index (0-based, in the lines given) of the first line after the front matter.
    var bodyStart: Int

    /// The entry for `key`, compared without case.
    func entry(_ key: String) -> FrontMatterEntry? {
        entries.first { $0.key.lowercased() == key }
    }

    /// Parses the front matter at the start of `lines` (a file split at `\n`), or returns
    /// `nil` when the file has none (its first line isn't `---`).
    static func parse(lines: [Substring], path: String) -> FrontMatter? {
        guard let first = lines.first, isDelimiter(first) else { return nil }
        let closing = lines.indices.dropFirst().first { isDelimiter(lines[$0]) }
        let strict = closing != nil
        let end = closing ?? lines.count

        var result = FrontMatter(entries: [], warnings: [], bodyStart: end)
        /// The entry a following `- item` line belongs to (an entry with an empty value).
        var listOwner: Int?
        /// True while skipping the items of a duplicate key.
        var skippingList = false
        var stop = end

        func warn(_ index: Int, _ message: String) {
            result.warnings.append(LoadWarning(path: path, line: index + 1, message: message))
        }

        lineLoop: for index in 1..<end {
            let line = lines[index]
            let content = ArticleText.trimmed(line)
            if content.isEmpty {
                if !strict { stop = index; break lineLoop }
                continue
            }
            if content.hasPrefix("#") {
                if !strict { stop = index; break lineLoop }
                continue
            }
            if content == "-" || content.hasPrefix("- ") || content.hasPrefix("-\t") {
                if skippingList { continue }
                guard let owner = listOwner else {
                    if !strict { stop = index; break lineLoop }
                    warn(index, "front matter: list item without a key, ignored")
                    continue
                }
                let raw = ArticleText.trimmed(content.dropFirst())
                let (item, problem) = parseScalar(raw)
                if let problem { warn(index, "front matter: \(problem)") }
                if case .list(var items) = result.entries[owner].value {
                    result.entries[owner].value = .scalar("")  // drop the reference so `items` is unique
                    items.append(item)
                    result.entries[owner].value = .list(items)
                } else {
                    result.entries[owner].value = .list([item])
                }
                continue
            }
            guard !ArticleText.isIndented(line), let (key, raw) = splitKeyValue(content) else {
                if !strict { stop = index; break lineLoop }
                warn(index, "front matter: expected 'key: value', line ignored")
                listOwner = nil
                skippingList = false
                continue
            }
            listOwner = nil
            skippingList = false
            if let earlier = result.entries.first(where: { $0.key.lowercased() == key.lowercased() }) {
                warn(index, "front matter: duplicate key '\(key)' (first on line \(earlier.line)), ignored")
                skippingList = raw.isEmpty
                continue
            }
            let (value, problem) = parseValue(raw)
            if let problem { warn(index, "front matter: \(problem)") }
            result.entries.append(FrontMatterEntry(key: key, value: value, line: index + 1))
            if raw.isEmpty { listOwner = result.entries.count - 1 }
        }

        if let closing {
            result.bodyStart = closing + 1
        } else {
            // No closing line: if nothing parsed, the `---` was a thematic break, not front matter.
            guard !result.entries.isEmpty else { return nil }
            result.bodyStart = stop
            result.warnings.insert(
                LoadWarning(path: path, line: 1,
                            message: "front matter has no closing '---' line; it ends at line \(stop)"),
                at: 0)
        }
        return result
    }

    /// Whether `line` is `---` (trailing white space allowed).
    static func isDelimiter(_ line: Substring) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, ArticleText.isSpace(line[line.index(before: end)]) {
            end = line.index(before: end)
        }
        return line[..<end] == "---"
    }

    /// Splits `key: value` at the first colon. The key must start with a letter, digit or
    /// `_` and contain only letters, digits, `_`, `-`, `.` and spaces.
    static func splitKeyValue(_ content: Substring) -> (key: String, value: Substring)? {
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let key = ArticleText.trimmed(content[..<colon])
        guard let head = key.first, head.isLetter || head.isNumber || head == "_",
              key.allSatisfy({ $0.isLetter || $0.isNumber || "_-. ".contains($0) })
        else { return nil }
        return (String(key), ArticleText.trimmed(content[content.index(after: colon)...]))
    }

    /// Parses a value: empty, quoted, a flow list `[…]`, or plain text (kept verbatim).
    /// Returns a problem description for malformed quoting.
    static func parseValue(_ raw: Substring) -> (FrontMatterValue, String?) {
        guard raw.first == "[" else {
            let (text, problem) = parseScalar(raw)
            return (.scalar(text), problem)
        }
        var inner = raw.dropFirst()
        var problem: String?
        if inner.last == "]" {
            inner = inner.dropLast()
        } else {
            problem = "list has no closing ']'"
        }
        var items: [String] = []
        for piece in splitListItems(inner) {
            let trimmed = ArticleText.trimmed(piece)
            guard !trimmed.isEmpty else { continue }
            let (item, itemProblem) = parseScalar(trimmed)
            if problem == nil { problem = itemProblem }
            items.append(item)
        }
        return (.list(items), problem)
    }

    /// Splits the inside of a flow list at commas that are not inside quotes.
    static func splitListItems(_ inner: Substring) -> [Substring] {
        var pieces: [Substring] = []
        var quote: Character?
        var start = inner.startIndex
        var index = inner.startIndex
        var previous: Character?
        var atItemStart = true
        while index < inner.endIndex {
            let c = inner[index]
            if let q = quote {
                if c == q && !(q == "\"" && previous == "\\") { quote = nil }
            } else if atItemStart && (c == "\"" || c == "'") {
                quote = c
            } else if c == "," {
                pieces.append(inner[start..<index])
                start = inner.index(after: index)
                atItemStart = true
                previous = nil
                index = inner.index(after: index)
                continue
            }
            if !ArticleText.isSpace(c) { atItemStart = false }
            previous = (previous == "\\" && c == "\\") ? nil : c
            index = inner.index(after: index)
        }
        pieces.append(inner[start...])
        return pieces
    }

    /// Parses one string: `"…"`, `'…'` or plain text. Returns a problem description for
    /// an unterminated quote or text after the closing quote.
    static func parseScalar(_ raw: Substring) -> (String, String?) {
        guard let quote = raw.first, quote == "\"" || quote == "'" else { return (String(raw), nil) }
        var text = ""
        var index = raw.index(after: raw.startIndex)
        while index < raw.endIndex {
            let c = raw[index]
            index = raw.index(after: index)
            if c == quote {
                if quote == "'", index < raw.endIndex, raw[index] == "'" {
                    text.append("'")
                    index = raw.index(after: index)
                    continue
                }
                let rest = ArticleText.trimmed(raw[index...])
                return (text, rest.isEmpty || rest.hasPrefix("#") ? nil : "text after the closing quote ignored")
            }
            if quote == "\"", c == "\\", index < raw.endIndex {
                let e = raw[index]
                index = raw.index(after: index)
                switch e {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                case "\"", "\\", "/": text.append(e)
                case "u":
                    let hex = raw[index...].prefix(4)
                    if hex.count == 4, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        text.unicodeScalars.append(scalar)
                        index = hex.endIndex
                    } else {
                        text.append("\\u")
                    }
                default:
                    text.append("\\")
                    text.append(e)
                }
                continue
            }
            text.append(c)
        }
        return (text, "unterminated \(quote == "\"" ? "double" : "single") quote")
    }
}
