import Foundation

/// Finds the article files inside a folder: `*.md`, `*.markdown` and `*.txt`, in all
/// subfolders, skipping hidden files and folders (names starting with `.`). Symbolic links
/// to files are included (a dangling one too, so the loader can warn about it); symbolic
/// links to folders are not followed, which rules out cycles.
public struct ArticleFolderScanner: Sendable {
    /// File extensions (lowercased) that hold articles.
    static let articleExtensions: Set<String> = ["md", "markdown", "txt"]
    /// How deep subfolders are searched.
    static let maxDepth = 32

    public private(set) var files: [String] = []
    public private(set) var warnings: [LoadWarning] = []

    /// Scans `folder`; `files` come out sorted by path.
    public init(folder: String) {
        scan(folder, depth: 0)
        files.sort()
    }

    private mutating func scan(_ folder: String, depth: Int) {
        let manager = FileManager.default
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder)
        } catch {
            warnings.append(LoadWarning(path: folder, message: "cannot read folder, skipped"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let kind = FileStatus.of(path)?.kind
            if kind == .directory {
                if depth + 1 < Self.maxDepth {
                    scan(path, depth: depth + 1)
                } else {
                    warnings.append(LoadWarning(path: path, message: "folder nested too deeply, skipped"))
                }
                continue
            }
            guard Self.articleExtensions.contains(ArticleText.fileExtension(ofPath: name)) else { continue }
            if kind == .symbolicLink {
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { continue }
            }
            files.append(path)
        }
    }
}
