import Testing
import KabarCore

/// One table row: a text and the sentences it must split into.
private struct SentenceCase: Sendable, CustomTestStringConvertible {
    let text: String
    let sentences: [String]
    init(_ text: String, _ sentences: [String]) {
        self.text = text
        self.sentences = sentences
    }
    var testDescription: String { text.unicodeScalars.map { $0.escaped(asASCII: true) }.joined() }
}

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    private static let cases: [SentenceCase] = [
        SentenceCase(
            "Sebuah diskusi penting di Weibo, dengan lebih dari 52 juta penonton, mengantisipasi ... pada hari Rabu. Yangcheng Evening News, surat kabar ...",
            [
                "Sebuah diskusi penting di Weibo, dengan lebih dari 52 juta penonton, mengantisipasi ... pada hari Rabu.",
                "Yangcheng Evening News, surat kabar ...",
            ]
        ),
        SentenceCase("Harga beras naik 2,5 persen. Inflasi tetap rendah.", [
            "Harga beras naik 2,5 persen.", "Inflasi tetap rendah.",
        ]),
        SentenceCase("Jembatan itu selesai pada tahun 2023. Kini ramai dilalui.", [
            "Jembatan itu selesai pada tahun 2023.", "Kini ramai dilalui.",
        ]),
        SentenceCase("Ia membeli buah, sayur, dll. kemudian pulang.", [
            "Ia membeli buah, sayur, dll. kemudian pulang.",
        ]),
        SentenceCase("Presiden Marcos Jr. Mengunjungi Jakarta. Kertas, pena, dsb. Dibagikan gratis.", [
            "Presiden Marcos Jr. Mengunjungi Jakarta.", "Kertas, pena, dsb. Dibagikan gratis.",
        ]),
        SentenceCase("Surat a.n. Kepala Dinas No. 12 Tahun 2024 sudah terbit.", [
            "Surat a.n. Kepala Dinas No. 12 Tahun 2024 sudah terbit.",
        ]),
        SentenceCase("Dr. Budi hadir. Prof. Sari juga datang bersama Ir. Andi.", [
            "Dr. Budi hadir.", "Prof. Sari juga datang bersama Ir. Andi.",
        ]),
        SentenceCase("“Marilah kita rawat sungai ini …,” tulis surat kabar tersebut. Pembaca setuju.", [
            "“Marilah kita rawat sungai ini …,” tulis surat kabar tersebut.", "Pembaca setuju.",
        ]),
        SentenceCase("Panen tahun ini bagus, kata dia. “Kami akan menanam lagi.” Para petani pun lega.", [
            "Panen tahun ini bagus, kata dia.", "“Kami akan menanam lagi.”", "Para petani pun lega.",
        ]),
        SentenceCase("Benarkah?! Ya!! Tentu saja.", ["Benarkah?!", "Ya!!", "Tentu saja."]),
        SentenceCase("Apa? tanya dia pelan.", ["Apa? tanya dia pelan."]),
        SentenceCase("Harga emas naik lagi. tetapi pasar tenang.", ["Harga emas naik lagi. tetapi pasar tenang."]),
        SentenceCase("Judul berita\nParagraf pertama tanpa titik\n\nParagraf kedua.", [
            "Judul berita", "Paragraf pertama tanpa titik", "Paragraf kedua.",
        ]),
        SentenceCase("Hasil akhir 3-1. 15 orang terluka.", ["Hasil akhir 3-1.", "15 orang terluka."]),
        SentenceCase("Kurs ditutup 1.250,50. (Sumber: bank sentral)", ["Kurs ditutup 1.250,50.", "(Sumber: bank sentral)"]),
        SentenceCase("Kereta tiba pukul 21.47 WIB. Semua penumpang lega.", [
            "Kereta tiba pukul 21.47 WIB.", "Semua penumpang lega.",
        ]),
        SentenceCase("Lihat https://contoh.id/a. Lalu baca lagi.", ["Lihat https://contoh.id/a.", "Lalu baca lagi."]),
        SentenceCase("Ia berkata \"Pergi.\" Lalu diam.", ["Ia berkata \"Pergi.\"", "Lalu diam."]),
        SentenceCase("Dia berkata, \"Ayo.\" \"Baik,\" jawabnya.", ["Dia berkata, \"Ayo.\"", "\"Baik,\" jawabnya."]),
        SentenceCase("(Ini catatan.) Berikutnya halaman dua.", ["(Ini catatan.)", "Berikutnya halaman dua."]),
        SentenceCase("Tunggu sebentar... lalu dia datang. Akhirnya… Semua senang.", [
            "Tunggu sebentar... lalu dia datang.", "Akhirnya…", "Semua senang.",
        ]),
        SentenceCase("J. K. Rowling menulis buku. Buku itu laris.", ["J. K. Rowling menulis buku.", "Buku itu laris."]),
        SentenceCase("Surat a.n. Direktur berlaku s.d. Maret. Semua setuju.", [
            "Surat a.n. Direktur berlaku s.d. Maret.", "Semua setuju.",
        ]),
        SentenceCase("Halo.Dunia kecil.", ["Halo.Dunia kecil."]),
        SentenceCase("Penduduknya 1.250.000 jiwa.\r\nSebagian besar petani.", [
            "Penduduknya 1.250.000 jiwa.", "Sebagian besar petani.",
        ]),
        SentenceCase("Satu.\u{2029}Dua\u{2028}tiga", ["Satu.", "Dua", "tiga"]),
        SentenceCase("我爱北京。他也爱。", ["我爱北京。", "他也爱。"]),
        SentenceCase("Hujan turun. \u{00A0} Anak-anak berlari.", ["Hujan turun.", "Anak-anak berlari."]),
        SentenceCase("  \n  Halo dunia.   ", ["Halo dunia."]),
        SentenceCase("", []),
        SentenceCase(" \n\t ", []),
    ]

    @Test("sentence texts", arguments: cases)
    fileprivate func sentences(_ row: SentenceCase) {
        let result = SentenceSplitter().split(row.text)
        #expect(result.map { $0.text(in: row.text) } == row.sentences)
    }

    @Test("offsets and token ranges")
    func ranges() {
        let text = "Halo dunia. Apa kabar?"
        let tokens = Tokenizer().tokenize(text)
        #expect(tokens.count == 6)
        #expect(SentenceSplitter().split(text, tokens: tokens) == [
            Sentence(start: 0, end: 11, tokens: 0..<3),
            Sentence(start: 12, end: 22, tokens: 3..<6),
        ])
    }

    @Test("offsets are trimmed of surrounding whitespace")
    func trimmed() {
        let text = "  \n  Halo dunia.   "
        #expect(SentenceSplitter().split(text) == [Sentence(start: 5, end: 16, tokens: 0..<3)])
    }

    @Test("sentences cover every token once, in order")
    func coverage() {
        let text = """
            Sebuah diskusi di Weibo, dengan 52 juta penonton, membahas model R1. Harga Rp50.000 naik 5,75 persen!
            "Kami siap," kata Dr. Sari (Ketua). Lihat https://contoh.id/a?b=1.

            Paragraf baru… dengan #tagar dan @akun. 🎉 Selesai?!
            """
        let tokens = Tokenizer().tokenize(text)
        let sentences = SentenceSplitter().split(text, tokens: tokens)
        #expect(sentences.count == 5)  // "@akun. 🎉 Selesai" stays one: an emoji does not start a sentence
        var expectedStart = 0
        for sentence in sentences {
            #expect(sentence.tokens.lowerBound == expectedStart)
            #expect(!sentence.tokens.isEmpty)
            #expect(sentence.start == tokens[sentence.tokens.lowerBound].start)
            #expect(sentence.end == tokens[sentence.tokens.upperBound - 1].end)
            expectedStart = sentence.tokens.upperBound
        }
        #expect(expectedStart == tokens.count)
    }

    @Test("long texts split in linear time")
    func longText() {
        let text = String(repeating: "Ini kalimat pendek. ", count: 5_000)
        #expect(SentenceSplitter().split(text).count == 5_000)
        let noSpaces = String(repeating: "a.", count: 20_000)
        #expect(SentenceSplitter().split(noSpaces).count == 1)
    }
}
