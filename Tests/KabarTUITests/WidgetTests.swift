import Testing
import KabarTUI

@Suite("Widgets")
struct WidgetTests {
    @Test("BorderBox draws its border and title at 10×4", arguments: [
        ("Kabar", ["┌ Kabar ─┐", "│        │", "│        │", "└────────┘"]),
        ("", ["┌────────┐", "│        │", "│        │", "└────────┘"]),
        ("Berita Utama Hari Ini", ["┌ Berit… ┐", "│        │", "│        │", "└────────┘"]),
        ("中文中文", ["┌ 中文… ─┐", "│        │", "│        │", "└────────┘"]),
    ])
    func borderBox(_ title: String, _ expected: [String]) {
        var buffer = Buffer(width: 10, height: 4)
        BorderBox(title: title).render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == expected)
    }

    @Test("BorderBox styles and inner area")
    func borderBoxStyles() {
        var buffer = Buffer(width: 12, height: 5)
        let border = Style(fg: .blue), title = Style(modifiers: .bold)
        let box = BorderBox(title: "Isi", borderStyle: border, titleStyle: title)
        let area = Rect(x: 1, y: 1, width: 10, height: 4)
        box.render(in: area, buffer: &buffer)
        #expect(box.inner(of: area) == Rect(x: 2, y: 2, width: 8, height: 2))
        #expect(buffer[1, 1] == Cell(symbol: "┌", style: border))
        #expect(buffer[10, 4] == Cell(symbol: "┘", style: border))
        #expect(buffer[3, 1] == Cell(symbol: "I", style: title))
        #expect(buffer[2, 1].style == border)
        #expect(buffer[0, 0] == .blank)
        #expect(buffer.lines == ["", " ┌ Isi ───┐", " │        │", " │        │", " └────────┘"])
    }

    @Test("BorderBox too small draws nothing; clipped by the buffer it stays inside")
    func borderBoxSmall() {
        var buffer = Buffer(width: 4, height: 3)
        BorderBox(title: "x").render(in: Rect(x: 0, y: 0, width: 1, height: 3), buffer: &buffer)
        #expect(buffer == Buffer(width: 4, height: 3))
        BorderBox().render(in: Rect(x: 2, y: 1, width: 5, height: 5), buffer: &buffer)
        #expect(buffer.lines == ["", "  ┌─", "  │"])
    }

    @Test("TextView shows lines from the scroll offset, clipped, and blanks the rest")
    func textView() {
        var buffer = Buffer(width: 7, height: 4)
        buffer.setString(x: 0, y: 0, "xxxxxxx", style: .plain)
        let lines = [StyledLine("satu"), StyledLine("dua panjang sekali"), StyledLine("tiga")]
        let bg = Style(bg: .blue)
        TextView(lines: lines, scroll: 1, style: bg).render(in: Rect(x: 1, y: 0, width: 5, height: 3), buffer: &buffer)
        #expect(buffer.lines == ["xdua px", " tiga", "", ""])
        #expect(buffer[5, 1] == Cell(symbol: " ", style: bg))
        #expect(buffer[2, 0].style == bg)
        #expect(buffer[6, 0].symbol == "x")
        #expect(buffer[1, 3] == .blank)
    }

    @Test("TextView keeps span styles over its own")
    func textViewSpans() {
        var buffer = Buffer(width: 6, height: 1)
        let line = StyledLine([Span("ab"), Span("cd", style: Style(fg: .red))])
        TextView(lines: [line], style: Style(bg: .black)).render(in: buffer.area, buffer: &buffer)
        #expect(buffer[2, 0].style == Style(fg: .red, bg: .black))
        #expect(buffer[0, 0].style == Style(bg: .black))
    }

    @Test("ListView offset keeps the selection visible", arguments: [
        // (selected, height, current, expected)
        (0, 5, 0, 0), (4, 5, 0, 0), (5, 5, 0, 1), (7, 5, 0, 3), (2, 5, 3, 2), (3, 5, 3, 3),
        (9, 5, 8, 8), (3, 0, 0, 3),
    ])
    func listOffset(_ selected: Int, _ height: Int, _ current: Int, _ expected: Int) {
        #expect(ListView.offset(keeping: selected, visible: height, current: current) == expected)
    }

    @Test("ListView draws the visible items with the selected row highlighted")
    func listView() {
        var buffer = Buffer(width: 6, height: 3)
        let highlight = Style(modifiers: .reverse)
        let list = ListView(items: ["alpha", "beta", "gamma", "delta"], selected: 2, offset: 0, selectedStyle: highlight)
        list.render(in: Rect(x: 0, y: 0, width: 6, height: 2), buffer: &buffer)
        #expect(buffer.lines == ["beta", "gamma", ""])
        for x in 0..<6 { #expect(buffer[x, 1].style == highlight) }
        #expect(buffer[5, 0].style == .plain)
        #expect(buffer[0, 2] == .blank)
    }

    @Test("ListView cuts long items with an ellipsis")
    func listEllipsis() {
        var buffer = Buffer(width: 6, height: 3)
        let items = [StyledLine("panjang sekali"), StyledLine("pas!!!"), StyledLine("中文中文")]
        ListView(items: items, selected: nil, offset: 0, selectedStyle: .plain).render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == ["panja…", "pas!!!", "中文…"])
    }

    @Test("Clear blanks only its area")
    func clear() {
        var buffer = Buffer(width: 4, height: 2)
        buffer.setString(x: 0, y: 0, "abcd", style: .plain)
        buffer.setString(x: 0, y: 1, "efgh", style: .plain)
        let style = Style(bg: .red)
        Clear(style: style).render(in: Rect(x: 1, y: 1, width: 2, height: 3), buffer: &buffer)
        #expect(buffer.lines == ["abcd", "e  h"])
        #expect(buffer[1, 1] == Cell(symbol: " ", style: style))
    }
}
