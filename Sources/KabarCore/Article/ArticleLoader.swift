import Foundation

/// Loads articles from Markdown (`.md`, `.markdown`) and plain-text (`.txt`) files.
///
/// Loading never crashes and never stops at a bad file: each problem becomes a one-line
/// ``LoadWarning`` naming the file (and the line, where there is one). Files that can't be
/// articles — unreadable, binary, empty — are skipped; files with bad bytes, malformed
/// front matter or an invalid date are loaded with what could be read.
///
/// Text is decoded as UTF-8 (a BOM is dropped, invalid bytes become U+FFFD), line endings
/// become `\n`, and everything is NFC-normalised. See ``FrontMatter``,
/// ``MarkdownBodyParser`` and ``PlainTextBodyParser`` for the formats.
public struct ArticleLoader: Sendable {
    /// Files larger than this are skipped with a warning: nothing that large is an article.
    public var maxFileSize: Int = 1 << 30
    /// At most this many bytes of one file are read. A longer file is loaded up to the last
    /// line break before the limit, with a warning, and its article's
    /// ``Article/truncatedFrom`` says how long the file is.
    public var maxArticleBytes: Int = ArticleLoader.articleByteLimit
    /// The default of ``maxArticleBytes``: 8 MB, some 1.2 million words.
    public static let articleByteLimit = 8_000_000

    public init() {}

    /// Loads one file. The format follows the extension: `.md` and `.markdown` are Markdown,
    /// anything else is plain text.
    public func loadFile(at path: String) -> (article: Article?, warnings: [LoadWarning]) {
        if let problem = unreadableReason(path) {
            return (nil, [LoadWarning(path: path, message: problem)])
        }
        guard let (data, size) = try? read(path) else {
            return (nil, [LoadWarning(path: path, message: "cannot read file, skipped")])
        }
        return parse(data: data, path: path, fileSize: size)
    }

    /// The first ``maxArticleBytes`` bytes of a file (all of a shorter one), and the file's size.
    public func read(_ path: String) throws -> (data: Data, fileSize: Int) {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let size = Int(try handle.seekToEnd())
        try handle.seek(toOffset: 0)
        let data = try handle.read(upToCount: max(0, min(size, maxArticleBytes))) ?? Data()
        return (data, max(size, data.count))
    }

    /// Loads every path: a file is loaded as by ``loadFile(at:)``; a folder contributes its
    /// `*.md`, `*.markdown` and `*.txt` files, searched recursively (hidden files and folders
    /// skipped) and sorted by path. A missing path gives a warning. A file reached twice by
    /// the same path is loaded once; different files with the same id are all kept, with a
    /// warning for each repeat.
    ///
    /// Files are read and parsed on every core; the result is in the same order whatever the
    /// timing. `progress` gets (files done, files in all) as they are done, one call at a
    /// time, from any thread.
    public func load(paths: [String], progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) -> LoadResult {
        // What to do, in order: warnings where a path is missing or a folder unreadable, and
        // the files to load.
        enum Step { case warning(LoadWarning), file(String) }
        var steps: [Step] = []
        var files: [String] = []
        var seenPaths = Set<String>()
        func add(_ file: String) {
            guard seenPaths.insert(URL(fileURLWithPath: file).standardizedFileURL.path).inserted else { return }
            steps.append(.file(file))
            files.append(file)
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                if isSymbolicLink(path) {
                    add(path)  // a dangling link: loadFile explains
                } else {
                    steps.append(.warning(LoadWarning(path: path, message: "no such file or folder")))
                }
                continue
            }
            guard isDirectory.boolValue else {
                add(path)
                continue
            }
            let scanner = ArticleFolderScanner(folder: path)
            steps += scanner.warnings.map { .warning($0) }
            for file in scanner.files { add(file) }
        }

