/// The direct-colour terminfo entry to use instead of `TERM` when the terminal says it
/// takes 24-bit colour (`COLORTERM=truecolor` or `24bit`) but `TERM` names a palette entry:
/// `xterm-256color` → `xterm-direct`, `tmux-256color` → `tmux-direct`. Only an entry that is
/// installed is chosen (Debian: the ncurses-term package); otherwise nil, and the palette is
/// used.
public enum DirectColorTerm {
    /// - Parameter exists: whether a file exists (the terminfo database is files).
    public static func variant(environment: [String: String], exists: (String) -> Bool) -> String? {
        guard (environment["NO_COLOR"] ?? "").isEmpty,
              ["truecolor", "24bit"].contains((environment["COLORTERM"] ?? "").lowercased()),
              let term = environment["TERM"], !term.isEmpty, !term.contains("direct"), term != "dumb" else { return nil }
        var base = term
        for suffix in ["-256color", "-truecolor", "-color"] where base.hasSuffix(suffix) {
            base = String(base.dropLast(suffix.count))
            break
        }
        let candidate = base + "-direct"
        guard let first = candidate.unicodeScalars.first else { return nil }
        var folders: [String] = []
        if let terminfo = environment["TERMINFO"], !terminfo.isEmpty { folders.append(terminfo) }
        if let home = environment["HOME"], !home.isEmpty { folders.append(home + "/.terminfo") }
        folders += ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"]
        // Entries are filed under their first letter, or its hex code on some systems.
        let hex = String(first.value, radix: 16)
        for folder in folders {
            for letter in [String(first), hex] where exists("\(folder)/\(letter)/\(candidate)") {
                return candidate
            }
        }
        return nil
    }
}
