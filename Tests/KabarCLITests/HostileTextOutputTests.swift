import Foundation
import KabarApp
import KabarCLI
import KabarCore
import Testing

/// Article and glossary text that tries to control the terminal comes out of `kabar show`
/// and the text reports only as visible placeholders, and out of JSON escaped and intact.
@Suite struct HostileTextOutputTests {
    /// A payload and how it shows on one line of output.
    static let cases: [(name: String, payload: String, shown: String)] = [
        ("BEL", "\u{07}", "\u{FFFD}"),
        ("BS", "\u{08}\u{08}", "\u{FFFD}\u{FFFD}"),
        ("ESC CSI", "\u{1B}[2J", "\u{FFFD}[2J"),
        ("OSC 2 title", "\u{1B}]2;pwned\u{07}", "\u{FFFD}]2;pwned\u{FFFD}"),
        ("OSC 52 clipboard", "\u{1B}]52;c;aGVsbG8=\u{07}", "\u{FFFD}]52;c;aGVsbG8=\u{FFFD}"),
        ("OSC 8 hyperlink", "\u{1B}]8;;http://x.id\u{1B}\\klik\u{1B}]8;;\u{1B}\\",
         "\u{FFFD}]8;;http://x.id\u{FFFD}\\klik\u{FFFD}]8;;\u{FFFD}\\"),
        ("C1 CSI", "\u{9B}2J", "\u{FFFD}2J"),
        ("RLO", "\u{202E}kiri", "\u{FFFD}kiri"),
        ("LRI", "\u{2066}isolasi", "\u{FFFD}isolasi"),
        ("ZWSP", "\u{200B}", "\u{FFFD}"),
        ("BOM", "\u{FEFF}", "\u{FFFD}"),
    ]

    /// What must never be printed, written out here from the rules, not from the code.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || [0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0xFEFF, 0x61C].contains(v)
    }

    static func forbidden(in text: String) -> [UInt32] {
        text.unicodeScalars.filter(isForbidden).map(\.value)
    }

    /// The text with Kabar's own SGR sequences (ESC [ digits and ; then m) taken out.
    static func withoutSGR(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\u{1B}", i + 1 < scalars.count, scalars[i + 1] == "[" {
                var j = i + 2
                while j < scalars.count, ("0"..."9").contains(scalars[j]) || scalars[j] == ";" { j += 1 }
                if j < scalars.count, scalars[j] == "m" { i = j + 1; continue }
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    static func article(_ payload: String) -> AnalyzedArticle {
        AnalyzedArticle(Article(
            id: "kasus", path: "/tmp/kasus.md", title: "Banjir \(payload) akhir",
            source: "Sumber\(payload)", date: ArticleDate(year: 2025, month: 1, day: 15), language: "id",
            url: nil, author: "Penulis\(payload)", tags: [], extra: [:],
            blocks: [Block(kind: .paragraph, text: "Hujan \(payload) deras pada hari Senin.", start: 0, end: 0)]))
    }

    @Test("kabar show, plain and in colour", arguments: cases)
    func show(name: String, payload: String, shown: String) {
        let plain = ShowRenderer.render(Self.article(payload), width: 120, color: false)
        #expect(Self.forbidden(in: plain).isEmpty, "\(name)")
        #expect(plain.contains("Banjir \(shown) akhir\n"), "\(name)")
        #expect(plain.contains("Sumber\(shown) · Penulis\(shown) · 2025-01-15"), "\(name)")
        #expect(plain.contains("Hujan \(shown) deras pada hari Senin."), "\(name)")

        let coloured = ShowRenderer.render(Self.article(payload), width: 120, color: true)
        #expect(Self.forbidden(in: Self.withoutSGR(coloured)).isEmpty, "\(name): only Kabar's SGR sequences")
        #expect(Self.withoutSGR(coloured).contains("Hujan \(shown) deras"), "\(name)")
    }

    @Test("list, tokens and timeline text", arguments: cases)
    func reports(name: String, payload: String, shown: String) {
        let article = Self.article(payload)
        let list = ListReport.text([article])
        #expect(Self.forbidden(in: list).isEmpty, "\(name)")
        #expect(list.contains("Banjir \(shown) akhir (Sumber\(shown))\n"), "\(name)")
        #expect(list.split(separator: "\n").count == 1, "\(name): one row")

        let tokens = TokensReport.text([article]) + TokensReport.text([article], sentences: true)
        #expect(Self.forbidden(in: tokens).isEmpty, "\(name)")
        #expect(tokens.contains("Hujan \(shown) deras pada hari Senin."), "\(name)")

        let timeline = TimelineReport.text(TimelineIndex().events(of: [article], entities: []))
        #expect(Self.forbidden(in: timeline).isEmpty, "\(name)")
        #expect(timeline.contains("2025-01-13 · Hujan \(shown) deras pada hari Senin. [hari Senin]"), "\(name)")
    }

    /// A carriage return could send the cursor back to overwrite a line: on one line of
    /// output it is a space; JSON keeps it as `\r`.
    @Test func aCarriageReturnIsASpace() throws {
        let article = Self.article("\r")
        let show = ShowRenderer.render(article, width: 120, color: false)
        #expect(!show.contains("\r"))
        #expect(show.hasPrefix("Banjir   akhir\nSumber  · Penulis  · 2025-01-15"))
        #expect(ListReport.text([article]).contains("Banjir   akhir (Sumber )\n"))
        let json = ListReport.json([article]).serialized(pretty: false)
        #expect(json.contains(#""title":"Banjir \r akhir""#))
    }

    @Test("glossary text", arguments: cases)
    func gloss(name: String, payload: String, shown: String) {
        var glossary = Glossary()
        glossary.add([GlossaryEntry(headword: "hujan", pos: "n", gloss: "rain\(payload)")])
        let analyzer = MorphAnalyzer(glossary: glossary)
        let text = GlossReport.text(words: ["hujan"], analyzer: analyzer)
        #expect(Self.forbidden(in: text).isEmpty, "\(name)")
        #expect(text.contains("hujan (n) rain\(shown)"), "\(name)")
        let vocabulary = GlossReport.vocabularyText(GlossReport.vocabulary(of: Self.article(payload), analyzer: analyzer))
        #expect(Self.forbidden(in: vocabulary).isEmpty, "\(name)")
        #expect(vocabulary.contains("\thujan\train\(shown)\t"), "\(name)")
    }

    @Test("JSON escapes every dangerous character and loses none", arguments: cases)
    func json(name: String, payload: String, shown: String) throws {
        let json = ListReport.json([Self.article(payload)]).serialized(pretty: true)
        #expect(Self.forbidden(in: json).isEmpty, "\(name)")
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let first = (object?["articles"] as? [[String: Any]])?.first
        #expect(first?["title"] as? String == "Banjir \(payload) akhir", "\(name)")
        #expect(first?["source"] as? String == "Sumber\(payload)", "\(name)")
    }
}
