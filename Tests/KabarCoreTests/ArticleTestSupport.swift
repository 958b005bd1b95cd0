import Foundation
@testable import KabarCore

/// A fresh folder under the system temporary directory, removed when the value goes away.
final class ArticleTempFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "kabar-article-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        ArticleTempFolder.unlockFolders(path)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Gives every real folder under `folder` (not symbolic links) back its permissions, so
    /// that a test's `chmod 000` can't keep the folder from being removed.
    private static func unlockFolders(_ folder: String) {
        let type = (try? FileManager.default.attributesOfItem(atPath: folder))?[.type] as? FileAttributeType
        guard type == .typeDirectory else { return }
        chmod(folder, 0o755)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            unlockFolders(folder + "/" + name)
        }
    }

    /// Writes `bytes` to `name` (subfolders are created) and returns the full path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let file = path + "/" + name
        let folder = (file as NSString).deletingLastPathComponent
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try! Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Writes `text` as UTF-8 to `name` and returns the full path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    /// Creates the folder `name` and returns its full path.
    @discardableResult
    func makeFolder(_ name: String) -> String {
        let folder = path + "/" + name
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// Parses `text` as the file `path` without touching the disk.
func parseArticle(_ text: String, path: String = "test.md") -> (article: Article?, warnings: [LoadWarning]) {
    ArticleLoader().parse(data: Data(text.utf8), path: path)
}

/// The part of `article.body` that `block.start..<block.end` points at.
func bodyText(of block: Block, in article: Article) -> String {
    let scalars = Array(article.body.unicodeScalars)
    guard block.start >= 0, block.start <= block.end, block.end <= scalars.count else { return "<out of range>" }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[block.start..<block.end])
    return String(view)
}