        let loaded = loadConcurrently(files, progress: progress)
        var result = LoadResult()
        var firstPathForID: [String: String] = [:]
        var next = 0
        for step in steps {
            switch step {
            case .warning(let warning):
                result.warnings.append(warning)
            case .file(let file):
                let (article, warnings) = loaded[next]
                next += 1
                result.warnings += warnings
                guard let article else { continue }
                if let first = firstPathForID[article.id] {
                    result.warnings.append(LoadWarning(
                        path: file, message: "duplicate id '\(article.id)' (also \(first)), both kept"))
                } else {
                    firstPathForID[article.id] = file
                }
                result.articles.append(article)
            }
        }
        return result
    }

    /// ``loadFile(at:)`` of each file, on every core, in the files' order.
    private func loadConcurrently(_ files: [String], progress: (@Sendable (Int, Int) -> Void)?)
        -> [(article: Article?, warnings: [LoadWarning])] {
        var loaded = [(article: Article?, warnings: [LoadWarning])](repeating: (nil, []), count: files.count)
        let counter = ProgressCounter(total: files.count, report: progress)
        let chunk = 64
        loaded.withUnsafeMutableBufferPointer { buffer in
            let slots = LoadSlots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: (files.count + chunk - 1) / chunk) { part in
                let range = (part * chunk)..<min(files.count, (part + 1) * chunk)
                for index in range { slots.buffer[index] = loadFile(at: files[index]) }
                counter.add(range.count)
            }
        }
        return loaded
    }

    /// Parses a file's bytes; `path` gives the id, the format (by extension) and the name
    /// used in warnings. Touches no files. `fileSize`: the size of the whole file when `data`
    /// is only its beginning (see ``read(_:)``). Beyond ``maxArticleBytes`` the text is cut
    /// at a line break, with a warning that says so.
    public func parse(data: Data, path: String, fileSize: Int? = nil) -> (article: Article?, warnings: [LoadWarning]) {
        let size = max(fileSize ?? data.count, data.count)
        guard size > maxArticleBytes else { return parseWhole(data: data, path: path) }
        let kept = ArticleLoader.prefix(data, atLineBreakWithin: maxArticleBytes)
        var (article, warnings) = parseWhole(data: kept, path: path)
        article?.truncatedFrom = size
        warnings.append(LoadWarning(path: path, message: "the file is \(ByteSize.text(size)), over the \(ByteSize.text(maxArticleBytes)) "
                                    + "Kabar reads of one article: only its first \(ByteSize.text(kept.count)) are loaded"))
        return (article, warnings)
    }

    /// At most `limit` bytes of `data`, ending after a line break when there is one in the
    /// second half, and never inside a UTF-8 sequence.
    static func prefix(_ data: Data, atLineBreakWithin limit: Int) -> Data {
        let bytes = data.prefix(limit)
        if let newline = bytes.lastIndex(of: 0x0A), newline - bytes.startIndex >= limit / 2 {
            return Data(bytes[...newline])
        }
        // The last character may be cut short: then end before its first byte.
        var end = bytes.endIndex
        var lead = end
        while lead > bytes.startIndex, end - lead < 4 {
            lead -= 1
            if bytes[lead] & 0xC0 != 0x80 { break }
        }
        if lead < end, bytes[lead] >= 0xC0 {
            let length = bytes[lead] >= 0xF0 ? 4 : bytes[lead] >= 0xE0 ? 3 : 2
            if end - lead < length { end = lead }
        }
        return Data(bytes[..<end])
    }

    private func parseWhole(data: Data, path: String) -> (article: Article?, warnings: [LoadWarning]) {
        switch ArticleDecoder.decode(data, path: path) {
        case .skipped(let warning):
            return (nil, [warning])
        case .text(let text, let decodeWarnings):
            let lines = ArticleText.lines(of: text)
            let id = ArticleText.id(forPath: path)
            let (article, warnings): (Article, [LoadWarning])
            switch ArticleText.fileExtension(ofPath: path) {
            case "md", "markdown": (article, warnings) = markdownArticle(lines, id: id, path: path)
            default: article = plainTextArticle(lines, id: id, path: path); warnings = []
            }
            return (article, decodeWarnings + warnings)
        }
    }

    // MARK: - Formats

    private func markdownArticle(_ lines: [Substring], id: String, path: String) -> (Article, [LoadWarning]) {
        let frontMatter = FrontMatter.parse(lines: lines, path: path)
        let meta = ArticleMetadata(frontMatter: frontMatter, path: path)
        let bodyLines = lines[(frontMatter?.bodyStart ?? 0)...]
        var blocks = MarkdownBodyParser.parse(bodyLines)

        var title = meta.title
        if title == nil, let first = blocks.first, first.kind == .heading(level: 1) {
            title = first.text
            blocks.removeFirst()
        }
        if title == nil {
            title = blocks.first { if case .heading = $0.kind { true } else { false } }?.text
        }
        if title == nil {
            title = bodyLines.lazy
                .map { line -> String in
                    let content = ArticleText.trimmed(line)
                    let item = MarkdownBodyParser.bulletItem(content) ?? content
                    return MarkdownBodyParser.isThematicBreak(content) ? "" : String(item)
                }
                .first { !$0.isEmpty }
        }

        let article = Article(
            id: id, path: path, title: title ?? id, source: meta.source, date: meta.date,
            language: meta.language, url: meta.url, author: meta.author, tags: meta.tags,
            extra: meta.extra, normalizedBlocks: blocks)
        return (article, (frontMatter?.warnings ?? []) + meta.warnings)
    }

    private func plainTextArticle(_ lines: [Substring], id: String, path: String) -> Article {
        let (title, blocks) = PlainTextBodyParser.parse(lines)
        return Article(
            id: id, path: path, title: title ?? id, source: nil, date: nil, language: nil,
            url: nil, author: nil, tags: [], extra: [:], normalizedBlocks: blocks)
    }

    // MARK: - Files

    /// Why `path` can't be read as an article file, or `nil` if it looks readable.
    private func unreadableReason(_ path: String) -> String? {
        guard let status = FileStatus.of(path, followingLinks: true) else {
            return FileStatus.of(path)?.kind == .symbolicLink ? "dangling symbolic link, skipped" : "no such file, skipped"
        }
        if status.kind == .directory { return "is a folder, not a file; skipped" }
        if status.kind != .regular { return "not a regular file, skipped" }
        if status.size > maxFileSize {
            return "file too large (\(status.size) bytes, limit \(maxFileSize)), skipped"
        }
        guard FileManager.default.isReadableFile(atPath: path) else { return "permission denied, skipped" }
        return nil
    }

    private func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }
}

/// Each concurrent worker writes its own slots only.
private struct LoadSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<(article: Article?, warnings: [LoadWarning])>
}

/// Counts files done across threads and reports each new count, one report at a time.
private final class ProgressCounter: @unchecked Sendable {
    let total: Int
    let report: (@Sendable (Int, Int) -> Void)?
    private let lock = NSLock()
    private var done = 0

    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    func add(_ count: Int) {
        guard let report else { return }
        lock.withLock {
            done += count
            report(done, total)
        }
    }
}
