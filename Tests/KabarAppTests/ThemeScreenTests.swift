import KabarApp
import KabarCore
import KabarTUI
import Testing

/// Every shipped theme on an 80×24 screen: entity colours, the word cursor and the
/// selection; then the same without colour (NO_COLOR, TERM=dumb); and `T` cycling live.
@Suite struct ThemeScreenTests {
    static let themes = ["default", "light", "terminal", "high-contrast", "mono"]

    static func state(theme: String, depth: ColorDepth = .palette256) -> AppState {
        var state = AppState(articles: [EntitiesReaderTests.first, EntitiesReaderTests.second].map { AnalyzedArticle($0) },
                             analyzer: Fixtures.analyzer, width: 80, height: 24)
        state.configure(themes: ThemeRing.load(.builtInOnly, selected: theme), colorDepth: depth)
        return state
    }

    /// The style of the first cell of the first on-screen word with this text.
    static func wordStyle(_ text: String, in state: AppState) throws -> Style {
        let document = try #require(state.document)
        let word = try #require(document.words.first { $0.text == text })
        let area = state.layout.articleText
        return view(state)[area.x + word.column, area.y + word.line - state.scroll].style
    }

    /// The style of the selected row's first title cell in the article list.
    static func selectedListStyle(in state: AppState) -> Style {
        let rows = state.layout.listRows
        return view(state)[rows.x + 2, rows.y + state.selected - state.listOffset].style
    }

    /// True when `cell` shows everything `wanted` asks for: its colours and its modifiers.
    static func shows(_ cell: Style, _ wanted: Style) -> Bool {
        (wanted.fg == .default || cell.fg == wanted.fg) && (wanted.bg == .default || cell.bg == wanted.bg)
            && cell.modifiers.isSuperset(of: wanted.modifiers)
    }

    @Test(arguments: themes)
    func entitiesAreDrawnInTheirThemeStyle(name: String) throws {
        let state = Self.state(theme: name)
        #expect(state.theme.name == name)
        let theme = state.theme
        let person = try Self.wordStyle("Rudy", in: state)
        let place = try Self.wordStyle("Kabupaten", in: state)
        let plain = try Self.wordStyle("mengungsi", in: state)
        #expect(person == theme.style("text").patched(with: theme.style("entity.person")))
        #expect(place == theme.style("text").patched(with: theme.style("entity.location")))
        #expect(plain == theme.style("text"))
        #expect(person.modifiers.contains(.underline) && place.modifiers.contains(.underline))
        #expect(!plain.modifiers.contains(.underline))
        if name != "mono" {
            #expect(person.fg != place.fg, "\(name): people and places look the same")
            #expect(person.fg != .default)
        }
    }

    @Test(arguments: themes)
    func theCursorAndTheSelectionStandOut(name: String) throws {
        var state = Self.state(theme: name)
        let theme = state.theme
        // The list has the focus: its selected row has the selection style.
        let selected = Self.selectedListStyle(in: state)
        #expect(Self.shows(selected, theme.style("ui.selection")))
        state.press("j")
        #expect(Self.shows(Self.selectedListStyle(in: state), theme.style("ui.selection")))
        // In the article, the cursor word wears the cursor style and its neighbour does not.
        state.press("k Enter w w")
        #expect(state.cursorWord?.text == "Garut")
        let cursor = try Self.wordStyle("Garut", in: state)
        #expect(Self.shows(cursor, theme.style("ui.cursor")))
        #expect(cursor != (try Self.wordStyle("Gempa", in: state)))
        // The list lost the focus: its selection is the unfocused style, still visible.
        let unfocused = Self.selectedListStyle(in: state)
        #expect(Self.shows(unfocused, theme.style("ui.selection.unfocused")))
        #expect(unfocused != .plain)
    }

    @Test(arguments: themes)
    func withoutColourAttributesStillMarkEverything(name: String) throws {
        var state = Self.state(theme: name, depth: .none)
        let frame = view(state)
        for y in 0..<frame.height {
            for x in 0..<frame.width {
                let style = frame[x, y].style
                #expect(style.fg == .default && style.bg == .default, "\(name): colour at \(x),\(y)")
            }
        }
        #expect(Self.selectedListStyle(in: state).modifiers.contains(.reverse))
        #expect(try Self.wordStyle("Rudy", in: state).modifiers.contains(.underline))
        state.press("Enter w w")
        let cursor = try Self.wordStyle("Garut", in: state)
        #expect(cursor.modifiers.contains(.reverse))
        #expect(cursor.modifiers.contains(.underline), "the cursor is on a place name")
        #expect(!(try Self.wordStyle("Gempa", in: state)).modifiers.contains(.reverse))
        #expect(!Self.selectedListStyle(in: state).modifiers.isEmpty, "unfocused selection")
        // The status line stays set apart, in reverse video.
        #expect(frame[0, 23].style.modifiers.contains(.reverse))
    }

    @Test func tCyclesThemesLiveAndSaysWhich() throws {
        var state = Self.state(theme: "default")
        let before = try Self.wordStyle("di", in: state)
        state.press("T")
        #expect(state.theme.name == "light")
        #expect(state.status == "theme: light")
        #expect(state.screen[23].contains("theme: light"))
        let light = state.theme
        // The open article is laid out again in the new theme's styles.
        #expect(try Self.wordStyle("di", in: state) == light.style("text").patched(with: light.style("text.title")))
        #expect(try Self.wordStyle("di", in: state) != before)
        state.press("T T T T")
        #expect(state.theme.name == "default")
        #expect(try Self.wordStyle("di", in: state) == before)
    }

    @Test func tSaysWhenAThemeDoesNotLoad() {
        let folder = TempFolder()
        defer { folder.remove() }
        folder.write("zz-broken.toml", "[scopes]\n\"text\" = { fg = \"mauve\" }\n")
        var state = Self.state(theme: "default")
        state.configure(themes: ThemeRing.load(ThemeCatalog(folders: [folder.path]), selected: "mono"), colorDepth: .palette256)
        state.press("T")
        #expect(state.themeRing.current.name == "zz-broken")
        #expect(state.status?.hasPrefix("theme zz-broken not loaded: ") == true)
        #expect(state.status?.contains("zz-broken.toml:2:17: unknown colour 'mauve'") == true)
        #expect(state.theme.scopes == Theme.default.scopes)
    }
}
