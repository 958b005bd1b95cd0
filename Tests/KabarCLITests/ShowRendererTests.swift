import KabarApp
import KabarCLI
import KabarCore
import KabarTUI
import Testing

@Suite struct ShowRendererTests {
    @Test(arguments: [40, 60, 100])
    func plainOutputIsWrappedToTheWidthAndHasNoEscapes(width: Int) throws {
        let article = try #require(BundledArticles.load().first)
        let text = ShowRenderer.render(article, width: width, color: false)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
        #expect(!text.contains("\u{1B}"))
        #expect(lines[0].hasPrefix("China Jatuh Cinta pada Liang Wenfeng"))
        #expect(text.contains("Business Insider · 2025-01-28 · "))
        #expect(text.contains("• Penampilan gemilangnya sebagian besar"))
    }

    @Test func colourWrapsSpansInSGRAndResets() throws {
        let article = try #require(BundledArticles.load().first)
        let text = ShowRenderer.render(article, width: 80, color: true)
        // The title is bold in colour 231 by the default theme.
        #expect(text.hasPrefix("\u{1B}[1;38;5;231mChina Jatuh Cinta"))
        #expect(text.contains("\u{1B}[0m"))
    }

    @Test(arguments: ["light", "high-contrast", "mono"])
    func colourFollowsTheThemeAsked(name: String) throws {
        let article = try #require(BundledArticles.load().first)
        let theme = ThemeRing.load(.builtInOnly, selected: name).theme
        #expect(theme.name == name)
        let text = ShowRenderer.render(article, width: 80, color: true, theme: theme)
        // The title line opens in that theme's title style, not the default theme's.
        let title = ANSIText.parameters(for: theme.style("text.title"))
        #expect(text.hasPrefix("\u{1B}[\(title)mChina Jatuh Cinta"))
        if name != "mono" { #expect(title != ANSIText.parameters(for: Theme.default.style("text.title"))) }
    }

    @Test(arguments: [
        (true, [:], true),
        (true, ["NO_COLOR": "1"], false),
        (true, ["NO_COLOR": ""], true),
        (true, ["TERM": "dumb"], false),
        (false, [:], false),
    ] as [(Bool, [String: String], Bool)])
    func colourOnlyOnATerminalWithoutNoColor(isTerminal: Bool, environment: [String: String], expected: Bool) {
        #expect(ShowRenderer.useColor(isTerminal: isTerminal, environment: environment) == expected)
    }

    @Test func sgrParameters() {
        #expect(ANSIText.parameters(for: .plain) == "")
        #expect(ANSIText.parameters(for: Style(fg: .indexed(117), modifiers: .bold)) == "1;38;5;117")
        #expect(ANSIText.parameters(for: Style(fg: .rgb(1, 2, 3), bg: .indexed(0), modifiers: [.underline, .reverse])) == "4;7;38;2;1;2;3;48;5;0")
    }
}
