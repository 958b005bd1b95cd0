import Testing
@testable import KabarCore

/// One expected token: its kind and its text.
private struct Tok: Equatable, Sendable, CustomStringConvertible {
    let kind: TokenKind
    let text: String

    static func w(_ text: String) -> Tok { Tok(kind: .word, text: text) }
    static func n(_ text: String) -> Tok { Tok(kind: .number, text: text) }
    static func p(_ text: String) -> Tok { Tok(kind: .punctuation, text: text) }
    static func s(_ text: String) -> Tok { Tok(kind: .symbol, text: text) }
    static func u(_ text: String) -> Tok { Tok(kind: .url, text: text) }
    static func h(_ text: String) -> Tok { Tok(kind: .hashtag, text: text) }
    static func m(_ text: String) -> Tok { Tok(kind: .mention, text: text) }

    var description: String { "\(kind.rawValue):\(text.unicodeScalars.map { $0.escaped(asASCII: true) }.joined())" }

    /// Compares scalar by scalar: `String ==` would treat canonically equivalent texts as equal.
    static func == (a: Tok, b: Tok) -> Bool {
        a.kind == b.kind && Array(a.text.unicodeScalars) == Array(b.text.unicodeScalars)
    }
}

/// One table row: an input and the tokens it must give.
private struct TokenCase: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: [Tok]
    init(_ input: String, _ expected: [Tok]) {
        self.input = input
        self.expected = expected
    }
    var testDescription: String { input.unicodeScalars.map { $0.escaped(asASCII: true) }.joined() }
}

private func tokens(_ text: String) -> [Tok] {
    Tokenizer().tokenize(text).map { Tok(kind: $0.kind, text: $0.text) }
}

/// The scalars of `text` in `range`, as a String.
private func slice(_ text: String, _ range: Range<Int>) -> String {
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[range])
    return String(result)
}

@Suite("Tokenizer")
struct TokenizerTests {
    // MARK: Words

    private static let wordCases: [TokenCase] = [
        TokenCase("Perusahaan-perusahaan itu berlomba-lomba menjual obat-obatan dan sayur-mayur.", [
            .w("Perusahaan-perusahaan"), .w("itu"), .w("berlomba-lomba"), .w("menjual"),
            .w("obat-obatan"), .w("dan"), .w("sayur-mayur"), .p("."),
        ]),
        TokenCase("Ia melindunginya, bukankah begitu? Apapun terjadi, pulanglah.", [
            .w("Ia"), .w("melindunginya"), .p(","), .w("bukankah"), .w("begitu"), .p("?"),
            .w("Apapun"), .w("terjadi"), .p(","), .w("pulanglah"), .p("."),
        ]),
        TokenCase("Juara ke-78 dan ke-2 pada era pasca-85.", [
            .w("Juara"), .w("ke-78"), .w("dan"), .w("ke-2"), .w("pada"), .w("era"), .w("pasca-85"), .p("."),
        ]),
        TokenCase("Pandemi COVID-19 melanda.", [.w("Pandemi"), .w("COVID-19"), .w("melanda"), .p(".")]),
        TokenCase("Model R1 dan cip H800 untuk Gen Z", [
            .w("Model"), .w("R1"), .w("dan"), .w("cip"), .w("H800"), .w("untuk"), .w("Gen"), .w("Z"),
        ]),
        TokenCase("Hari Jum'at dan Jum’at", [.w("Hari"), .w("Jum'at"), .w("dan"), .w("Jum’at")]),
        TokenCase("'kutipan' dan ‘kata’", [.p("'"), .w("kutipan"), .p("'"), .w("dan"), .p("‘"), .w("kata"), .p("’")]),
        TokenCase("rumah -nya dan (-Nya) serta -an", [
            .w("rumah"), .w("-nya"), .w("dan"), .p("("), .w("-Nya"), .p(")"), .w("serta"), .p("-"), .w("an"),
        ]),
        TokenCase("sisi -- tengah --- akhir", [.w("sisi"), .p("--"), .w("tengah"), .p("---"), .w("akhir")]),
        TokenCase("anti- dan pro-rakyat -", [.w("anti"), .p("-"), .w("dan"), .w("pro-rakyat"), .p("-")]),
        TokenCase("jaringan 5G dan 10km", [.w("jaringan"), .w("5G"), .w("dan"), .w("10km")]),
        TokenCase("ChatGPT—mengakibatkan", [.w("ChatGPT"), .p("—"), .w("mengakibatkan")]),
        TokenCase("ab\u{00AD}cd a\u{200B}b", [.w("ab\u{00AD}cd"), .w("a"), .w("b")]),
        TokenCase("Café Москва Αθήνα", [.w("Café"), .w("Москва"), .w("Αθήνα")]),
        TokenCase("北京大学 是 中国", [.w("北京大学"), .w("是"), .w("中国")]),
        TokenCase("我爱北京。", [.w("我爱北京"), .p("。")]),
    ]

