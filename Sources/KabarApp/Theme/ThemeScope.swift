import KabarCore
import KabarTUI

/// One scope's entry in a theme file: colours still unresolved, and the file it came from.
struct ThemeScope: Sendable {
    var fg: ThemeColor?
    var bg: ThemeColor?
    var modifiers: Modifier = []
    var path: String

    /// Reads `{ fg = …, bg = …, modifiers = [...] }`, or a bare colour meaning the foreground.
    static func read(_ item: TOMLItem, path: String) throws(TOMLError) -> ThemeScope {
        var scope = ThemeScope(path: path)
        guard let table = item.table else {
            scope.fg = try ThemeColor.read(item)
            return scope
        }
        for key in table.keys {
            let value = table[key]!
            switch key {
            case "fg": scope.fg = try ThemeColor.read(value)
            case "bg": scope.bg = try ThemeColor.read(value)
            case "modifiers": scope.modifiers = try readModifiers(value)
            default:
                throw TOMLError("unknown style key '\(key)' (use fg, bg, modifiers)", at: table.position(ofKey: key) ?? item.position)
            }
        }
        return scope
    }

    static func readModifiers(_ item: TOMLItem) throws(TOMLError) -> Modifier {
        let names: [TOMLItem] = item.array ?? [item]
        var modifiers: Modifier = []
        for name in names {
            guard let text = name.string else {
                throw TOMLError("modifiers are strings such as \"bold\", not \(name.value.kind)", at: name.position)
            }
            guard let modifier = Self.modifierNames[text.lowercased()] else {
                throw TOMLError("unknown modifier '\(text)' (bold, dim, italic, underline, reverse)", at: name.position)
            }
            modifiers.insert(modifier)
        }
        return modifiers
    }

    static let modifierNames: [String: Modifier] = [
        "bold": .bold, "dim": .dim, "italic": .italic,
        "underline": .underline, "underlined": .underline,
        "reverse": .reverse, "reversed": .reverse,
    ]

    func resolve(palette: [String: Color]) throws(FileProblem) -> Style {
        do throws(TOMLError) {
            return Style(fg: try fg?.resolve(palette: palette) ?? .default,
                         bg: try bg?.resolve(palette: palette) ?? .default,
                         modifiers: modifiers)
        } catch {
            throw FileProblem(path: path, error)
        }
    }
}
