import Foundation
import KabarCore

/// Finds the articles a command works on.
///
/// The default articles folder is, in order: `--articles`, `$KABAR_ARTICLES`, the
/// configuration's `articles`, `./Articles`, then `$XDG_DATA_HOME/kabar/articles`
/// (`~/.local/share/kabar/articles`).
public struct ArticleLocator: Sendable {
    public var articlesOption: String?
    public var environment: [String: String]
    public var currentDirectory: String
    /// The configuration file's `articles` folder.
    public var configuredFolder: String?

    public init(articlesOption: String? = nil, configuredFolder: String? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                currentDirectory: String = FileManager.default.currentDirectoryPath) {
        self.articlesOption = articlesOption
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.configuredFolder = configuredFolder
    }

    /// The folders tried for the default, in order.
    public var candidates: [String] {
        var list: [String] = []
        if let option = articlesOption, !option.isEmpty { return [option] }
        if let env = environment["KABAR_ARTICLES"], !env.isEmpty { list.append(env) }
        if let configured = configuredFolder, !configured.isEmpty { list.append(configured) }
        list.append((currentDirectory as NSString).appendingPathComponent("Articles"))
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".local/share")
        list.append((dataHome as NSString).appendingPathComponent("kabar/articles"))
        return list
    }

    /// The default articles folder: the first candidate that exists. An explicit
    /// `--articles` or `$KABAR_ARTICLES` that is missing is an error, not skipped.
    public func defaultFolder() throws -> String {
        let candidates = self.candidates
        if let option = articlesOption, !option.isEmpty {
            guard isDirectory(option) else { throw CLIError("--articles \(option): no such folder") }
            return option
        }
        if let env = environment["KABAR_ARTICLES"], !env.isEmpty {
            guard isDirectory(env) else { throw CLIError("KABAR_ARTICLES=\(env): no such folder") }
            return env
        }
        guard let found = candidates.first(where: isDirectory) else {
            throw CLIError("no articles folder: tried \(candidates.joined(separator: ", ")); pass a PATH or --articles")
        }
        return found
    }

    /// The paths to load: the given ones, or the default folder.
    public func paths(_ given: [String]) throws -> [String] {
        if given.isEmpty { return [try defaultFolder()] }
        if let missing = given.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            throw CLIError("\(missing): no such file or folder")
        }
        return given
    }

    /// Loads articles from the given paths (or the default folder); `progress` gets (files
    /// done, files in all) from any thread.
    public func load(_ given: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> LoadResult {
        ArticleLoader().load(paths: try paths(given), progress: progress)
    }

    /// One article by id (from the default folder) or by path.
    public func article(_ idOrPath: String) throws -> (article: Article, warnings: [LoadWarning]) {
        if FileManager.default.fileExists(atPath: idOrPath), !isDirectory(idOrPath) {
            let loaded = ArticleLoader().loadFile(at: idOrPath)
            guard let article = loaded.article else {
                throw CLIError(loaded.warnings.first?.description ?? "\(idOrPath): not an article")
            }
            return (article, loaded.warnings)
        }
        let result = try load([])
        guard let article = result.articles.first(where: { $0.id == idOrPath }) else {
            let known = result.articles.map(\.id).joined(separator: ", ")
            throw CLIError("no article with id or path '\(idOrPath)' (ids: \(known.isEmpty ? "none" : known))")
        }
        return (article, result.warnings)
    }

    func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
