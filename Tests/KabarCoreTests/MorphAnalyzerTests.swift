import Testing
@testable import KabarCore

/// The affix rules, on a small glossary of our own so the expectations do not move with the data.
@Suite struct MorphAnalyzerTests {
    static let glossary = Glossary(entries: [
        ("saing", "v", "rival; compete"), ("usaha", "n", "effort; business"), ("perusahaan", "n", "company; firm"),
        ("investasi", "n", "investment"), ("lomba", "n", "race; contest"), ("buku", "n", "book"),
        ("pukul", "v", "hit; strike"), ("beli", "v", "buy"), ("tulis", "v", "write"), ("dengar", "v", "hear"),
        ("cari", "v", "look for"), ("jual", "v", "sell"), ("kirim", "v", "send"), ("gali", "v", "dig"),
        ("hapus", "v", "erase"), ("ambil", "v", "take"), ("sapu", "n", "broom"), ("bom", "n", "bomb"),
        ("cat", "n", "paint"), ("lihat", "v", "see"), ("rusak", "adj", "broken; damaged"), ("masak", "v", "cook"),
        ("nanti", "adv", "later"), ("nyanyi", "v", "sing"), ("warna", "n", "colour"), ("ajar", "v", "teach; learn"),
        ("kerja", "v", "work"), ("lari", "v", "run"), ("baik", "adj", "good"), ("tanya", "v", "ask"),
        ("hujan", "n", "rain"), ("adil", "adj", "just; fair"), ("datang", "v", "come"), ("jatuh", "v", "fall"),
        ("besar", "adj", "big"), ("rumah", "n", "house"), ("apa", "pron", "what"), ("siapa", "pron", "who"),
        ("pergi", "v", "go"), ("obat", "n", "medicine"), ("tembak", "v", "shoot"), ("sayur-mayur", "n", "vegetables of all kinds"),
        ("bolak-balik", "adv", "back and forth"), ("modern", "adj", "modern"), ("nasional", "adj", "national"),
        ("bangun", "v", "build; wake up"), ("didik", "v", "educate"), ("tani", "n", "farming"),
        ("sehat", "adj", "healthy"), ("renang", "n", "swimming"), ("rasa", "n", "feeling; taste"),
        ("baca", "v", "read"), ("sungguh", "adj", "true; real"), ("mobil", "n", "car"),
        ("panjang", "adj", "long"), ("tahan", "v", "hold; endure"), ("pendidikan", "n", "education"),
        ("meN-", "affix", "active verb"), ("-i", "affix", "locative; repetitive"), ("-kan", "affix", "causative; benefactive"),
        ("ber-", "affix", "having; doing"), ("tua", "adj", "old"), ("ekonomi", "n", "economy"),
    ].map { GlossaryEntry(headword: $0.0, pos: $0.1, gloss: $0.2) })

    static let analyzer = MorphAnalyzer(glossary: glossary)

