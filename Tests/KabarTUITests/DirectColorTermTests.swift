import KabarTUI
import Testing

/// Choosing a direct-colour terminfo entry when COLORTERM asks for 24-bit colour.
@Suite struct DirectColorTermTests {
    static let installed: Set<String> = ["/usr/share/terminfo/x/xterm-direct", "/lib/terminfo/74/tmux-direct"]
    static func variant(_ environment: [String: String]) -> String? {
        DirectColorTerm.variant(environment: environment, exists: { installed.contains($0) })
    }

    @Test func aPaletteTermWithTruecolorGetsItsDirectVariant() {
        #expect(Self.variant(["TERM": "xterm-256color", "COLORTERM": "truecolor"]) == "xterm-direct")
        #expect(Self.variant(["TERM": "xterm-256color", "COLORTERM": "24bit"]) == "xterm-direct")
        // Filed under the hex code of its first letter ("74" is "t").
        #expect(Self.variant(["TERM": "tmux-256color", "COLORTERM": "truecolor"]) == "tmux-direct")
    }

    @Test func otherwiseThePaletteStays() {
        #expect(Self.variant(["TERM": "xterm-256color"]) == nil)
        #expect(Self.variant(["TERM": "xterm-256color", "COLORTERM": "truecolor", "NO_COLOR": "1"]) == nil)
        #expect(Self.variant(["TERM": "screen-256color", "COLORTERM": "truecolor"]) == nil)
        #expect(Self.variant(["TERM": "xterm-direct", "COLORTERM": "truecolor"]) == nil)
        #expect(Self.variant(["TERM": "dumb", "COLORTERM": "truecolor"]) == nil)
    }
}
