import KabarCore
import KabarTUI

/// A colour as a theme file writes it, before palette names are resolved.
enum ThemeColor: Sendable {
    case color(Color)
    /// A palette entry or a standard name ("red", "bright-blue"), resolved after inheritance
    /// so a child theme's palette recolours its parent's scopes.
    case named(String, TOMLPosition)

    /// Reads `240`, `"#1e90ff"` or `"accent"`. Names are checked later, against the palette.
    static func read(_ item: TOMLItem) throws(TOMLError) -> ThemeColor {
        switch item.value {
        case .integer(let n):
            guard (0...255).contains(n) else { throw TOMLError("colour index \(n) is not in 0–255", at: item.position) }
            return .color(.indexed(UInt8(n)))
        case .string(let text):
            if text.hasPrefix("#") {
                guard let rgb = hex(text) else {
                    throw TOMLError("'\(text)' is not a #RRGGBB colour", at: item.position)
                }
                return .color(rgb)
            }
            return .named(text, item.position)
        default:
            throw TOMLError("a colour is a name, an index 0–255 or \"#RRGGBB\", not \(item.value.kind)", at: item.position)
        }
    }

    /// A palette value: like `read`, but a name must be a standard one.
    static func readLiteral(_ item: TOMLItem) throws(TOMLError) -> Color {
        switch try read(item) {
        case .color(let color): return color
        case .named(let name, let position):
            guard let color = standard[name.lowercased()] else {
                throw TOMLError("unknown colour '\(name)' (palette entries are names like \"blue\", indexes or \"#RRGGBB\")",
                                at: position)
            }
            return color
        }
    }

    /// The colour, looking names up in the palette first, then among the standard names.
    func resolve(palette: [String: Color]) throws(TOMLError) -> Color {
        switch self {
        case .color(let color): return color
        case .named(let name, let position):
            if let color = palette[name] ?? ThemeColor.standard[name.lowercased()] { return color }
            throw TOMLError("unknown colour '\(name)': not in the palette, not a colour name", at: position)
        }
    }

    static func hex(_ text: String) -> Color? {
        let digits = text.dropFirst()
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
    }

    /// The terminal's own 16 colours by name, and its default colour.
    static let standard: [String: Color] = {
        let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        var table: [String: Color] = ["default": .default, "reset": .default, "gray": .indexed(8), "grey": .indexed(8)]
        for (index, name) in names.enumerated() {
            table[name] = .indexed(UInt8(index))
            table["bright-\(name)"] = .indexed(UInt8(index + 8))
        }
        return table
    }()
}
