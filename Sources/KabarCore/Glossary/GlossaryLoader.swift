import Foundation

/// Finds and loads glossaries: the built-in one shipped as a package resource, the user's
/// `$XDG_CONFIG_HOME/kabar/glossary/*.tsv` files, and dictd dictionaries.
public enum GlossaryLoader {
    /// Our built-in glossary, read once from the package resources.
    public static let builtIn: Glossary = {
        var glossary = Glossary()
        for url in builtInFiles() {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            glossary.add(GlossaryParser.parse(text, path: url.path, source: "kabar").entries)
        }
        return glossary
    }()

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
        var glossary = builtIn
        var warnings: [LoadWarning] = []
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return (glossary, []) }
        for name in names.sorted() where name.hasSuffix(".tsv") {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                warnings.append(LoadWarning(path: path, message: "glossary: cannot read the file, skipped"))
                continue
            }
            let parsed = GlossaryParser.parse(String(decoding: data, as: UTF8.self), path: path, source: "user")
            warnings += parsed.warnings
            glossary.override(with: parsed.entries)
        }
        for name in names.sorted() where name.hasSuffix(".index") {
            let base = (folder as NSString).appendingPathComponent(String(name.dropLast(".index".count)))
            let loaded = DictdDictionary.load(indexPath: base + ".index")
            warnings += loaded.warnings
            if let dictionary = loaded.dictionary {
                glossary.add(dictionary.reverseEntries())
            }
        }
        return (glossary, warnings)
    }
}
