import Testing
@testable import KabarTUI

@Suite("DisplayWidth")
struct DisplayWidthTests {
    @Test("scalar widths", arguments: [
        ("a", 1), ("~", 1), (" ", 1),
        ("\u{00}", 0), ("\t", 0), ("\u{1B}", 0), ("\u{7F}", 0), ("\u{85}", 0), ("\u{9B}", 0),
        ("é", 1), ("ß", 1), ("Ω", 1), ("ж", 1), ("—", 1), ("“", 1), ("…", 1), ("\u{AD}", 1),
        ("\u{301}", 0), ("\u{20DD}", 0), ("\u{200B}", 0), ("\u{200C}", 0), ("\u{200D}", 0),
        ("\u{FE0F}", 0), ("\u{FEFF}", 0), ("\u{1160}", 0),
        ("中", 2), ("文", 2), ("한", 2), ("ア", 2), ("あ", 2), ("\u{3000}", 2), ("Ａ", 2), ("ｱ", 1),
        ("\u{20000}", 2), ("\u{1100}", 2),
        ("😀", 2), ("🤔", 2), ("👍", 2), ("\u{1F3FD}", 2), ("🌍", 2), ("⌚", 2),
        ("❤", 1), ("\u{1F1EE}", 1),
    ] as [(Unicode.Scalar, Int)])
    func scalar(_ scalar: Unicode.Scalar, _ expected: Int) {
        #expect(DisplayWidth.of(scalar) == expected)
    }

    @Test("grapheme widths", arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("\u{301}", 0), ("\u{200D}", 0),
        ("中", 2), ("한", 2), ("\u{1112}\u{1161}\u{11AB}", 2),  // 한 as conjoining jamo
        ("😀", 2), ("👍🏽", 2), ("🇮🇩", 2), ("🇯🇵", 2), ("\u{1F1EE}", 1),
        ("👨‍👩‍👧", 2), ("❤️", 2), ("❤", 1), ("1️⃣", 2), ("\r\n", 0), ("\t", 0),
    ] as [(Character, Int)])
    func character(_ character: Character, _ expected: Int) {
        #expect(DisplayWidth.of(character) == expected)
    }

    @Test("string widths", arguments: [
        ("", 0), ("Halo, dunia!", 12), ("café", 4), ("cafe\u{301}", 4),
        ("中文", 4), ("Jakarta 中文", 12), ("😀👍🏽🇮🇩", 6), ("a\tb", 2),
        ("“Kata” — kata…", 14), ("👨‍👩‍👧 keluarga", 11),
    ] as [(String, Int)])
    func string(_ string: String, _ expected: Int) {
        #expect(DisplayWidth.of(string) == expected)
    }

    @Test("the table is sorted and non-overlapping")
    func tableIsSorted() {
        let starts = DisplayWidthTable.starts, ends = DisplayWidthTable.ends
        #expect(starts.count == ends.count)
        #expect(starts.count == DisplayWidthTable.widths.count)
        for i in starts.indices {
            #expect(starts[i] <= ends[i])
            if i > 0 { #expect(ends[i - 1] < starts[i]) }
        }
        #expect(DisplayWidthTable.widths.allSatisfy { $0 == 0 || $0 == 2 })
    }
}
