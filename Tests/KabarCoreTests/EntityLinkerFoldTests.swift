import Testing
@testable import KabarCore

/// How the linker files names: lower case, white space folded. ASCII names take a fast path
/// that must agree with the general rule.
@Suite struct EntityLinkerFoldTests {
    @Test(arguments: [
        ("Patrick Kluivert", "patrick kluivert"),
        ("  BADAN   Nasional\tPenanggulangan\nBencana ", "badan nasional penanggulangan bencana"),
        ("PT Vale\r\nIndonesia Tbk", "pt vale indonesia tbk"),
        ("BNPB", "bnpb"),
        ("", ""),
        ("   ", ""),
        ("Jl. M.H. Thamrin", "jl. m.h. thamrin"),
        ("Đà Nẵng", "đà nẵng"),
        ("ÉCOLE  Polytechnique", "école polytechnique"),
        ("Kota\u{00A0}Bogor", "kota bogor"),          // a no-break space is white space too
        ("Rumah\u{1C}Sakit", "rumah\u{1C}sakit"),       // a separator control is not
    ])
    func folding(_ text: String, _ folded: String) {
        #expect(EntityLinker.fold(text) == folded)
    }

    /// A short form finds its one full name across the corpus, by first or last word, and an
    /// ambiguous one stays apart, whichever article the full names came from.
    @Test func shortFormsAcrossArticles() {
        func person(_ text: String) -> EntityMention { EntityMention(type: .person, start: 0, end: text.count, text: text) }
        let entities = EntityLinker.link([
            .init(article: "a", field: .body, mentions: [person("Liang Wenfeng")]),
            .init(article: "b", field: .body, mentions: [person("Wenfeng"), person("Liang")]),
            .init(article: "c", field: .body, mentions: [person("Budi Santoso"), person("Budi Gunawan")]),
            .init(article: "d", field: .body, mentions: [person("Budi"), person("Gunawan")]),
        ])
        let names = Dictionary(entities.map { ($0.name, $0.mentions.map(\.article)) }, uniquingKeysWith: +)
        #expect(names["Liang Wenfeng"] == ["a", "b", "b"])
        #expect(names["Budi"] == ["d"])                 // two full names start with it
        #expect(names["Budi Gunawan"] == ["c", "d"])
        #expect(names["Budi Santoso"] == ["c"])
    }
}