    @Test("words", arguments: wordCases)
    fileprivate func words(_ row: TokenCase) {
        #expect(tokens(row.input) == row.expected)
    }

    // MARK: Abbreviations

    private static let abbreviationCases: [TokenCase] = [
        TokenCase("Buah, sayur, dll. Dr. Budi dan dr. Sari di Jl. Merdeka No. 5", [
            .w("Buah"), .p(","), .w("sayur"), .p(","), .w("dll."), .w("Dr."), .w("Budi"), .w("dan"),
            .w("dr."), .w("Sari"), .w("di"), .w("Jl."), .w("Merdeka"), .w("No."), .n("5"),
        ]),
        TokenCase("PT Maju Tbk. dan Kab. Bogor, Kec. Cibinong", [
            .w("PT"), .w("Maju"), .w("Tbk."), .w("dan"), .w("Kab."), .w("Bogor"), .p(","), .w("Kec."), .w("Cibinong"),
        ]),
        TokenCase("a.n. Direktur s.d. Maret, U.S. Army, Andi, M.Si., S.H. hadir", [
            .w("a.n."), .w("Direktur"), .w("s.d."), .w("Maret"), .p(","), .w("U.S."), .w("Army"), .p(","),
            .w("Andi"), .p(","), .w("M.Si."), .p(","), .w("S.H."), .w("hadir"),
        ]),
        TokenCase("J. Smith dan kelas b. Lalu", [.w("J."), .w("Smith"), .w("dan"), .w("kelas"), .w("b"), .p("."), .w("Lalu")]),
        TokenCase("nilai A. maka", [.w("nilai"), .w("A"), .p("."), .w("maka")]),
        TokenCase("Dr.Budi", [.w("Dr."), .w("Budi")]),
        TokenCase("Prof.Dr. Ir. H. Hj. Yth. Bapak", [.w("Prof."), .w("Dr."), .w("Ir."), .w("H."), .w("Hj."), .w("Yth."), .w("Bapak")]),
        TokenCase("dia pergi.", [.w("dia"), .w("pergi"), .p(".")]),
        TokenCase("Ferdinand Marcos Jr. tiba; alat tulis, kertas, dsb. disiapkan", [
            .w("Ferdinand"), .w("Marcos"), .w("Jr."), .w("tiba"), .p(";"), .w("alat"), .w("tulis"), .p(","),
            .w("kertas"), .p(","), .w("dsb."), .w("disiapkan"),
        ]),
        TokenCase("www. itu", [.w("www"), .p("."), .w("itu")]),
    ]

    @Test("abbreviations keep their period", arguments: abbreviationCases)
    fileprivate func abbreviations(_ row: TokenCase) {
        #expect(tokens(row.input) == row.expected)
    }

    // MARK: Numbers

