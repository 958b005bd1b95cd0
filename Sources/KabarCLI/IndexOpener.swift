import Foundation
import KabarCore
import KabarSearch

/// Opens the index for what a subcommand was given: one folder (or the default folder) has
/// its persistent index in the cache, brought up to date; files, or several paths, are
/// indexed in memory for this run only.
public enum IndexOpener {
    public struct Opened {
        public var index: SearchIndex
        public var update: IndexUpdate
        /// The folder whose persistent index this is, if any.
        public var folder: String?
    }

    /// - Parameter progress: called with (done, total) while a long build runs.
    public static func open(_ paths: [String], locator: ArticleLocator,
                            progress: ((Int, Int) -> Void)? = nil) throws -> Opened {
        let resolved = try locator.paths(paths)
        var isDirectory: ObjCBool = false
        if resolved.count == 1, FileManager.default.fileExists(atPath: resolved[0], isDirectory: &isDirectory), isDirectory.boolValue {
            let folder = resolved[0]
            let index = SearchIndex.open(folder: folder, cacheDirectory: IndexLocation.cacheDirectory(environment: locator.environment))
            let update = try index.update(folder: folder, progress: progress)
            return Opened(index: index, update: update, folder: folder)
        }
        let index = SearchIndex.inMemory()
        var files: [String] = []
        var warnings: [String] = []
        for path in resolved {
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let scanner = ArticleFolderScanner(folder: path)
                files += scanner.files
                warnings += scanner.warnings.map { $0.description }
            } else {
                files.append(path)
            }
        }
        var update = try index.update(files: files, progress: progress)
        update.warnings = warnings + update.warnings
        return Opened(index: index, update: update, folder: nil)
    }
}
