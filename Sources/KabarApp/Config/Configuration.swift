import Foundation
import KabarCore

/// What `config.toml` sets. Anything it does not set, or sets wrongly, keeps its default;
/// `problems` says what was wrong, one line each with file:line:col.
///
///     articles = "~/kabar/articles"
///     theme = "light"                  # a name, or a path to a .toml file
///     mouse = true
///     glossaries = ["~/kabar/words.tsv"]
///     dictionaries = ["/usr/share/dictd/freedict-eng-ind.index"]
///
///     [panes]
///     list-width = 28
///     side-width = 36                  # 0 hides the glossary, entities and timeline
///
///     [keys]
///     next-mention = "n"               # a key, or a list of keys; [] unbinds
///     [keys.article]
///     previous-word = ["b", "h", "Left"]
public struct Configuration: Sendable {
    /// The file these settings came from; nil when there was none.
    public var path: String?
    /// The articles folder, used after `--articles` and `$KABAR_ARTICLES`.
    public var articles: String?
    /// A theme name or a theme file's path.
    public var theme: String?
    public var mouse = true
    public var paneWidths = PaneWidths()
    /// Glossary files (`*.tsv`) or folders of them, laid over the built-in glossary.
    public var glossaries: [String] = []
    /// dictd dictionaries: `NAME.index` paths (with `NAME.dict` or `NAME.dict.dz` beside).
    public var dictionaries: [String] = []
    public var bindings: [KeyBinding] = []
    public var problems: [FileProblem] = []

    public init() {}

    /// The default key map with the configured bindings.
    public var keymap: Keymap { Keymap.default.rebinding(bindings) }

    /// Reads `explicitPath` (`--config`), or else `$XDG_CONFIG_HOME/kabar/config.toml` when it
    /// exists. Never fails: an unreadable or invalid file gives defaults and a problem.
    public static func load(explicitPath: String? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> Configuration {
        let path = explicitPath ?? ConfigLocation.defaultConfigFile(environment: environment)
        guard FileManager.default.fileExists(atPath: path) else {
            var config = Configuration()
            if explicitPath != nil {
                config.problems.append(FileProblem(path: path, position: nil, message: "no such configuration file; using the defaults"))
            }
            return config
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            var config = Configuration()
            config.problems.append(FileProblem(path: path, position: nil, message: "cannot read the configuration file (UTF-8 text); using the defaults"))
            return config
        }
        return parse(text, path: path, environment: environment)
    }

    /// Settings from TOML text; a syntax error gives the defaults and one problem.
    public static func parse(_ text: String, path: String,
                             environment: [String: String] = ProcessInfo.processInfo.environment) -> Configuration {
        var reader = ConfigurationReader(path: path, environment: environment)
        do throws(TOMLError) {
            reader.read(try TOMLParser.parse(text))
        } catch {
            reader.config.problems.append(FileProblem(path: path, error))
        }
        reader.config.path = path
        return reader.config
    }
}
