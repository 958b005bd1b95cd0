import KabarCore
import KabarTUI

/// Turns styled lines into text for stdout, with ANSI SGR colours or without.
public enum ANSIText {
    /// The lines as text; with `color`, each span wrapped in its SGR sequence and a reset.
    /// The spans' own text is made safe first (`TerminalSafeText.oneLine`): the only escape
    /// sequences in the result are these SGR ones.
    public static func render(_ lines: [StyledLine], color: Bool) -> String {
        var out = ""
        for line in lines {
            var text = ""
            for span in line.spans {
                let spanText = TerminalSafeText.oneLine(span.text)
                let sgr = color ? parameters(for: span.style) : ""
                text += sgr.isEmpty ? spanText : "\u{1B}[\(sgr)m\(spanText)\u{1B}[0m"
            }
            out += color ? text : trimmingTrailingSpaces(text)
            out += "\n"
        }
        return out
    }

    /// SGR parameters for a style: "1;38;5;117" for bold colour 117; empty for plain.
    public static func parameters(for style: Style) -> String {
        var codes: [String] = []
        let modifiers: [(Modifier, String)] = [(.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7")]
        for (modifier, code) in modifiers where style.modifiers.contains(modifier) { codes.append(code) }
        if let fg = code(for: style.fg, base: 38) { codes.append(fg) }
        if let bg = code(for: style.bg, base: 48) { codes.append(bg) }
        return codes.joined(separator: ";")
    }

    static func code(for color: Color, base: Int) -> String? {
        switch color {
        case .default: nil
        case .indexed(let n): "\(base);5;\(n)"
        case .rgb(let r, let g, let b): "\(base);2;\(r);\(g);\(b)"
        }
    }

    static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = Substring(text)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
