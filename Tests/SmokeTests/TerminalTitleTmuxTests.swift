import Foundation
import Testing

/// An article whose title and body carry an OSC 2 "set the window title" sequence cannot
/// change the terminal's title: not in the reader, not through `kabar show`, `list` or
/// `search` printing to the terminal (tmux records the title a program sets as the pane
/// title).
@Suite(.serialized, .enabled(if: Tmux.isAvailable && KabarBinary.path != nil))
struct TerminalTitleTmuxTests {
    static let article = """
        ---
        title: Banjir \u{1B}]2;pwned-title\u{07}Semarang
        source: Sumber\u{1B}]0;pwned-source\u{1B}\\
        ---
        Hujan deras \u{1B}]2;pwned-body\u{07}mengguyur kota. Warga mengungsi.

        """

    @Test func anOSC2SequenceInAnArticleLeavesThePaneTitleAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kabar-title-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/banjir.md"
        try Self.article.write(toFile: file, atomically: true, encoding: .utf8)
        let binary = KabarBinary.path ?? "kabar"

        let tmux = Tmux()
        defer { tmux.stop() }
        try tmux.startShell(width: 120, height: 30)
        // The harness sees a title change: a program setting one does change the pane title.
        try tmux.type("printf '\\033]2;sebelum\\007'")
        #expect(try tmux.wait(for: "#{pane_title}", toBe: "sebelum") == "sebelum")

        try tmux.type("'\(binary)' read '\(folder)'; echo selesai-read")
        var screen = try tmux.wait { $0.contains { $0.contains("Banjir") } && $0.contains { $0.contains("q quit") } }
        // The sequence is shown, harmless, as text with placeholders.
        #expect(screen.contains { $0.contains("]2;pwned-title") })
        #expect(try tmux.display("#{pane_title}") == "sebelum")
        try tmux.send("Tab", "G")
        _ = try tmux.wait { $0.contains { $0.contains("]2;pwned-body") } }
        #expect(try tmux.display("#{pane_title}") == "sebelum")
        try tmux.send("q")
        screen = try tmux.wait { $0.contains { $0.hasPrefix("selesai-read") } }
        #expect(try tmux.display("#{pane_title}") == "sebelum")

        for (index, command) in ["show '\(file)'", "show --width 40 '\(file)'", "list '\(folder)'",
                                 "search mengguyur '\(folder)'", "tokens --sentences '\(file)'"].enumerated() {
            try tmux.type("clear; '\(binary)' \(command); echo selesai-\(index)")
            screen = try tmux.wait { $0.contains { $0.hasPrefix("selesai-\(index)") } }
            #expect(screen.contains { $0.contains("pwned") }, "\(command) prints the text")
            #expect(try tmux.display("#{pane_title}") == "sebelum", "\(command)")
        }
    }
}
