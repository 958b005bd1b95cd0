import KabarTUI

extension Keymap {
    /// A status-line hint's keys ("q", "w/b") as the key map has them now: each default key
    /// that still runs its command in `pane`, else the first key bound to that command there;
    /// nil when a command has no key at all.
    ///
    ///     Keymap.default.hint("w/b", in: .article) == "w/b"
    func hint(_ keys: String, in pane: Pane) -> String? {
        var shown: [String] = []
        // "w/b" is two keys; "/" alone is the slash key.
        let names = keys == "/" ? ["/"] : keys.split(separator: "/").map(String.init)
        for name in names {
            guard let key = KeyParser.parse(String(name)), let command = Keymap.default.command(for: key, in: pane) else {
                shown.append(String(name))
                continue
            }
            if self.command(for: key, in: pane) == command {
                shown.append(String(name))
                continue
            }
            let bound = self.keys(for: command)
            let inPane = bound.panes.first { $0.0 == pane }?.1 ?? []
            guard let first = (inPane + bound.global).first(where: { self.command(for: $0, in: pane) == command }) else { return nil }
            shown.append(first.displayName)
        }
        return shown.joined(separator: "/")
    }
}
