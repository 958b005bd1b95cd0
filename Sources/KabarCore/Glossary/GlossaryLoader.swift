import Foundation

/// Finds and loads glossaries: the built-in one shipped as a package resource, the user's
/// `$XDG_CONFIG_HOME/kabar/glossary/*.tsv` files, and dictd dictionaries.
public enum GlossaryLoader {
    /// Our built-in glossary, read once from the package resources.
    public static let builtIn: Glossary = readBuiltIn()

    /// Reads the built-in glossary from the package resources (`builtIn` keeps it).
    public static func readBuiltIn() -> Glossary {
        var glossary = Glossary()
        for url in builtInFiles() {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            glossary.add(GlossaryParser.parse(text, path: url.path, source: "kabar").entries)
        }
        return glossary
    }

    /// The built-in glossary files, sorted by name.
    static func builtInFiles() -> [URL] {
        guard let folder = Bundle.module.url(forResource: "Glossary", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".tsv") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The user's glossary folder: `$XDG_CONFIG_HOME/kabar/glossary` (`~/.config/kabar/glossary`).
    public static func userFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".config")
        return (config as NSString).appendingPathComponent("kabar/glossary")
    }

    /// The built-in glossary with the user's folder laid over it: `*.tsv` files override
    /// built-in entries, and dictd dictionaries (`NAME.index` + `NAME.dict` or `.dict.dz`)
    /// add reverse (English→Indonesian) lookups.
    public static func load(userFolder folder: String) -> (glossary: Glossary, warnings: [LoadWarning]) {
        load(userFolder: folder, glossaries: [], dictionaries: [])
    }

    /// As `load(userFolder:)`, then the configured `glossaries` (`*.tsv` files, or folders
    /// read like the user's folder) and `dictionaries` (dictd `NAME.index` paths), in order.
    /// A configured path that does not exist gets a warning.
    public static func load(userFolder folder: String, glossaries: [String], dictionaries: [String])
        -> (glossary: Glossary, warnings: [LoadWarning]) {
        var glossary = builtIn
        var warnings: [LoadWarning] = []
        addFolder(folder, to: &glossary, warnings: &warnings)
        for path in glossaries {
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
                warnings.append(LoadWarning(path: path, message: "glossary: no such file or folder, skipped"))
            } else if isFolder.boolValue {
                addFolder(path, to: &glossary, warnings: &warnings)
            } else {
                addTSV(path, to: &glossary, warnings: &warnings)
            }
        }
        for path in dictionaries {
            addDictd(path.hasSuffix(".index") ? path : path + ".index", to: &glossary, warnings: &warnings)
        }
        return (glossary, warnings)
    }

    /// A folder's `*.tsv` files, then its dictd dictionaries.
    static func addFolder(_ folder: String, to glossary: inout Glossary, warnings: inout [LoadWarning]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() where name.hasSuffix(".tsv") {
            addTSV((folder as NSString).appendingPathComponent(name), to: &glossary, warnings: &warnings)
        }
        for name in names.sorted() where name.hasSuffix(".index") {
            addDictd((folder as NSString).appendingPathComponent(name), to: &glossary, warnings: &warnings)
        }
    }

    static func addTSV(_ path: String, to glossary: inout Glossary, warnings: inout [LoadWarning]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            warnings.append(LoadWarning(path: path, message: "glossary: cannot read the file, skipped"))
            return
        }
        let parsed = GlossaryParser.parse(String(decoding: data, as: UTF8.self), path: path, source: "user")
        warnings += parsed.warnings
        glossary.override(with: parsed.entries)
    }

    static func addDictd(_ indexPath: String, to glossary: inout Glossary, warnings: inout [LoadWarning]) {
        let loaded = DictdDictionary.load(indexPath: indexPath)
        warnings += loaded.warnings
        if let dictionary = loaded.dictionary {
            glossary.add(dictionary.reverseEntries())
        }
    }
}
