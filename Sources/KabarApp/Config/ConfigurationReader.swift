import Foundation
import KabarCore
import KabarTUI

/// Fills a `Configuration` from a parsed TOML table, one setting at a time: a wrong setting
/// is reported and skipped, the rest still apply.
struct ConfigurationReader {
    let path: String
    let environment: [String: String]
    var config = Configuration()

    init(path: String, environment: [String: String]) {
        self.path = path
        self.environment = environment
    }

    mutating func read(_ table: TOMLTable) {
        for key in table.keys {
            let item = table[key]!
            switch key {
            case "articles":
                guard let text = string(item, key) else { continue }
                var isFolder: ObjCBool = false
                let folder = expand(text)
                if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue {
                    config.articles = folder
                } else {
                    problem("articles folder '\(folder)' does not exist", at: item.position)
                }
            case "theme":
                if let text = string(item, key) {
                    config.theme = ThemeCatalog.isName(text) ? text : expand(text)
                }
            case "mouse":
                if let on = item.boolean { config.mouse = on } else { problem("'mouse' is true or false", at: item.position) }
            case "glossaries": config.glossaries = paths(item, key)
            case "dictionaries": config.dictionaries = paths(item, key)
            case "panes": readPanes(item)
            case "keys": readKeys(item)
            default:
                problem("unknown setting '\(key)' (articles, theme, mouse, glossaries, dictionaries, [panes], [keys])",
                        at: table.position(ofKey: key) ?? item.position)
            }
        }
    }

    mutating func readPanes(_ item: TOMLItem) {
        guard let table = item.table else { return problem("[panes] is a table", at: item.position) }
        for key in table.keys {
            let value = table[key]!
            let range = key == "side-width" ? 0...200 : 12...200
            guard key == "list-width" || key == "side-width" else {
                problem("unknown pane setting '\(key)' (list-width, side-width)", at: table.position(ofKey: key) ?? value.position)
                continue
            }
            guard let width = value.integer, range.contains(width) else {
                problem("'\(key)' is a number of columns, \(range.lowerBound)–\(range.upperBound)", at: value.position)
                continue
            }
            if key == "list-width" { config.paneWidths.list = width } else { config.paneWidths.side = width }
        }
    }

    /// `[keys]` (global) and `[keys.PANE]` tables: command name = key or [keys].
    mutating func readKeys(_ item: TOMLItem) {
        guard let table = item.table else { return problem("[keys] is a table", at: item.position) }
        readBindings(table, pane: nil)
        for key in table.keys {
            guard let inner = table[key]!.table else { continue }
            guard let pane = Pane(rawValue: key) else {
                let panes = Pane.allCases.map(\.rawValue).joined(separator: ", ")
                problem("unknown pane '\(key)' ([keys.PANE] with PANE one of \(panes))", at: table.position(ofKey: key) ?? item.position)
                continue
            }
            readBindings(inner, pane: pane)
        }
    }

    mutating func readBindings(_ table: TOMLTable, pane: Pane?) {
        var taken: [Key: Command] = [:]
        for name in table.keys {
            let item = table[name]!
            if item.table != nil { continue }
            guard let command = Command(rawValue: name) else {
                problem("unknown command '\(name)' (the README lists the command names)", at: table.position(ofKey: name) ?? item.position)
                continue
            }
            guard let keys = keys(item) else { continue }
            var accepted: [Key] = []
            for (key, position) in keys {
                if let other = taken[key], other != command {
                    problem("'\(key.displayName)' is already bound to '\(other.rawValue)' above", at: position)
                    continue
                }
                taken[key] = command
                accepted.append(key)
            }
            config.bindings.append(KeyBinding(command: command, keys: accepted, pane: pane))
        }
    }

    /// A key or a list of keys, each with its position; nil (after a problem) when malformed.
    mutating func keys(_ item: TOMLItem) -> [(Key, TOMLPosition)]? {
        let items = item.array ?? [item]
        var keys: [(Key, TOMLPosition)] = []
        for entry in items {
            guard let text = entry.string, let key = KeyParser.parse(text) else {
                problem("not a key: keys look like \"j\", \"G\", \"C-d\", \"PgDn\", \"Space\", \"F1\"", at: entry.position)
                return nil
            }
            keys.append((key, entry.position))
        }
        return keys
    }

    mutating func string(_ item: TOMLItem, _ key: String) -> String? {
        guard let text = item.string, !text.isEmpty else {
            problem("'\(key)' is a string", at: item.position)
            return nil
        }
        return text
    }

    /// A path or a list of paths, expanded.
    mutating func paths(_ item: TOMLItem, _ key: String) -> [String] {
        let items = item.array ?? [item]
        var paths: [String] = []
        for entry in items {
            guard let text = entry.string, !text.isEmpty else {
                problem("'\(key)' is a path or a list of paths", at: entry.position)
                continue
            }
            paths.append(expand(text))
        }
        return paths
    }

    func expand(_ path: String) -> String {
        ConfigLocation.expand(path, relativeTo: self.path, environment: environment)
    }

    mutating func problem(_ message: String, at position: TOMLPosition) {
        config.problems.append(FileProblem(path: path, position: position, message: message))
    }
}
