import Foundation
import Testing

/// Themes and colour in a real terminal (tmux): NO_COLOR, and broken theme and config files
/// that must not stop the reader.
@Suite(.serialized, .enabled(if: Tmux.isAvailable && KabarBinary.path != nil))
struct ThemeTmuxTests {
    /// A private config home, so the user's own config.toml and themes stay out of the test.
    let home = NSTemporaryDirectory() + "kabar-smoke-\(UUID().uuidString.prefix(8))"

    /// Starts the reader and waits for its first screen (and for `until`, when given).
    func start(_ tmux: Tmux, _ arguments: String, environment: String = "", until: String = "q quit") throws -> [String] {
        let binary = KabarBinary.path ?? "kabar"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try tmux.start("cd '\(KabarBinary.repository.path)' && env -u NO_COLOR XDG_CONFIG_HOME='\(home)' \(environment) '\(binary)' \(arguments)",
                       width: 100, height: 30)
        return try tmux.wait { $0.contains { $0.contains("Articles (2)") } && $0.contains { $0.contains(until) } }
    }

    /// The screen with its SGR escapes, as tmux re-encodes them.
    func styledScreen(_ tmux: Tmux) throws -> String {
        try tmux.run(["capture-pane", "-p", "-e", "-t", "smoke"])
    }

    /// SGR parameter lists that set a colour: 30–37, 40–47, 90–97, 100–107, 38;…, 48;….
    static func colourCodes(in text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1B}[") {
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(where: { $0.isLetter }) else { break }
            if after[end] == "m" {
                let params = after[..<end].split(separator: ";").compactMap { Int($0) }
                if params.contains(where: { (30...37).contains($0) || (40...47).contains($0) || (90...97).contains($0)
                    || (100...107).contains($0) || $0 == 38 || $0 == 48 }) {
                    found.append(String(after[..<end]))
                }
            }
            rest = after[end...]
        }
        return found
    }

    @Test func noColorMeansNoColourYetTheSelectionAndCursorShow() throws {
        let tmux = Tmux()
        defer { tmux.stop(); try? FileManager.default.removeItem(atPath: home) }
        _ = try start(tmux, "", environment: "TERM=xterm-256color NO_COLOR=1")
        var styled = try styledScreen(tmux)
        #expect(Self.colourCodes(in: styled).isEmpty, "\(Self.colourCodes(in: styled).prefix(5))")
        #expect(styled.contains("7m"), "the selected article is in reverse video")
        try tmux.send("Tab", "w", "T")
        let screen = try tmux.wait { $0.contains { $0.contains("theme: light (no colour") } }
        #expect(screen.contains { $0.contains("theme: light (no colour on this terminal)") })
        styled = try styledScreen(tmux)
        #expect(Self.colourCodes(in: styled).isEmpty)
        #expect(styled.contains("\u{1B}[1;7m") || styled.contains(";7m"), "the word cursor is in reverse video")
        try tmux.send("q")
        #expect(try tmux.wait { $0.contains { $0.contains("kabar-exit=") } }.contains("kabar-exit=0"))
    }

    @Test func aBrokenThemeAndConfigStillStartWithTheDefaults() throws {
        let tmux = Tmux()
        defer { tmux.stop(); try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let theme = home + "/broken.toml"
        try "[scopes]\n\"ui.border\" = { fg = \"bleu\" }\n".write(toFile: theme, atomically: true, encoding: .utf8)
        let config = home + "/config.toml"
        try "mouse = false\n[keys]\nnext-mention = \"n\"\nquit = 7\n".write(toFile: config, atomically: true, encoding: .utf8)
        var screen = try start(tmux, "--theme '\(theme)' --config '\(config)'", environment: "TERM=xterm-256color",
                               until: "config.toml:4:8")
        // The status line names the first problem; the reader runs with the default theme in colour.
        #expect(screen.contains { $0.contains("config.toml:4:8: not a key") }, "\(screen.last ?? "")")
        let styled = try styledScreen(tmux)
        #expect(!Self.colourCodes(in: styled).isEmpty, "\(styled.prefix(300).debugDescription)")
        // The good settings in the config still apply: the mouse is off.
        #expect(try tmux.display("#{mouse_any_flag}") == "0")
        try tmux.send("q")
        screen = try tmux.wait { $0.contains { $0.contains("kabar-exit=") } }
        #expect(screen.contains("kabar-exit=0"))
        let text = screen.joined(separator: "\n").replacingOccurrences(of: "\n", with: "")
        #expect(text.contains("broken.toml:2:22: unknown colour 'bleu'"))
        #expect(text.contains("(using the default theme)"))
    }
}
