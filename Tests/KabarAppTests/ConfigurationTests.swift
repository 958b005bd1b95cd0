@testable import KabarApp
import KabarCore
import KabarTUI
import Testing

/// config.toml: every setting, the messages for wrong ones, and key rebinding in the help.
@Suite struct ConfigurationTests {
    @Test func readsEverySetting() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        folder.write("news/a.md", "# A\n")
        let path = folder.write("kabar/config.toml", """
        articles = "../news"
        theme = "light"
        mouse = false
        glossaries = ["words.tsv", "~/more"]
        dictionaries = "/usr/share/dictd/freedict-eng-ind.index"

        [panes]
        list-width = 30
        side-width = 0

        [keys]
        next-mention = "n"
        previous-mention = ["p", "["]
        suspend = []

        [keys.article]
        next-word = ["e", "Right"]
        """)
        let config = Configuration.load(explicitPath: path, environment: ["HOME": "/home/u"])
        #expect(config.problems.isEmpty, "\(config.problems)")
        #expect(config.path == path)
        #expect(config.articles.map(ThemeCatalog.standardized) == ThemeCatalog.standardized(folder.path + "/news"))
        #expect(config.theme == "light")
        #expect(config.mouse == false)
        #expect(config.glossaries == [folder.path + "/kabar/words.tsv", "/home/u/more"])
        #expect(config.dictionaries == ["/usr/share/dictd/freedict-eng-ind.index"])
        #expect(config.paneWidths == PaneWidths(list: 30, side: 0))
        let keymap = config.keymap
        #expect(keymap.command(for: .char("n"), in: .list) == .nextMention)
        #expect(keymap.command(for: .char("]"), in: .list) == nil)
        #expect(keymap.command(for: .char("p"), in: .list) == .previousMention)
        #expect(keymap.command(for: .ctrl("z"), in: .list) == nil)
        #expect(keymap.command(for: .char("e"), in: .article) == .nextWord)
        #expect(keymap.command(for: .char("w"), in: .article) == nil)
        #expect(keymap.command(for: .char("q"), in: .article) == .quit)
    }

    @Test func aSyntaxErrorGivesTheDefaultsAndOneLine() {
        let config = Configuration.parse("theme = \"light\"\nmouse = off\n", path: "/etc/k.toml")
        #expect(config.problems.map(\.description) == ["/etc/k.toml:2:9: expected a value, found 'off' (strings need quotes)"])
        #expect(config.theme == nil)
        #expect(config.mouse == true)
    }

    @Test func aWrongSettingIsReportedAndTheRestStillApplies() {
        let config = Configuration.parse("""
        theme = "light"
        mouse = "yes"
        colour = 1
        [panes]
        list-width = 3
        side-width = 30
        [keys]
        next-mention = "n"
        jump-around = "x"
        previous-mention = "Ctrl-Alt-Del"
        quit = "n"
        [keys.sidebar]
        up = "k"
        """, path: "c.toml")
        #expect(config.problems.map(\.description) == [
            "c.toml:2:9: 'mouse' is true or false",
            "c.toml:3:1: unknown setting 'colour' (articles, theme, mouse, glossaries, dictionaries, [panes], [keys])",
            "c.toml:5:14: 'list-width' is a number of columns, 12–200",
            "c.toml:9:1: unknown command 'jump-around' (the README lists the command names)",
            "c.toml:10:20: not a key: keys look like \"j\", \"G\", \"C-d\", \"PgDn\", \"Space\", \"F1\"",
            "c.toml:11:8: 'n' is already bound to 'next-mention' above",
            "c.toml:12:7: unknown pane 'sidebar' ([keys.PANE] with PANE one of list, article, glossary, entities, timeline)",
        ])
        #expect(config.theme == "light")
        #expect(config.mouse == true)
        #expect(config.paneWidths == PaneWidths(list: nil, side: 30))
        #expect(config.keymap.command(for: .char("n"), in: .list) == .nextMention)
    }

    @Test func theConfigFileIsFoundUnderXDGConfigHome() {
        let folder = TempFolder()
        defer { folder.remove() }
        #expect(Configuration.load(environment: ["XDG_CONFIG_HOME": folder.path]).problems.isEmpty)
        folder.write("kabar/config.toml", "mouse = false\n")
        let config = Configuration.load(environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(config.mouse == false)
        #expect(config.path == folder.path + "/kabar/config.toml")
        let missing = Configuration.load(explicitPath: folder.path + "/nope.toml")
        #expect(missing.problems.map(\.description) == ["\(folder.path)/nope.toml: no such configuration file; using the defaults"])
    }

    @Test func reboundKeysShowInTheHelp() {
        let config = Configuration.parse("[keys]\nnext-mention = \"n\"\ncycle-theme = \"F5\"\n[keys.article]\nnext-word = \"e\"\n", path: "c.toml")
        var state = Fixtures.state(width: 100, height: 60)
        state.configure(themes: .builtIn, colorDepth: .palette256, keymap: config.keymap)
        state.press("?")
        let screen = state.screen
        #expect(screen.contains { $0.contains("n ") && $0.contains("next mention of this entity (across articles)") })
        #expect(!screen.contains { $0.contains("] ") && $0.contains("next mention of this entity") })
        #expect(screen.contains { $0.contains("F5") && $0.contains("next colour theme") })
        #expect(screen.contains { $0.contains("e ") && $0.contains("word cursor to the next word (article pane)") })
        state.press("Esc n")
        #expect(state.overlay == nil)
    }

    @Test func paneWidthsComeFromTheConfiguration() {
        var state = Fixtures.state(width: 100, height: 30)
        state.configure(themes: .builtIn, colorDepth: .palette256, paneWidths: PaneWidths(list: 25, side: 0))
        #expect(state.layout.list.width == 25)
        #expect(state.layout.side.isEmpty)
        _ = state.update(.resize(width: 120, height: 30))
        #expect(state.layout.list.width == 25)
        #expect(!state.screen.contains { $0.contains("Glossary") })
    }

    @Test func mTogglesTheMouseAndTheHelpRemindsOfShiftDrag() {
        var state = Fixtures.state(width: 100, height: 60)
        state.press("?")
        #expect(state.screen.contains { $0.contains("Shift+drag still selects text; click selects") })
        state.press("Esc")
        #expect(state.press("M") == [.setMouse(false)])
        #expect(!state.mouseEnabled)
        #expect(state.screen[59].contains("mouse off"))
        state.press("?")
        #expect(state.screen.contains { $0.contains("off: dragging selects text") })
        state.press("Esc")
        #expect(state.press("M") == [.setMouse(true)])
        #expect(state.status?.contains("Shift+drag selects text") == true)
    }

    @Test func theRuntimePassesMouseChangesToTheTerminal() {
        let backend = TestBackend(width: 80, height: 24)
        backend.enqueue(KeyParser.keys("M M M").map(InputEvent.key))
        var calls: [Bool] = []
        let runtime = ReaderRuntime(state: Fixtures.state(), backend: backend, hooks: .init(setMouse: { calls.append($0) }))
        _ = runtime.run(pollMilliseconds: 0, stopWhenIdle: true)
        #expect(calls == [false, true, false])
    }

    @Test func lessAndViKeysWorkBesideTheNamedKeys() {
        var state = Fixtures.state([Fixtures.panjang])
        state.press("Tab")
        state.press("C-f")
        let page = state.scroll
        #expect(page > 0)
        state.press("C-b")
        #expect(state.scroll == 0)
        state.press("C-e C-e C-n")
        #expect(state.scroll == 3)
        state.press("C-y C-p")
        #expect(state.scroll == 1)
        state.press(">")
        #expect(state.scroll == state.maxScroll)
        state.press("<")
        #expect(state.scroll == 0)
        state.press("l l h")
        #expect(state.cursor == 1)
        state.press("PgDn End Home")
        #expect(state.scroll == 0)
    }
}

extension ConfigurationTests {
    @Test func theStatusLineHintsFollowRebinding() {
        let config = Configuration.parse("[keys]\nquit = \"x\"\nhelp = []\n", path: "c.toml")
        var state = Fixtures.state()
        state.configure(themes: .builtIn, colorDepth: .palette256, keymap: config.keymap)
        #expect(state.screen[23].contains("x quit"))
        #expect(!state.screen[23].contains("q quit"))
        #expect(!state.screen[23].contains("help"))
        #expect(state.screen[23].contains("j/k move"))
    }
}