    private static let numberCases: [TokenCase] = [
        TokenCase("Harga naik 2.000 menjadi 10.000 dan 1.250.000 rupiah.", [
            .w("Harga"), .w("naik"), .n("2.000"), .w("menjadi"), .n("10.000"), .w("dan"), .n("1.250.000"),
            .w("rupiah"), .p("."),
        ]),
        TokenCase("Bunga 5,75 persen, tumbuh 2,2 dan 1.250,50.", [
            .w("Bunga"), .n("5,75"), .w("persen"), .p(","), .w("tumbuh"), .n("2,2"), .w("dan"), .n("1.250,50"), .p("."),
        ]),
        TokenCase("Skor 1-5 musim 2024-2025 era 1980-an", [
            .w("Skor"), .n("1-5"), .w("musim"), .n("2024-2025"), .w("era"), .n("1980-an"),
        ]),
        TokenCase("Tanggal 15/1/2025 atau 15-01-2025 pukul 21.47 atau 21:47 WIB.", [
            .w("Tanggal"), .n("15/1/2025"), .w("atau"), .n("15-01-2025"), .w("pukul"), .n("21.47"),
            .w("atau"), .n("21:47"), .w("WIB"), .p("."),
        ]),
        TokenCase("pada tahun 2023.", [.w("pada"), .w("tahun"), .n("2023"), .p(".")]),
        TokenCase("umur 40, lahir 1985; pukul 10: selesai", [
            .w("umur"), .n("40"), .p(","), .w("lahir"), .n("1985"), .p(";"), .w("pukul"), .n("10"), .p(":"), .w("selesai"),
        ]),
        TokenCase("$6 juta dan 50%", [.s("$"), .n("6"), .w("juta"), .w("dan"), .n("50"), .s("%")]),
        TokenCase("Rp50.000 atau Rp 50.000 atau Rp. 50.000", [
            .w("Rp"), .n("50.000"), .w("atau"), .w("Rp"), .n("50.000"), .w("atau"), .w("Rp."), .n("50.000"),
        ]),
        TokenCase("2020–2021 dan -5", [.n("2020"), .p("–"), .n("2021"), .w("dan"), .p("-"), .n("5")]),
        TokenCase("tahun 2023-nya", [.w("tahun"), .n("2023"), .w("-nya")]),
        TokenCase("٣٤٥ buah", [.n("٣٤٥"), .w("buah")]),
    ]

    @Test("numbers", arguments: numberCases)
    fileprivate func numbers(_ row: TokenCase) {
        #expect(tokens(row.input) == row.expected)
    }

    // MARK: URLs, e-mail, hashtags, mentions

    private static let webCases: [TokenCase] = [
        TokenCase("Baca https://contoh.id/berita?id=5&x=1.", [.w("Baca"), .u("https://contoh.id/berita?id=5&x=1"), .p(".")]),
        TokenCase("(lihat www.contoh.org/a_(b)), lalu", [
            .p("("), .w("lihat"), .u("www.contoh.org/a_(b)"), .p(")"), .p(","), .w("lalu"),
        ]),
        TokenCase("“http://contoh.com/x”", [.p("“"), .u("http://contoh.com/x"), .p("”")]),
        TokenCase("Situs http://a.b/c!?'\"", [.w("Situs"), .u("http://a.b/c"), .p("!"), .p("?"), .p("'"), .p("\"")]),
        TokenCase("HTTPS://CONTOH.ID/ABC;", [.u("HTTPS://CONTOH.ID/ABC"), .p(";")]),
        TokenCase("http:// kosong", [.w("http"), .p(":"), .p("/"), .p("/"), .w("kosong")]),
        TokenCase("#DeepSeek dan #OpenSourceAI # saja #2024, C# abc#def", [
            .h("#DeepSeek"), .w("dan"), .h("#OpenSourceAI"), .s("#"), .w("saja"), .h("#2024"), .p(","),
            .w("C"), .s("#"), .w("abc"), .s("#"), .w("def"),
        ]),
        TokenCase("@kompas_com bilang @ saja ke @user.name.", [
            .m("@kompas_com"), .w("bilang"), .s("@"), .w("saja"), .w("ke"), .m("@user.name"), .p("."),
        ]),
        TokenCase("Kirim ke redaksi@contoh.co.id.", [.w("Kirim"), .w("ke"), .u("redaksi@contoh.co.id"), .p(".")]),
        TokenCase("a@b juga", [.w("a"), .s("@"), .w("b"), .w("juga")]),
    ]

    @Test("URLs, e-mail, hashtags and mentions", arguments: webCases)
    fileprivate func web(_ row: TokenCase) {
        #expect(tokens(row.input) == row.expected)
    }

    // MARK: Punctuation, symbols, emoji, spaces

