import Foundation
import KabarCore
import KabarTUI

/// Where themes are found, and loading one by name or path with its inheritance.
///
/// A name is looked up, first match wins, in:
/// 1. `$XDG_CONFIG_HOME/kabar/themes/NAME.toml` (`~/.config/kabar/themes/`),
/// 2. `./Themes/NAME.toml` (running from the repository),
/// 3. the themes built into the binary.
///
/// `inherits = "NAME"` is looked up the same way, except that a theme inheriting its own name
/// gets the next one down (so `~/.config/kabar/themes/default.toml` can start from the built-in
/// `default`). An inheritance cycle is an error.
public struct ThemeCatalog: Sendable {
    /// Folders searched before the built-in themes, in order.
    public var folders: [String]
    /// Built-in theme sources by name, and the cycling order.
    var builtIn: [String: String]
    var builtInNames: [String]

    public init(folders: [String]) {
        self.folders = folders
        self.builtIn = BuiltInThemes.sources
        self.builtInNames = BuiltInThemes.names
    }

    /// Only the built-in themes.
    public static let builtInOnly = ThemeCatalog(folders: [])

    /// The user's theme folder and `./Themes`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                                currentDirectory: String = FileManager.default.currentDirectoryPath) -> ThemeCatalog {
        ThemeCatalog(folders: [userFolder(environment: environment),
                               (currentDirectory as NSString).appendingPathComponent("Themes")])
    }

    /// `$XDG_CONFIG_HOME/kabar/themes` (`~/.config/kabar/themes`).
    public static func userFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        (ConfigLocation.configHome(environment: environment) as NSString).appendingPathComponent("kabar/themes")
    }

    /// Every theme name available: the built-in ones in their order, then the others by name.
    public var names: [String] {
        var found = Set<String>()
        for folder in folders {
            for file in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                if Self.isName(name) { found.insert(name) }
            }
        }
        return builtInNames + found.subtracting(builtInNames).sorted()
    }

    /// True for "light", "my-theme": a name, not a path.
    public static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    /// The theme a `--theme` or config value names: a theme name, or a path to a `.toml` file.
    public func load(_ nameOrPath: String) -> Result<Theme, FileProblem> {
        let source: ThemeSource
        if Self.isName(nameOrPath) {
            guard let found = sources(named: nameOrPath).first else {
                return .failure(FileProblem(path: "theme '\(nameOrPath)'", position: nil,
                                            message: "not found (themes: \(names.joined(separator: ", ")))"))
            }
            source = found
        } else {
            let path = Self.standardized(nameOrPath)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                return .failure(FileProblem(path: nameOrPath, position: nil, message: "cannot read the theme file"))
            }
            source = ThemeSource(path: path, name: ((path as NSString).lastPathComponent as NSString).deletingPathExtension, text: text)
        }
        return load(source)
    }

    /// The theme in `text`, a theme file's contents; `path` names it in problems and
    /// inheritance. Reads no file but the themes it inherits.
    public func theme(text: String, path: String) -> Result<Theme, FileProblem> {
        load(ThemeSource(path: path, name: ((path as NSString).lastPathComponent as NSString).deletingPathExtension, text: text))
    }

    private func load(_ source: ThemeSource) -> Result<Theme, FileProblem> {
        do throws(FileProblem) {
            return .success(try resolve(source))
        } catch {
            return .failure(error)
        }
    }

    /// Parses a theme and everything it inherits, then resolves its colours.
    func resolve(_ source: ThemeSource) throws(FileProblem) -> Theme {
        var chain = [try ThemeFile.parse(source.text, path: source.path)]
        var visited = [source]
        while let parentName = chain.last!.inherits {
            let child = chain.last!
            let position = child.inheritsPosition
            var candidates = sources(named: parentName)
            if let index = candidates.firstIndex(where: { $0.path == visited.last!.path }) {
                candidates.removeFirst(index + 1)
            }
            guard let parent = candidates.first else {
                throw FileProblem(path: child.path, position: position, message: "inherits '\(parentName)', which is not a theme")
            }
            if visited.contains(where: { $0.path == parent.path }) {
                let names = (visited + [parent]).map(\.name).joined(separator: " → ")
                throw FileProblem(path: child.path, position: position, message: "inheritance cycle: \(names)")
            }
            visited.append(parent)
            chain.append(try ThemeFile.parse(parent.text, path: parent.path))
        }
        var palette: [String: Color] = [:]
        var scopes: [String: ThemeScope] = [:]
        for file in chain.reversed() {
            palette.merge(file.palette) { _, child in child }
            scopes.merge(file.scopes) { _, child in child }
        }
        var styles: [String: Style] = [:]
        for name in scopes.keys.sorted() {
            styles[name] = try scopes[name]!.resolve(palette: palette)
        }
        return Theme(name: source.name, scopes: styles)
    }

    /// Every theme file or built-in theme with this name, in lookup order.
    func sources(named name: String) -> [ThemeSource] {
        var found: [ThemeSource] = []
        for folder in folders {
            let path = Self.standardized((folder as NSString).appendingPathComponent("\(name).toml"))
            if let text = try? String(contentsOfFile: path, encoding: .utf8) {
                found.append(ThemeSource(path: path, name: name, text: text))
            }
        }
        if let text = builtIn[name] {
            found.append(ThemeSource(path: "(built-in)/\(name).toml", name: name, text: text))
        }
        return found
    }

    static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL.path
    }
}

/// One theme's text and where it came from.
struct ThemeSource: Sendable {
    var path: String
    var name: String
    var text: String
}
