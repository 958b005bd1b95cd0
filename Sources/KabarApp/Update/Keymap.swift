import KabarTUI

/// Binds keys to named commands: global bindings, per-pane bindings that win over them, and
/// the search prompt's own bindings (there, any other character is typed into the query).
///
///     Keymap.default.command(for: .char("b"), in: .article)  // .previousWord
///     Keymap.default.command(for: .char("b"), in: .list)     // .pageUp
public struct Keymap: Sendable {
    public var global: [Key: Command]
    public var panes: [Pane: [Key: Command]]
    public var prompt: [Key: Command]

    public init(global: [Key: Command], panes: [Pane: [Key: Command]] = [:], prompt: [Key: Command] = Keymap.defaultPrompt) {
        self.global = global
        self.panes = panes
        self.prompt = prompt
    }

    public func command(for key: Key, in pane: Pane) -> Command? {
        panes[pane]?[key] ?? global[key]
    }

    /// The keys bound to `command`: globally, per pane and in the search prompt, in a stable order.
    public func keys(for command: Command) -> (global: [Key], panes: [(Pane, [Key])], prompt: [Key]) {
        func bound(_ map: [Key: Command]) -> [Key] {
            map.filter { $0.value == command }.map(\.key).sorted(by: Keymap.keyOrder)
        }
        let paneKeys = Pane.allCases.compactMap { pane -> (Pane, [Key])? in
            let keys = bound(panes[pane] ?? [:])
            return keys.isEmpty ? nil : (pane, keys)
        }
        return (bound(global), paneKeys, bound(prompt))
    }

    /// Single characters first, then named keys, each alphabetically: "j" before "Down".
    static func keyOrder(_ a: Key, _ b: Key) -> Bool {
        func rank(_ key: Key) -> Int { if case .char = key { return 0 }; return 1 }
        if rank(a) != rank(b) { return rank(a) < rank(b) }
        return a.displayName < b.displayName
    }

    public static let `default` = Keymap(
        global: [
            .char("q"): .quit,
            .ctrl("c"): .interrupt,
            .char("?"): .help,
            .escape: .closeOverlay,
            .tab: .nextPane,
            .backTab: .previousPane,
            .char("j"): .down, .down: .down,
            .char("k"): .up, .up: .up,
            .char("g"): .top, .home: .top,
            .char("G"): .bottom, .end: .bottom,
            .char(" "): .pageDown, .pageDown: .pageDown, .char("f"): .pageDown,
            .char("b"): .pageUp, .pageUp: .pageUp,
            .char("d"): .halfPageDown, .ctrl("d"): .halfPageDown,
            .char("u"): .halfPageUp, .ctrl("u"): .halfPageUp,
            .enter: .open,
            .char("]"): .nextMention, .char("["): .previousMention,
            .char("}"): .nextAnyMention, .char("{"): .previousAnyMention,
            .char("/"): .search,
            .char("n"): .nextMatch, .char("N"): .previousMatch,
            .ctrl("l"): .redraw,
            .char("R"): .reload,
            .ctrl("z"): .suspend,
            .char("T"): .cycleTheme,
            .char("M"): .toggleMouse,
            // less and vi keys beside the named ones.
            .ctrl("n"): .down, .ctrl("e"): .down,
            .ctrl("p"): .up, .ctrl("y"): .up,
            .char("<"): .top, .char(">"): .bottom,
            .ctrl("f"): .pageDown, .ctrl("b"): .pageUp,
        ],
        panes: [
            .article: [
                .char("w"): .nextWord, .right: .nextWord,
                .char("b"): .previousWord, .left: .previousWord,
                .char("l"): .nextWord, .char("h"): .previousWord,
            ],
            .entities: [
                .char("a"): .toggleEntityScope,
            ],
            .timeline: [
                .char("a"): .toggleTimelineScope,
            ],
        ]
    )

    /// The search prompt's keys. Up/Down walk the history; C-n/C-p and Tab/S-Tab the results.
    public static let defaultPrompt: [Key: Command] = [
        .enter: .openResult,
        .escape: .cancelSearch,
        .ctrl("n"): .nextResult, .tab: .nextResult,
        .ctrl("p"): .previousResult, .backTab: .previousResult,
        .up: .olderQuery, .down: .newerQuery,
        .backspace: .deleteBackward,
        .ctrl("w"): .deleteWord,
        .ctrl("u"): .clearQuery,
        .left: .caretLeft, .right: .caretRight,
    ]
}
