import Testing
import KabarTUI

/// The text of each wrapped line, cut out of `text` by Unicode-scalar offsets.
private func wrapped(_ text: String, _ width: Int) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return TextWrap.wrap(text, width: width).map { line in
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[line.start..<line.end])
        return String(s)
    }
}

@Suite("TextWrap")
struct TextWrapTests {
    @Test("lines", arguments: [
        ("", 10, [""]),
        ("halo dunia", 10, ["halo dunia"]),
        ("halo dunia", 9, ["halo", "dunia"]),
        ("halo dunia", 4, ["halo", "duni", "a"]),
        ("abcdefghij", 3, ["abc", "def", "ghi", "j"]),
        ("a bcdefgh", 3, ["a", "bcd", "efg", "h"]),
        ("a  b", 10, ["a  b"]),
        ("a    b", 3, ["a", "b"]),
        ("ab   ", 10, ["ab"]),
        ("satu\ndua", 10, ["satu", "dua"]),
        ("a\n\nb", 10, ["a", "", "b"]),
        ("a\n", 10, ["a", ""]),
        ("a\r\nb\rc", 10, ["a", "b", "c"]),
        ("  ab cd", 4, ["  ab", "cd"]),
        ("abc", 0, ["a", "b", "c"]),
        ("Presiden meresmikan jembatan baru di Jakarta.", 16,
         ["Presiden", "meresmikan", "jembatan baru di", "Jakarta."]),
        ("中文中文中", 4, ["中文", "中文", "中"]),
        ("中文中文中", 5, ["中文", "中文", "中"]),
        ("中文中", 1, ["中", "文", "中"]),
        ("a中文", 3, ["a中", "文"]),
        ("hello 中文中文中文", 8, ["hello", "中文中文", "中文"]),
        ("😀😀😀", 3, ["😀", "😀", "😀"]),
        ("cafe\u{301} enak", 5, ["cafe\u{301}", "enak"]),
        ("👍🏽 bagus sekali", 8, ["👍🏽 bagus", "sekali"]),
    ] as [(String, Int, [String])])
    func lines(_ text: String, _ width: Int, _ expected: [String]) {
        #expect(wrapped(text, width) == expected)
    }

    @Test("offsets are Unicode-scalar offsets")
    func offsets() {
        #expect(TextWrap.wrap("halo dunia", width: 9) == [WrappedLine(start: 0, end: 4), WrappedLine(start: 5, end: 10)])
        #expect(TextWrap.wrap("a    b", width: 3) == [WrappedLine(start: 0, end: 1), WrappedLine(start: 5, end: 6)])
        #expect(TextWrap.wrap("a\r\nb", width: 5) == [WrappedLine(start: 0, end: 1), WrappedLine(start: 3, end: 4)])
        #expect(TextWrap.wrap("中文中文中", width: 4) == [
            WrappedLine(start: 0, end: 2), WrappedLine(start: 2, end: 4), WrappedLine(start: 4, end: 5),
        ])
        // "café" with a combining accent is 5 scalars; "enak" starts after the space at 5.
        #expect(TextWrap.wrap("cafe\u{301} enak", width: 5) == [WrappedLine(start: 0, end: 5), WrappedLine(start: 6, end: 10)])
        // The thumbs-up with a skin tone is 2 scalars.
        #expect(TextWrap.wrap("👍🏽 ok", width: 2) == [WrappedLine(start: 0, end: 2), WrappedLine(start: 3, end: 5)])
        #expect(TextWrap.wrap("", width: 3) == [WrappedLine(start: 0, end: 0)])
    }

    @Test("properties on generated text", arguments: [11, 12, 13])
    func properties(seed: UInt64) {
        var rng = SplitMix(state: seed)
        let words = ["di", "Jakarta", "pemerintah", "menyatakan", "a", "中文", "東京都", "😀", "café",
                     "ber\u{AD}ita", "x", "sangatpanjangsekalikatainiya"]
        for _ in 0..<30 {
            var text = ""
            for i in 0..<Int.random(in: 0...40, using: &rng) {
                if i > 0 { text += Int.random(in: 0..<10, using: &rng) == 0 ? "  " : " " }
                text += words.randomElement(using: &rng)!
            }
            let width = Int.random(in: 2...30, using: &rng)
            let lines = wrapped(text, width)
            // No line is wider than the width (every grapheme here is at most 2 wide).
            for line in lines { #expect(DisplayWidth.of(line) <= width, "\(text) @\(width)") }
            // No line starts or ends with a break space.
            for line in lines where !line.isEmpty {
                #expect(line.first != " " && line.last != " ")
            }
            // Nothing is lost: the lines hold every non-space scalar, in order.
            let kept = Array(lines.joined().unicodeScalars.filter { $0 != " " })
            let all = Array(text.unicodeScalars.filter { $0 != " " })
            #expect(kept == all)
            // Lines are in order and do not overlap.
            let offsets = TextWrap.wrap(text, width: width)
            for i in 1..<max(1, offsets.count) { #expect(offsets[i - 1].end <= offsets[i].start) }
        }
    }

    @Test("long text wraps in one pass")
    func longText() {
        let text = String(repeating: "kata ", count: 20_000)  // 100,000 scalars
        let lines = TextWrap.wrap(text, width: 80)
        // 16 words of "kata" (4 + 1 space each, minus the last space) = 79 columns per line.
        #expect(lines.count == 1250)
        #expect(lines[0] == WrappedLine(start: 0, end: 79))
        #expect(lines[1] == WrappedLine(start: 80, end: 159))
    }
}
