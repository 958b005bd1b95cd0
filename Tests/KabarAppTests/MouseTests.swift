import KabarApp
import KabarCore
import KabarTUI
import Testing

@Suite struct MouseTests {
    @Test func clickOnAListRowOpensThatArticle() {
        var state = Fixtures.state()
        // Row 2 of the screen is the second list row (row 0 is the border).
        _ = state.update(.mouse(MouseEvent(action: .press(.left), x: 5, y: 2)))
        #expect(state.openArticle?.article.id == "pasar-modal")
        #expect(state.selected == 1)
        #expect(state.focus == .list)
    }

    @Test func clickOnAWordMovesTheCursorThere() {
        var state = Fixtures.state()
        let text = state.layout.articleText
        // "Rendam" spans columns 7–12 of the title row; click its middle.
        _ = state.update(.mouse(MouseEvent(action: .press(.left), x: text.x + 9, y: text.y)))
        #expect(state.focus == .article)
        #expect(state.cursorWord?.text == "Rendam")
        // A click on the first body row, on "deras" (columns 6–10).
        _ = state.update(.mouse(MouseEvent(action: .press(.left), x: text.x + 8, y: text.y + 3)))
        #expect(state.cursorWord?.text == "deras")
    }

    @Test func wheelScrollsThePaneUnderThePointer() {
        var state = Fixtures.state([Fixtures.panjang, Fixtures.banjir])
        let text = state.layout.articleText
        _ = state.update(.mouse(MouseEvent(action: .scrollDown, x: text.x + 1, y: text.y + 1)))
        #expect(state.scroll == 3)
        _ = state.update(.mouse(MouseEvent(action: .scrollUp, x: text.x + 1, y: text.y + 1)))
        #expect(state.scroll == 0)
        // Focus does not move on the wheel.
        #expect(state.focus == .list)
    }

    @Test func aClickClosesTheHelpOverlay() {
        var state = Fixtures.state()
        state.press("?")
        _ = state.update(.mouse(MouseEvent(action: .press(.left), x: 1, y: 1)))
        #expect(state.overlay == nil)
    }
}
