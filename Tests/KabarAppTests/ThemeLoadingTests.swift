import Foundation
@testable import KabarApp
import KabarCore
import KabarTUI
import Testing

/// Theme files: the shipped ones, palettes, inheritance and the messages for broken files.
@Suite struct ThemeLoadingTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every scope the reader draws with; each shipped theme must set them all.
    static let scopes = [
        "ui.border", "ui.border.focused", "ui.title", "ui.title.focused", "ui.status", "ui.status.key",
        "ui.status.message", "ui.selection", "ui.selection.unfocused", "ui.cursor", "ui.help", "ui.help.key",
        "ui.placeholder", "ui.warning", "text", "text.title", "text.heading", "text.meta", "text.bullet",
        "entity", "entity.person", "entity.organization", "entity.location", "entity.product", "entity.event",
        "time", "time.value", "search.match",
        "gloss.word", "gloss.headword", "gloss.pos", "gloss.affix", "gloss.text", "gloss.expression",
    ]

    @Test func builtInThemesAreTheThemesFolderVerbatim() throws {
        let folder = Self.repository.appendingPathComponent("Themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }
        #expect(Set(files.map { String($0.dropLast(5)) }) == Set(BuiltInThemes.names))
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            // Run Scripts/embed_themes.py after editing a theme.
            #expect(BuiltInThemes.sources[String(file.dropLast(5))].map { $0 + "\n" } == text, "\(file) differs from BuiltInThemes.swift")
        }
        #expect(Array(BuiltInThemes.names.prefix(5)) == ["default", "light", "terminal", "high-contrast", "mono"])
    }

    @Test(arguments: BuiltInThemes.names)
    func everyShippedThemeLoadsAndSetsEveryScope(name: String) throws {
        let theme = try ThemeCatalog.builtInOnly.load(name).get()
        #expect(theme.name == name)
        let missing = Self.scopes.filter { theme.scopes[$0] == nil }
        #expect(missing.isEmpty, "\(name) lacks \(missing)")
        // Selection, cursor and entities are marked by an attribute too, so they survive NO_COLOR.
        for scope in ["ui.cursor", "entity.person", "time"] {
            #expect(!theme.style(scope).modifiers.isEmpty, "\(name): \(scope)")
        }
    }

    @Test func theDefaultThemeKeepsItsLook() {
        let theme = Theme.default
        #expect(theme.name == "default")
        #expect(theme.style("ui.cursor") == Style(fg: .indexed(214), modifiers: [.reverse, .bold]))
        #expect(theme.style("ui.border.focused") == Style(fg: .indexed(75), modifiers: .bold))
        #expect(theme.style("text.meta") == Style(fg: .indexed(245), modifiers: .italic))
        #expect(theme.style("entity.location") == Style(fg: .indexed(180), modifiers: .underline))
        #expect(theme.style("ui.status.key") == Style(fg: .indexed(229), bg: .indexed(236), modifiers: .bold))
        #expect(theme.style("text.heading.h3") == theme.style("text.heading"))
        #expect(theme.style("nothing.here") == .plain)
    }

    @Test func monoHasNoColoursAndTerminalOnlyTheSixteen() throws {
        for style in Theme.mono.scopes.values {
            #expect(style.fg == .default && style.bg == .default)
        }
        let terminal = try ThemeCatalog.builtInOnly.load("terminal").get()
        for style in terminal.scopes.values {
            for color in [style.fg, style.bg] {
                if case .indexed(let n) = color { #expect(n < 16) } else { #expect(color == .default) }
            }
        }
    }

    @Test func coloursAreNamesIndexesOrHex() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        let path = folder.write("c.toml", """
        [palette]
        accent = "#5fafff"
        red = 196
        [scopes]
        "a" = "bright-blue"
        "b" = { fg = "accent", bg = 17, modifiers = "underline" }
        "c" = { fg = "red", bg = "default" }
        [scopes.ui.border]
        fg = 240
        [scopes.ui.border.focused]
        fg = "#010203"
        modifiers = ["bold", "reversed"]
        """)
        let theme = try ThemeCatalog(folders: []).load(path).get()
        #expect(theme.name == "c")
        #expect(theme.style("a") == Style(fg: .indexed(12)))
        #expect(theme.style("b") == Style(fg: .rgb(0x5F, 0xAF, 0xFF), bg: .indexed(17), modifiers: .underline))
        // The palette wins over a standard name.
        #expect(theme.style("c") == Style(fg: .indexed(196)))
        #expect(theme.style("ui.border") == Style(fg: .indexed(240)))
        #expect(theme.style("ui.border.focused") == Style(fg: .rgb(1, 2, 3), modifiers: [.bold, .reverse]))
    }

    @Test(arguments: [
        ("[scopes]\n\"ui.border\" = { fg = \"bleu\" }", "2:22: unknown colour 'bleu'"),
        ("[scopes]\n\"ui.border\" = { fg = 300 }", "2:22: colour index 300 is not in 0–255"),
        ("[scopes]\n\"ui.border\" = { fg = \"#12345\" }", "2:22: '#12345' is not a #RRGGBB colour"),
        ("[scopes]\n\"ui.border\" = { modifiers = [\"blink\"] }", "2:30: unknown modifier 'blink'"),
        ("[scopes]\n\"ui.border\" = { colour = 1 }", "2:17: unknown style key 'colour'"),
        ("[scopes]\n\"UI Border\" = 1", "2:1: 'UI Border' is not a scope name"),
        ("colours = 1", "1:1: unknown key 'colours'"),
        ("[palette]\naccent = \"accent2\"", "2:10: unknown colour 'accent2'"),
        ("[scopes\n", "1:8: expected ']' to close the table header"),
        ("inherits = \"nope\"", "1:12: inherits 'nope', which is not a theme"),
    ])
    func aBrokenThemeSaysFileLineAndColumn(text: String, expected: String) {
        let folder = TempFolder()
        defer { folder.remove() }
        let path = folder.write("broken.toml", text)
        switch ThemeCatalog(folders: [folder.path]).load(path) {
        case .success: Issue.record("loaded a broken theme")
        case .failure(let problem):
            let resolved = ThemeCatalog.standardized(path)
            #expect(problem.description.hasPrefix("\(resolved):\(expected)"), "\(problem)")
            #expect(!problem.description.contains("\n"))
        }
    }

    @Test func anInheritanceCycleIsRejected() {
        let folder = TempFolder()
        defer { folder.remove() }
        folder.write("a.toml", "inherits = \"b\"\n")
        let b = folder.write("b.toml", "# b\ninherits = \"a\"\n")
        let catalog = ThemeCatalog(folders: [folder.path])
        guard case .failure(let problem) = catalog.load("a") else { Issue.record("a cycle loaded"); return }
        #expect(problem.description == "\(ThemeCatalog.standardized(b)):2:12: inheritance cycle: a → b → a")
        guard case .failure(let selfCycle) = ThemeCatalog(folders: [folder.path]).load(folder.write("c.toml", "inherits = \"c\"")) else {
            Issue.record("a theme inheriting only itself loaded"); return
        }
        #expect(selfCycle.message.contains("inherits 'c'"))
    }

    @Test func aThemeInheritsAndRecoloursThroughThePalette() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        // Same name as the built-in: inheriting "default" reaches the built-in one.
        folder.write("default.toml", """
        inherits = "default"
        [palette]
        accent = 196
        [scopes]
        "entity.person" = { fg = "green", modifiers = ["bold"] }
        """)
        folder.write("child.toml", "inherits = \"default\"\n[scopes]\n\"text\" = \"white\"\n")
        let catalog = ThemeCatalog(folders: [folder.path])
        let mine = try catalog.load("default").get()
        #expect(mine.style("ui.border.focused") == Style(fg: .indexed(196), modifiers: .bold))
        #expect(mine.style("text.bullet") == Style(fg: .indexed(196)))
        #expect(mine.style("entity.person") == Style(fg: .indexed(2), modifiers: .bold))
        #expect(mine.style("ui.cursor") == Theme.default.style("ui.cursor"))
        // A grandchild sees the user's default, which sees the built-in one.
        let child = try catalog.load("child").get()
        #expect(child.style("text") == Style(fg: .indexed(7)))
        #expect(child.style("entity.person") == Style(fg: .indexed(2), modifiers: .bold))
        #expect(catalog.names.prefix(5) == ["default", "light", "terminal", "high-contrast", "mono"])
        #expect(catalog.names.contains("child"))
    }

    @Test func aMissingThemeNameListsTheThemes() {
        guard case .failure(let problem) = ThemeCatalog.builtInOnly.load("nord") else { Issue.record("found nord"); return }
        #expect(problem.description == "theme 'nord': not found (themes: default, light, terminal, high-contrast, mono)")
    }

    @Test func aBrokenSelectedThemeFallsBackToTheDefault() {
        let folder = TempFolder()
        defer { folder.remove() }
        let path = folder.write("broken.toml", "[scopes]\n\"text\" = { fg = \"nope\" }\n")
        let ring = ThemeRing.load(ThemeCatalog(folders: []), selected: path)
        #expect(ring.current.name == "broken")
        #expect(ring.problem?.description.hasSuffix("broken.toml:2:17: unknown colour 'nope': not in the palette, not a colour name") == true)
        #expect(ring.theme.scopes == Theme.default.scopes)
        #expect(ring.entries.count == BuiltInThemes.names.count + 1)
    }
}
