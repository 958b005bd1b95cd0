/// Splits a plain-text (`.txt`) article into a title and blocks.
///
/// The first non-empty line is the title. The rest is cut into groups at blank lines.
/// Lines starting with `- ` or `• ` are bullet items (indented lines after one continue
/// it). Other lines of a group form runs: a run that looks hard-wrapped — every line but
/// the last is 40–100 characters long and none of them ends like a sentence or a caption
/// (`.` `!` `?` `:` `”` `"` `…`) — becomes one paragraph with its lines joined by spaces;
/// otherwise each line is its own paragraph.
enum PlainTextBodyParser {
    /// Line lengths (in characters) that count as hard-wrapped.
    static let wrapWidths = 40...100
    /// Line endings that mark a line as complete on its own.
    static let sentenceEnds: Set<Character> = [".", "!", "?", ":", "”", "\"", "…"]

    static func parse(_ lines: [Substring]) -> (title: String?, blocks: [Block]) {
        guard let titleIndex = lines.firstIndex(where: { !ArticleText.isBlank($0) }) else {
            return (nil, [])
        }
        let title = String(ArticleText.trimmed(lines[titleIndex]))
        var blocks: [Block] = []
        var run: [Substring] = []
        var bullet: [Substring] = []

        func flushRun() {
            guard !run.isEmpty else { return }
            if looksHardWrapped(run) {
                blocks.append(Block(kind: .paragraph, text: ArticleText.joinLines(run)))
            } else {
                for line in run { blocks.append(Block(kind: .paragraph, text: line.description)) }
            }
            run.removeAll(keepingCapacity: true)
        }
        func flushBullet() {
            guard !bullet.isEmpty else { return }
            blocks.append(Block(kind: .bullet, text: ArticleText.joinLines(bullet)))
            bullet.removeAll(keepingCapacity: true)
        }

        for line in lines[(titleIndex + 1)...] {
            let content = ArticleText.trimmed(line)
            if content.isEmpty {
                flushRun()
                flushBullet()
                continue
            }
            if let item = bulletItem(content) {
                flushRun()
                flushBullet()
                if !item.isEmpty { bullet.append(item) }
                continue
            }
            if !bullet.isEmpty, ArticleText.isIndented(line) {
                bullet.append(content)
                continue
            }
            flushBullet()
            run.append(content)
        }
        flushRun()
        flushBullet()
        return (title, blocks)
    }

    /// The text of a `- item` or `• item` line, or `nil`.
    static func bulletItem(_ content: Substring) -> Substring? {
        for marker in ["- ", "• ", "-\t", "•\t"] where content.hasPrefix(marker) {
            return ArticleText.trimmed(content.dropFirst(2))
        }
        return nil
    }

    /// Whether the trimmed lines of `run` look like one paragraph wrapped at a fixed width.
    static func looksHardWrapped(_ run: [Substring]) -> Bool {
        guard run.count >= 2 else { return false }
        return run.dropLast().allSatisfy { line in
            wrapWidths.contains(line.count) && !(line.last.map(sentenceEnds.contains) ?? false)
        }
    }
}