    /// (form, lemma, root, affixes) of the first analysis.
    static let cases: [(String, String, String, [String])] = [
        // meN- and its nasal assimilation
        ("menyaingi", "saing", "saing", ["meN-", "-i"]),
        ("memukul", "pukul", "pukul", ["meN-"]),
        ("membeli", "beli", "beli", ["meN-"]),
        ("menulis", "tulis", "tulis", ["meN-"]),
        ("mendengar", "dengar", "dengar", ["meN-"]),
        ("mencari", "cari", "cari", ["meN-"]),
        ("menjual", "jual", "jual", ["meN-"]),
        ("mengirim", "kirim", "kirim", ["meN-"]),
        ("menggali", "gali", "gali", ["meN-"]),
        ("menghapus", "hapus", "hapus", ["meN-"]),
        ("mengambil", "ambil", "ambil", ["meN-"]),
        ("menyapu", "sapu", "sapu", ["meN-"]),
        ("mengebom", "bom", "bom", ["meN-"]),
        ("mengecat", "cat", "cat", ["meN-"]),
        ("melihat", "lihat", "lihat", ["meN-"]),
        ("merusak", "rusak", "rusak", ["meN-"]),
        ("memasak", "masak", "masak", ["meN-"]),
        ("menanti", "nanti", "nanti", ["meN-"]),
        ("menyanyi", "nyanyi", "nyanyi", ["meN-"]),
        ("mewarnai", "warna", "warna", ["meN-", "-i"]),
        // peN-, per-, memper-, diper-
        ("pembeli", "beli", "beli", ["peN-"]),
        ("penulis", "tulis", "tulis", ["peN-"]),
        ("pesaing", "saing", "saing", ["per-"]),
        ("memperbaiki", "baik", "baik", ["memper-", "-i"]),
        ("dipertanyakan", "tanya", "tanya", ["diper-", "-kan"]),
        // ber-, ter-, di-, ke-, se-
        ("bersaing", "saing", "saing", ["ber-"]),
        ("belajar", "ajar", "ajar", ["ber-"]),
        ("bekerja", "kerja", "kerja", ["ber-"]),
        ("berenang", "renang", "renang", ["ber-"]),
        ("terjatuh", "jatuh", "jatuh", ["ter-"]),
        ("terbesar", "besar", "besar", ["ter-"]),
        ("terasa", "rasa", "rasa", ["ter-"]),
        ("diinvestasikan", "investasi", "investasi", ["di-", "-kan"]),
        ("ditulis", "tulis", "tulis", ["di-"]),
        ("ketua", "tua", "tua", ["ke-"]),
        ("serumah", "rumah", "rumah", ["se-"]),
        ("tulisan", "tulis", "tulis", ["-an"]),
        // confixes
        ("perusahaan", "perusahaan", "usaha", ["per-an"]),
        ("pembangunan", "bangun", "bangun", ["peN-an"]),
        ("pendidikan", "pendidikan", "didik", ["peN-an"]),
        ("pertanian", "tani", "tani", ["per-an"]),
        ("keadilan", "adil", "adil", ["ke-an"]),
        ("kehujanan", "hujan", "hujan", ["ke-an"]),
        ("berdatangan", "datang", "datang", ["ber-an"]),
        ("sesungguhnya", "sungguh", "sungguh", ["se-nya"]),
        // particles and clitics
        ("pergilah", "pergi", "pergi", ["-lah"]),
        ("siapakah", "siapa", "siapa", ["-kah"]),
        ("apapun", "apa", "apa", ["-pun"]),
        ("apatah", "apa", "apa", ["-tah"]),
        ("rumahku", "rumah", "rumah", ["-ku"]),
        ("bukumu", "buku", "buku", ["-mu"]),
        ("mobilnya", "mobil", "mobil", ["-nya"]),
        ("perusahaannya", "perusahaan", "usaha", ["per-an", "-nya"]),
        ("kubaca", "baca", "baca", ["ku-"]),
        ("kaulihat", "lihat", "lihat", ["kau-"]),
        // reduplication
        ("buku-buku", "buku", "buku", ["redup"]),
        ("berlomba-lomba", "lomba", "lomba", ["ber-", "redup"]),
        ("perusahaan-perusahaan", "perusahaan", "usaha", ["per-an", "redup"]),
        ("obat-obatan", "obat", "obat", ["-an", "redup"]),
        ("tembak-menembak", "tembak", "tembak", ["meN-", "redup"]),
        ("sayur-mayur", "sayur-mayur", "sayur-mayur", []),
        ("bolak-balik", "bolak-balik", "bolak-balik", []),
        // loanword suffixes
        ("modernisasi", "modern", "modern", ["-isasi"]),
        ("nasionalisme", "nasional", "nasional", ["-isme"]),
        ("ekonomis", "ekonomi", "ekonomi", ["-is"]),
        // a plain root, in any case
        ("Rumah", "rumah", "rumah", []),
    ]

    @Test(arguments: cases)
    func firstAnalysis(form: String, lemma: String, root: String, affixes: [String]) throws {
        let analysis = try #require(Self.analyzer.analyze(form).first)
        #expect(analysis.lemma == lemma)
        #expect(analysis.root == root)
        #expect(analysis.affixes == affixes)
    }

    @Test func aDerivedFormWithoutItsOwnEntryGetsAComposedGloss() throws {
        let analysis = try #require(Self.analyzer.analyze("menyaingi").first)
        #expect(analysis.source == "composed")
        #expect(analysis.gloss == "rival; compete + meN- (active verb) + -i (locative)")
        #expect(analysis.pos == "v")
        #expect(analysis.breakdown(of: "menyaingi") == "meN- + -i + saing → menyaingi")
    }

    @Test func aLexicalisedHeadwordComesFirstAndItsRootSecond() {
        let analyses = Self.analyzer.analyze("perusahaan")
        #expect(analyses.map(\.lemma) == ["perusahaan", "usaha"])
        #expect(analyses[0].source == "kabar")
        #expect(analyses[0].gloss == "company; firm")
        #expect(analyses[1].source == "composed")
        #expect(analyses[0].breakdown(of: "perusahaan") == "per-…-an + usaha → perusahaan")
    }

    @Test(arguments: [
        ("78", "number", "78"), ("2.000", "number", "2.000"), ("5,75", "number", "5,75"),
        ("ke-78", "78th (ordinal)", "ke-78"), ("1980-an", "the 1980s (decade)", "1980-an"),
    ])
    func numbersGetANumberReading(form: String, gloss: String, lemma: String) throws {
        let analysis = try #require(Self.analyzer.analyze(form).first)
        #expect(analysis.pos == "num")
        #expect(analysis.source == "number")
        #expect(analysis.gloss == gloss)
        #expect(analysis.lemma == lemma)
    }

    @Test(arguments: ["", ".", "—", "--", "-nya", "DeepSeek", "北京", "Москва", "😀",
                      String(repeating: "a", count: 10_000), String(repeating: "me", count: 40), "x-", "-", "a-b-c-d"])
    func badInputGivesNoReadingAndNeverCrashes(form: String) {
        #expect(Self.analyzer.analyze(form).isEmpty)
    }

    @Test func disallowedAffixPairsAreNotProposed() {
        // di-…-an is not an Indonesian combination, so "ditulisan" has no reading.
        #expect(Self.analyzer.analyze("ditulisan").isEmpty)
    }
}