    private static let punctuationCases: [TokenCase] = [
        TokenCase("Tunggu... lalu… (ya) [tidak] {x} «kata» \"b\"", [
            .w("Tunggu"), .p("..."), .w("lalu"), .p("…"), .p("("), .w("ya"), .p(")"), .p("["), .w("tidak"),
            .p("]"), .p("{"), .w("x"), .p("}"), .p("«"), .w("kata"), .p("»"), .p("\""), .w("b"), .p("\""),
        ]),
        TokenCase("Benarkah?! Ya!!", [.w("Benarkah"), .p("?"), .p("!"), .w("Ya"), .p("!"), .p("!")]),
        TokenCase("a + b = c < d > e & f © € £ ¥ 30°", [
            .w("a"), .s("+"), .w("b"), .s("="), .w("c"), .s("<"), .w("d"), .s(">"), .w("e"), .s("&"), .w("f"),
            .s("©"), .s("€"), .s("£"), .s("¥"), .n("30"), .s("°"),
        ]),
        TokenCase("Hore 🎉👍🏽 🇮🇩 👨‍👩‍👧 1️⃣ ❤️!", [
            .w("Hore"), .s("🎉"), .s("👍🏽"), .s("🇮🇩"), .s("👨‍👩‍👧"), .s("1️⃣"), .s("❤️"), .p("!"),
        ]),
        TokenCase("a\u{00A0}b\u{2003}c\u{2028}d\u{2029}e\tf\r\ng\u{202F}h\u{3000}i", [
            .w("a"), .w("b"), .w("c"), .w("d"), .w("e"), .w("f"), .w("g"), .w("h"), .w("i"),
        ]),
        TokenCase("x\u{0001}y\u{0085}z\u{007F}w\u{FEFF}v", [.w("x"), .w("y"), .w("z"), .w("w"), .w("v")]),
        TokenCase("\u{301}", [.w("\u{301}")]),
        TokenCase(" \u{301}a", [.w("\u{301}a")]),
        TokenCase("", []),
        TokenCase(" \n\t \u{00A0} ", []),
    ]

    @Test("punctuation, symbols and spaces", arguments: punctuationCases)
    fileprivate func punctuation(_ row: TokenCase) {
        #expect(tokens(row.input) == row.expected)
    }

    // MARK: Offsets

    @Test("offsets count Unicode scalars")
    func offsets() {
        let text = "é a Kafé 北京 x 👍🏽 ok\r\nz"
        let expected: [(String, Int, Int)] = [
            ("é", 0, 1), ("a", 2, 3), ("Kafé", 4, 8), ("北京", 9, 11), ("x", 12, 13),
            ("👍🏽", 14, 16), ("ok", 17, 19), ("z", 21, 22),
        ]
        let result = Tokenizer().tokenize(text)
        #expect(result.count == expected.count)
        for (token, want) in zip(result, expected) {
            #expect(Array(token.text.unicodeScalars) == Array(want.0.unicodeScalars))
            #expect(token.start == want.1)
            #expect(token.end == want.2)
        }
    }

