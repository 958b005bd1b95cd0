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
    /// Files larger than this are skipped with a warning.
    public var maxFileSize: Int = 16 * 1024 * 1024

    public init() {}

    /// Loads one file. The format follows the extension: `.md` and `.markdown` are Markdown,
    /// anything else is plain text.
    public func loadFile(at path: String) -> (article: Article?, warnings: [LoadWarning]) {
        if let problem = unreadableReason(path) {
            return (nil, [LoadWarning(path: path, message: problem)])
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return (nil, [LoadWarning(path: path, message: "cannot read file, skipped")])
        }
        return parse(data: data, path: path)
    }

    /// Loads every path: a file is loaded as by ``loadFile(at:)``; a folder contributes its
    /// `*.md`, `*.markdown` and `*.txt` files, searched recursively (hidden files and folders
    /// skipped) and sorted by path. A missing path gives a warning. A file reached twice by
    /// the same path is loaded once; different files with the same id are all kept, with a
    /// warning for each repeat.
    public func load(paths: [String]) -> LoadResult {
        var result = LoadResult()
        var loadedPaths = Set<String>()
        var firstPathForID: [String: String] = [:]

        func loadOne(_ file: String) {
            guard loadedPaths.insert(URL(fileURLWithPath: file).standardizedFileURL.path).inserted else { return }
            let (article, warnings) = loadFile(at: file)
            result.warnings += warnings
            guard let article else { return }
            if let first = firstPathForID[article.id] {
                result.warnings.append(LoadWarning(
                    path: file, message: "duplicate id '\(article.id)' (also \(first)), both kept"))
            } else {
                firstPathForID[article.id] = file
            }
            result.articles.append(article)
        }

        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                if isSymbolicLink(path) {
                    loadOne(path)  // a dangling link: loadFile explains
                } else {
                    result.warnings.append(LoadWarning(path: path, message: "no such file or folder"))
                }
                continue
            }
            guard isDirectory.boolValue else {
                loadOne(path)
                continue
            }
            let scanner = ArticleFolderScanner(folder: path)
            result.warnings += scanner.warnings
            for file in scanner.files { loadOne(file) }
        }
        return result
    }

    /// Parses a file's bytes; `path` gives the id, the format (by extension) and the name
    /// used in warnings. Touches no files.
    public func parse(data: Data, path: String) -> (article: Article?, warnings: [LoadWarning]) {
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
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return isSymbolicLink(path) ? "dangling symbolic link, skipped" : "no such file, skipped"
        }
        if isDirectory.boolValue { return "is a folder, not a file; skipped" }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let attributes = try? manager.attributesOfItem(atPath: resolved) else {
            return "cannot read file, skipped"
        }
        if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
            return "not a regular file, skipped"
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > maxFileSize {
            return "file too large (\(size) bytes, limit \(maxFileSize)), skipped"
        }
        guard manager.isReadableFile(atPath: path) else { return "permission denied, skipped" }
        return nil
    }

    private func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }
}
