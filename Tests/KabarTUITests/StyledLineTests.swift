import Testing
import KabarTUI

@Suite("Span and StyledLine")
struct StyledLineTests {
    @Test("width is the sum of the spans' display widths")
    func width() {
        #expect(StyledLine().width == 0)
        #expect(StyledLine("halo").width == 4)
        #expect(StyledLine([Span("ab"), Span("中文", style: Style(fg: .red)), Span("😀")]).width == 8)
        #expect(Span("cafe\u{301}").width == 4)
    }

    @Test("a one-span line keeps its style")
    func textInit() {
        let line = StyledLine("x", style: Style(fg: .green))
        #expect(line.spans == [Span("x", style: Style(fg: .green))])
        #expect(line.plainText == "x")
    }

    @Test("truncated", arguments: [
        ("halo", 4, "halo"), ("halo", 10, "halo"), ("halo dunia", 6, "halo …"), ("halo", 3, "ha…"),
        ("halo", 1, "…"), ("halo", 0, ""), ("中文中文", 5, "中文…"), ("中文中文", 4, "中…"), ("中文", 2, "…"),
    ] as [(String, Int, String)])
    func truncated(_ text: String, _ width: Int, _ expected: String) {
        let result = StyledLine(text).truncated(toWidth: width)
        #expect(result.plainText == expected)
        #expect(result.width <= max(0, width))
    }

    @Test("truncation keeps span styles and gives the ellipsis the cut span's style")
    func truncatedStyles() {
        let red = Style(fg: .red)
        let line = StyledLine([Span("ab"), Span("cdef", style: red), Span("gh")])
        #expect(line.truncated(toWidth: 5) == StyledLine([Span("ab"), Span("cd…", style: red)]))
    }
}