    @Test("a decomposed letter is two scalars of one word")
    func decomposedOffsets() {
        let result = Tokenizer().tokenize("e\u{301}x y")
        #expect(result == [
            Token(kind: .word, text: "e\u{301}x", start: 0, end: 3),
            Token(kind: .word, text: "y", start: 4, end: 5),
        ])
    }

    @Test("exact tokens with offsets for a short sentence")
    func exactTokens() {
        #expect(Tokenizer().tokenize("Harga Rp50.000.") == [
            Token(kind: .word, text: "Harga", start: 0, end: 5),
            Token(kind: .word, text: "Rp", start: 6, end: 8),
            Token(kind: .number, text: "50.000", start: 8, end: 14),
            Token(kind: .punctuation, text: ".", start: 14, end: 15),
        ])
    }

    // MARK: Invariants and robustness

    /// Checks that tokens are ordered, disjoint, that each token's text is the text at its
    /// offsets, and that every scalar outside a token is one the tokenizer skips.
    private func checkInvariants(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let result = Tokenizer().tokenize(text)
        let scalars = Array(text.unicodeScalars)
        var covered = [Bool](repeating: false, count: scalars.count)
        var previousEnd = 0
        for token in result {
            #expect(token.start >= previousEnd, sourceLocation: sourceLocation)
            #expect(token.end > token.start, sourceLocation: sourceLocation)
            #expect(token.end <= scalars.count, sourceLocation: sourceLocation)
            guard token.start >= previousEnd, token.end > token.start, token.end <= scalars.count else { return }
            #expect(Array(token.text.unicodeScalars) == Array(scalars[token.start..<token.end]), sourceLocation: sourceLocation)
            for index in token.start..<token.end { covered[index] = true }
            previousEnd = token.end
        }
        for (index, scalar) in scalars.enumerated() where !covered[index] {
            let cls = ScalarClass.of(scalar.value)
            #expect(cls == .space || cls == .joiner, "scalar U+\(String(scalar.value, radix: 16)) left out", sourceLocation: sourceLocation)
        }
    }

    private static let invariantTexts: [String] = [
        "Sebuah diskusi penting di Weibo, dengan lebih dari 52 juta penonton, mengantisipasi ... pada hari Rabu. Yangcheng Evening News, surat kabar ...",
        "“Marilah kita bersatu …,” tulis surat kabar tersebut—kata @redaksi di #Berita (https://contoh.id/x).",
        "Kirim e-mail ke a.b-c@contoh.co.id atau @x.; lalu 1.250.000,50% naik 3x dalam 2024-2025.",
        "\u{301}\u{301}\u{301} \u{200D}\u{200D} \u{FE0F} \u{20E3} \u{E0041} \u{1F1EE}\u{1F1E9}\u{1F1EE}",
        "\u{0000}\u{0008}\u{001B}[31m merah \u{001B}[0m \u{0090} \u{009F}",
        "\u{E000}\u{F8FF}\u{10FFFD}\u{0378}\u{FFFE}\u{FFFF}\u{FFFD}",
        "日本語のテキスト、中文文本。한국어 텍스트. ไทย العربية עברית",
        "a-b-c-d-e- -a -nya- 'a'b' ’ ' ...... ---- ‐‑",
        "#️⃣ *️⃣ #_ @_ @. #. www.( http://) ((((",
    ]

    @Test("tokens cover the text exactly", arguments: invariantTexts)
    func invariants(_ text: String) {
        checkInvariants(text)
    }

    @Test("pseudo-random scalars never break the invariants")
    func randomScalars() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            seed ^= seed << 13
            seed ^= seed >> 7
            seed ^= seed << 17
            return seed
        }
        let pools: [ClosedRange<UInt32>] = [
            0x00...0x7F, 0x80...0x2FF, 0x300...0x36F, 0x2000...0x206F, 0x1F300...0x1F6FF,
            0x4E00...0x4E50, 0xE000...0xE010, 0xFE00...0xFE0F, 0xE0000...0xE007F,
        ]
        for _ in 0..<200 {
            var text = String.UnicodeScalarView()
            for _ in 0..<(Int(next() % 60)) {
                let pool = pools[Int(next() % UInt64(pools.count))]
                let value = pool.lowerBound + UInt32(next() % UInt64(pool.count))
                if let scalar = Unicode.Scalar(value) { text.append(scalar) }
            }
            checkInvariants(String(text))
        }
    }

    @Test("long texts without spaces are tokenised in linear time")
    func longTexts() {
        let size = 50_000
        let a = String(repeating: "a", count: size)
        #expect(Tokenizer().tokenize(a) == [Token(kind: .word, text: a, start: 0, end: size)])
        let dotted = String(repeating: "ab.", count: size / 3)
        #expect(Tokenizer().tokenize(dotted).count == 1)  // one long dotted sequence
        let patterns = ["a.", "ab1.", "x@", "a-", "@a", "#a", "1.", "1,", "-", "http://", "www.a", "a'", "😀", "\u{301}", "( )", "é."]
        for pattern in patterns {
            let text = String(repeating: pattern, count: size / pattern.unicodeScalars.count)
            let result = Tokenizer().tokenize(text)
            #expect(!result.isEmpty || text.isEmpty)
            #expect(result.last.map { $0.end <= text.unicodeScalars.count } ?? true)
        }
        let spaced = String(repeating: "kata ", count: 10_000)
        #expect(Tokenizer().tokenize(spaced).count == 10_000)
    }

    @Test("word count counts only word tokens")
    func wordCount() {
        #expect(Tokenizer.wordCount("Pada 2023, ada 5 kata — dll. #tag") == 4)  // Pada, ada, kata, dll.
    }
}
