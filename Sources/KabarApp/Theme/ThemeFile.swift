import KabarCore
import KabarTUI

/// A theme file as written, before inheritance: its palette and scopes, colours unresolved.
///
///     inherits = "default"          # optional: start from another theme
///     [palette]
///     accent = "#5fafff"
///     [scopes]
///     "ui.border.focused" = { fg = "accent", modifiers = ["bold"] }
///     "text.meta" = "bright-black"  # a bare colour is the foreground
///
/// Scopes may also be nested tables (`[scopes.ui.border]` with `fg = 240`).
struct ThemeFile: Sendable {
    var path: String
    var inherits: String?
    var inheritsPosition: TOMLPosition?
    var palette: [String: Color] = [:]
    var scopes: [String: ThemeScope] = [:]

    static func parse(_ text: String, path: String) throws(FileProblem) -> ThemeFile {
        do throws(TOMLError) {
            return try read(TOMLParser.parse(text), path: path)
        } catch {
            throw FileProblem(path: path, error)
        }
    }

    static func read(_ table: TOMLTable, path: String) throws(TOMLError) -> ThemeFile {
        var file = ThemeFile(path: path)
        for key in table.keys {
            let item = table[key]!
            let keyPosition = table.position(ofKey: key) ?? item.position
            switch key {
            case "name":
                guard item.string != nil else { throw TOMLError("'name' is a string", at: item.position) }
            case "inherits":
                guard let name = item.string, !name.isEmpty else {
                    throw TOMLError("'inherits' is the name of another theme, as a string", at: item.position)
                }
                file.inherits = name
                file.inheritsPosition = item.position
            case "palette":
                guard let palette = item.table else { throw TOMLError("[palette] is a table of colours", at: item.position) }
                for name in palette.keys {
                    file.palette[name] = try ThemeColor.readLiteral(palette[name]!)
                }
            case "scopes":
                guard let scopes = item.table else { throw TOMLError("[scopes] is a table of styles", at: item.position) }
                try file.readScopes(scopes, prefix: "")
            default:
                throw TOMLError("unknown key '\(key)' (a theme has name, inherits, [palette] and [scopes])", at: keyPosition)
            }
        }
        return file
    }

    /// Flattens `[scopes]` into dotted names. In a scope's table, fg/bg/modifiers are its own
    /// style and keys holding tables are the scopes below it (`[scopes.ui.border.focused]`).
    mutating func readScopes(_ table: TOMLTable, prefix: String) throws(TOMLError) {
        for key in table.keys {
            let item = table[key]!
            let keyPosition = table.position(ofKey: key) ?? item.position
            try Self.checkScopeName(key, at: keyPosition)
            let name = prefix.isEmpty ? key : "\(prefix).\(key)"
            guard let inner = item.table else {
                scopes[name] = try ThemeScope.read(item, path: path)
                continue
            }
            let children = inner.keys.filter { inner[$0]?.table != nil }
            if children.isEmpty {
                scopes[name] = try ThemeScope.read(item, path: path)
                continue
            }
            var own = TOMLTable()
            var subscopes = TOMLTable()
            for key in inner.keys {
                let position = inner.position(ofKey: key) ?? item.position
                if children.contains(key) { subscopes.set(key, inner[key]!, keyPosition: position) } else { own.set(key, inner[key]!, keyPosition: position) }
            }
            if !own.isEmpty {
                scopes[name] = try ThemeScope.read(TOMLItem(.table(own), at: item.position), path: path)
            }
            try readScopes(subscopes, prefix: name)
        }
    }

    static let styleKeys: Set<String> = ["fg", "bg", "modifiers"]

    static func checkScopeName(_ name: String, at position: TOMLPosition) throws(TOMLError) {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        let valid = parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { ($0.isLetter && $0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" || $0 == "_" }
        }
        guard valid else {
            throw TOMLError("'\(name)' is not a scope name (lower-case words joined by dots, like \"ui.border\")", at: position)
        }
    }
}
