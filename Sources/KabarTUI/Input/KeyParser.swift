/// Reads key descriptions, for keymaps and scripted tests.
///
/// A description is one of:
/// - a single character, meaning itself: `q`, `?`, `]`, `G`, `é`;
/// - a named key, case-insensitive: `Space`, `Enter` (`Return`, `CR`), `Tab`, `S-Tab`
///   (`BackTab`), `Esc` (`Escape`), `Backspace` (`BS`), `Del` (`Delete`), `Ins` (`Insert`),
///   `Up`, `Down`, `Left`, `Right`, `Home`, `End`, `PgUp` (`PageUp`), `PgDn` (`PageDown`),
///   `F1`…`F24`;
/// - Ctrl plus a letter: `C-c`, `Ctrl-c`, `Ctrl+c`, `^c` (the letter's case is ignored).
///
/// A script (`keys(_:)`) is descriptions separated by whitespace, for example
/// `"j j Enter w w <C-c>"`. A description may be wrapped in angle brackets (`<Enter>`, `<C-c>`)
/// to make the intent clear; a bare `<` or `>` is the character itself. A token that is neither
/// a description nor a bracketed one is typed character by character, so `"abc"` gives
/// `a`, `b`, `c` (use `Space` for a space).
public enum KeyParser {
    /// The key a description names, or nil if it names none.
    public static func parse(_ description: String) -> Key? {
        var text = Substring(description)
        if text.count > 2 && text.first == "<" && text.last == ">" {
            text = text.dropFirst().dropLast()
        }
        if text.count == 1 { return .char(text.first!) }
        guard !text.isEmpty else { return nil }
        let lower = text.lowercased()
        if let key = named[lower] { return key }
        for prefix in ["c-", "ctrl-", "ctrl+", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.count == 1, let letter = rest.first, letter >= "a", letter <= "z" {
                return .ctrl(letter)
            }
            return nil
        }
        if lower.first == "f", let n = Int(lower.dropFirst()), n >= 1, n <= 24,
           lower.dropFirst().allSatisfy({ $0 >= "0" && $0 <= "9" }) {
            return .function(n)
        }
        return nil
    }

    /// The keys of a whitespace-separated script such as `"j j Enter w w <C-c>"`.
    public static func keys(_ script: String) -> [Key] {
        var result: [Key] = []
        for token in script.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            if let key = parse(String(token)) {
                result.append(key)
            } else {
                result.append(contentsOf: token.map { Key.char($0) })
            }
        }
        return result
    }

    private static let named: [String: Key] = [
        "space": .char(" "),
        "enter": .enter, "return": .enter, "cr": .enter,
        "tab": .tab,
        "s-tab": .backTab, "backtab": .backTab, "shift-tab": .backTab,
        "esc": .escape, "escape": .escape,
        "backspace": .backspace, "bs": .backspace,
        "del": .delete, "delete": .delete,
        "ins": .insert, "insert": .insert,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "home": .home, "end": .end,
        "pgup": .pageUp, "pageup": .pageUp,
        "pgdn": .pageDown, "pagedown": .pageDown,
    ]
}
