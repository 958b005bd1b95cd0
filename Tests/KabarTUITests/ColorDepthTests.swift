import KabarTUI
import Testing

/// What the terminal can show, and fitting theme colours to it.
@Suite struct ColorDepthTests {
    @Test func noColorDumbTerminalsAndFewColoursMeanNone() {
        #expect(ColorDepth.detect(terminalColors: 256, environment: ["NO_COLOR": "1"]) == .none)
        #expect(ColorDepth.detect(terminalColors: 256, environment: ["NO_COLOR": ""]) == .palette256)
        #expect(ColorDepth.detect(terminalColors: 256, environment: ["TERM": "dumb"]) == .none)
        #expect(ColorDepth.detect(terminalColors: 0, environment: [:]) == .none)
        #expect(ColorDepth.detect(terminalColors: 8, environment: [:]) == .ansi8)
        #expect(ColorDepth.detect(terminalColors: 16, environment: [:]) == .ansi16)
        #expect(ColorDepth.detect(terminalColors: 88, environment: [:]) == .ansi16)
    }

    @Test func truecolorNeedsADirectTerminfoAndCOLORTERM() {
        let direct = 1 << 24
        #expect(ColorDepth.detect(terminalColors: direct, environment: ["COLORTERM": "truecolor"]) == .truecolor)
        #expect(ColorDepth.detect(terminalColors: direct, environment: ["COLORTERM": "24bit"]) == .truecolor)
        #expect(ColorDepth.detect(terminalColors: direct, environment: [:]) == .palette256)
        // ncurses cannot send 24-bit colour through a 256-colour terminfo entry.
        #expect(ColorDepth.detect(terminalColors: 256, environment: ["COLORTERM": "truecolor"]) == .palette256)
    }

    @Test func hexColoursFitTheNearestAvailableColour() {
        #expect(XtermPalette.reduce(.rgb(255, 0, 0), to: .palette256) == .indexed(196))
        #expect(XtermPalette.reduce(.rgb(0x5F, 0xAF, 0xFF), to: .palette256) == .indexed(75))
        #expect(XtermPalette.reduce(.rgb(128, 128, 128), to: .palette256) == .indexed(244))
        #expect(XtermPalette.reduce(.rgb(255, 0, 0), to: .ansi16) == .indexed(9))
        #expect(XtermPalette.reduce(.rgb(0, 0, 0x80), to: .ansi16) == .indexed(4))
        #expect(XtermPalette.reduce(.rgb(250, 250, 250), to: .ansi8) == .indexed(7))
        #expect(XtermPalette.reduce(.rgb(1, 2, 3), to: .truecolor) == .rgb(1, 2, 3))
        #expect(XtermPalette.reduce(.indexed(196), to: .ansi16) == .indexed(9))
        #expect(XtermPalette.reduce(.indexed(12), to: .ansi8) == .indexed(4))
        #expect(XtermPalette.reduce(.indexed(75), to: .palette256) == .indexed(75))
        #expect(XtermPalette.reduce(.indexed(75), to: .none) == .default)
        #expect(XtermPalette.reduce(.default, to: .ansi16) == .default)
    }

    @Test func directColourTerminfoNumbersAreRGB() {
        #expect(XtermPalette.cursesNumber(.default, directFrom: 8) == -1)
        #expect(XtermPalette.cursesNumber(.indexed(3), directFrom: 8) == 3)
        #expect(XtermPalette.cursesNumber(.indexed(75), directFrom: 8) == 0x5FAFFF)
        #expect(XtermPalette.cursesNumber(.indexed(75), directFrom: 256) == 75)
        #expect(XtermPalette.cursesNumber(.indexed(75), directFrom: nil) == 75)
        #expect(XtermPalette.cursesNumber(.rgb(0x12, 0x34, 0x56), directFrom: 8) == 0x123456)
        // Black would read as palette entry 0: it becomes the nearest RGB number instead.
        #expect(XtermPalette.cursesNumber(.rgb(0, 0, 0), directFrom: 8) == 8)
    }
}
