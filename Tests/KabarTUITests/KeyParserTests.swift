import Testing
import KabarTUI

@Suite("KeyParser")
struct KeyParserTests {
    @Test("descriptions", arguments: [
        ("q", .char("q")), ("?", .char("?")), ("]", .char("]")), ("G", .char("G")), ("<", .char("<")),
        ("é", .char("é")),
        ("Space", .char(" ")), ("space", .char(" ")), ("Enter", .enter), ("ENTER", .enter), ("Return", .enter),
        ("Tab", .tab), ("S-Tab", .backTab), ("BackTab", .backTab), ("Esc", .escape), ("Escape", .escape),
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PgUp", .pageUp), ("PageUp", .pageUp), ("PgDn", .pageDown), ("PageDown", .pageDown),
        ("Home", .home), ("End", .end), ("Backspace", .backspace), ("Del", .delete), ("Delete", .delete),
        ("Ins", .insert),
        ("C-c", .ctrl("c")), ("Ctrl-c", .ctrl("c")), ("Ctrl+L", .ctrl("l")), ("C-C", .ctrl("c")), ("^d", .ctrl("d")),
        ("F1", .function(1)), ("F12", .function(12)), ("f5", .function(5)),
        ("<Enter>", .enter), ("<C-c>", .ctrl("c")), ("<q>", .char("q")),
    ] as [(String, Key)])
    func parse(_ description: String, _ expected: Key) {
        #expect(KeyParser.parse(description) == expected)
    }

    @Test("not keys", arguments: ["", "Foo", "C-1", "C-", "Ctrl-ab", "F0", "F25", "Fx", "<>", "<Nope>", "qq"])
    func invalid(_ description: String) {
        #expect(KeyParser.parse(description) == nil)
    }

    @Test("scripts")
    func scripts() {
        #expect(KeyParser.keys("j j Enter w w <C-c>") == [
            .char("j"), .char("j"), .enter, .char("w"), .char("w"), .ctrl("c"),
        ])
        #expect(KeyParser.keys("  /  abc Space Enter\tEsc ") == [
            .char("/"), .char("a"), .char("b"), .char("c"), .char(" "), .enter, .escape,
        ])
        #expect(KeyParser.keys("") == [])
        #expect(KeyParser.keys("< > <Tab>") == [.char("<"), .char(">"), .tab])
    }

    @Test("display names", arguments: [
        (.char("j"), "j"), (.char(" "), "Space"), (.enter, "Enter"), (.ctrl("c"), "C-c"), (.pageDown, "PgDn"),
        (.pageUp, "PgUp"), (.backTab, "S-Tab"), (.escape, "Esc"), (.function(3), "F3"), (.delete, "Del"),
        (.char("?"), "?"),
    ] as [(Key, String)])
    func displayName(_ key: Key, _ expected: String) {
        #expect(key.displayName == expected)
    }

    @Test("display names parse back to the same key", arguments: [
        Key.char("j"), .char(" "), .char("<"), .ctrl("x"), .enter, .tab, .backTab, .escape, .backspace, .delete,
        .insert, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .function(1), .function(24),
    ])
    func roundTrip(_ key: Key) {
        #expect(KeyParser.parse(key.displayName) == key)
    }
}
