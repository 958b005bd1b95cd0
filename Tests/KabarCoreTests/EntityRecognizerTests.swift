import Testing
@testable import KabarCore

/// Indonesian news conventions, on sentences of our own.
@Suite struct EntityRecognizerTests {
    static let recognizer = EntityRecognizer()

    static func found(_ text: String) -> [String] {
        recognizer.mentions(in: text).map { "\($0.type.rawValue):\($0.text)" }
    }

    @Test(arguments: [
        // Titles and roles are not part of the name.
        ("Menteri Keuangan Sri Mulyani Indrawati tiba di Jakarta kemarin.",
         ["person:Sri Mulyani Indrawati", "location:Jakarta"]),
        ("Kata pelatih Patrick Kluivert, timnya siap.", ["person:Patrick Kluivert"]),
        ("Gubernur Jawa Barat Dedi Mulyadi meninjau lokasi.", ["location:Jawa Barat", "person:Dedi Mulyadi"]),
        // Organisation patterns.
        ("Laba PT Astra International Tbk naik tipis.", ["organization:PT Astra International Tbk"]),
        ("Saham Bank Mandiri menguat.", ["organization:Bank Mandiri"]),
        ("Data Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menunjukkan hal itu.",
         ["organization:Badan Meteorologi, Klimatologi, dan Geofisika", "organization:BMKG"]),
        ("Mahasiswa Universitas Gadjah Mada berunjuk rasa.", ["organization:Universitas Gadjah Mada"]),
        // Locations.
        ("Banjir melanda Kabupaten Cianjur dan Kota Bogor.", ["location:Kabupaten Cianjur", "location:Kota Bogor"]),
        ("Bantuan dikirim ke Sumba Timur.", ["location:Sumba Timur"]),
        // Names with particles.
        ("Presiden Ferdinand Marcos Jr. bertemu Robin van Persie.", ["person:Ferdinand Marcos Jr.", "person:Robin van Persie"]),
        // Capitalised words that are not names.
        ("Namun, pada Senin pagi Kami berangkat.", [String]()),
        // Acronyms of common nouns name nothing, alone or before a name.
        ("Perusahaan itu memakai AI dan menyewa GPU untuk melayani UMKM.", [String]()),
        ("Gelombang PHK membuat pekerja kehilangan THR dan rencana IPO ditunda.", [String]()),
        ("Persaingan di AI Jepang makin ketat.", ["location:Jepang"]),
        // A phrase that names nothing keeps its words together, even one that opens with a weekday.
        ("Umat Kristiani merayakan Jumat Agung di gereja.", [String]()),
        // A company named for AI, a news medium by its last word, a body and its branch's place.
        ("Investor melirik Mistral AI dan Stability AI.", ["organization:Mistral AI", "organization:Stability AI"]),
        ("Laporan Borneo Daily News dikutip Sumatra Weekly Review.",
         ["organization:Borneo Daily News", "organization:Sumatra Weekly Review"]),
        ("Kerja sama dengan Grab Vietnam diperluas.", ["organization:Grab Vietnam"]),
        ("Video itu beredar di WeChat dan Douyin.", ["product:WeChat", "product:Douyin"]),
        // A closed-class word opening a sentence is no name, even when it is also a surname.
        ("\"Yang penting semua selamat,\" kata Budi Santoso.", ["person:Budi Santoso"]),
        ("Yang Zhilin hadir di Beijing.", ["person:Yang Zhilin", "location:Beijing"]),
        ("Sementara itu, harga naik Rp 5.000 pada Januari.", [String]()),
        // A body between the role and the person; ranks between the body and the person.
        ("Wakil Ketua Komisi III DPR Budi Santoso hadir.", ["organization:Komisi III DPR", "person:Budi Santoso"]),
        ("Kepala Bidang Humas Polda Sumsel Komisaris Besar Budi Santoso menjelaskan.",
         ["organization:Polda Sumsel", "person:Budi Santoso"]),
        // A role's portfolio, with "dan", is part of the role.
        ("Menteri Kelautan dan Perikanan Budi Santoso tiba.", ["person:Budi Santoso"]),
        ("Direktur Jenderal Pajak Budi Santoso menjelaskan.", ["person:Budi Santoso"]),
        // A company after a role keeps all its words; the person follows.
        ("Direktur PT Sinar Karya Abadi Budi Santoso ditahan.", ["organization:PT Sinar Karya Abadi", "person:Budi Santoso"]),
        // Listed names with "dan"; a short name in parentheses names the same body.
        ("Anggaran Kementerian Pemuda dan Olahraga (Kemenpora) naik. Kemenpora menolak.",
         ["organization:Kementerian Pemuda dan Olahraga", "organization:Kemenpora", "organization:Kemenpora"]),
        // Holidays, laws, groups of a draw and acronyms of common nouns are not entities.
        ("Libur Lebaran dan Idul Fitri tiba.", [String]()),
        ("Mereka menolak RUU Perampasan Aset.", [String]()),
        ("Proyek itu memakai teknologi high pressure acid leach (HPAL). Biaya HPAL mahal.", [String]()),
        ("Produksi kuartal II-2026 naik.", [String]()),
        // In a sports report a country stands for its team.
        ("Laga berakhir 2-1. Gol lahir pada menit ke-78. Malaysia bermain imbang dengan Filipina di Kuala Lumpur.",
         ["organization:Malaysia", "organization:Filipina", "location:Kuala Lumpur"]),
        // A place named with its kind is a place without it; a place before the larger place it lies in.
        ("Warga Desa Sukamaju mengungsi. Bupati Sukamaju, Budi Santoso, datang.",
         ["location:Desa Sukamaju", "location:Sukamaju", "person:Budi Santoso"]),
        ("Antrean mengular hingga Cibeber, Kabupaten Cianjur.", ["location:Cibeber", "location:Kabupaten Cianjur"]),
        // Kinds of goods before a product's name, and a second product in a list.
        ("Perseroan meluncurkan varian baru Sari Gandum dan Nextar.", ["product:Sari Gandum", "product:Nextar"]),
        // Words that mark a company or an event.
        ("Saham Ford Motor Company naik menjelang ASEAN Dengue Day.", ["organization:Ford Motor Company", "event:ASEAN Dengue Day"]),
    ] as [(String, [String])])
    func conventions(text: String, expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    @Test func aHeadlineIsReadAgainstTheBodyNotItsCapitals() {
        let text = "Banjir Besar Rendam Kabupaten Garut\n\nBanjir merendam Kabupaten Garut. Bupati Garut Rudy Gunawan meninjau."
        let found = Self.found(text)
        #expect(found.first == "location:Kabupaten Garut")
        #expect(!found.contains("person:Banjir Besar Rendam"))
    }

    @Test func mentionsCarryScalarOffsetsIntoTheText() throws {
        let text = "Warga Kota Bogor mengungsi."
        let mention = try #require(Self.recognizer.mentions(in: text).first)
        #expect(mention.start == 6)
        #expect(mention.end == 16)
        #expect(text.scalarSlice(mention.start..<mention.end) == "Kota Bogor")
    }

    /// A word whose NFC form is ASCII (here with the Kelvin sign, U+212A, for its K) is read as
    /// that word: the same names, at the same offsets, as in the text written in ASCII.
    @Test func aWordNotInNFCReadsAsItsNFCForm() {
        let ascii = "Banjir melanda Kota Bogor. Warga Kabupaten Bogor mengungsi."
        let kelvin = ascii.replacingOccurrences(of: "K", with: "\u{212A}")
        let plain = Self.recognizer.mentions(in: ascii)
        let read = Self.recognizer.mentions(in: kelvin)
        #expect(read.map(\.type) == plain.map(\.type))
        #expect(read.map(\.start) == plain.map(\.start))
        #expect(read.map(\.end) == plain.map(\.end))
        #expect(read.map(\.text).contains("\u{212A}ota Bogor"))
    }

    /// The scalar offset of `needle`'s first occurrence in `text`.
    static func offset(of needle: String, in text: String) -> Int? {
        text.range(of: needle).map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0.lowerBound) }
    }

    /// An article's title is read with its body, after it: in a sports report's headline a
    /// country is its team, as it is in the body. Offsets are into each field.
    @Test func aTitleIsReadAgainstItsBody() throws {
        let title = "Garuda Muda Tekuk Thailand 2-1 di Hanoi"
        let body = "Timnas Indonesia U-23 mengalahkan Thailand 2-1 dalam laga semifinal. Gol kemenangan dicetak pada menit ke-88. "
            + "Pelatih Budi Santoso memuji mental para pemain."
        let found = Self.recognizer.mentions(title: title, body: body)
        let thailand = try #require(found.title.first { $0.text == "Thailand" })
        #expect(thailand.type == .organization)
        #expect(thailand.start == Self.offset(of: "Thailand", in: title))
        #expect(found.title.contains { $0.text == "Hanoi" && $0.type == .location && $0.start == Self.offset(of: "Hanoi", in: title) })
        let person = try #require(found.body.first { $0.type == .person })
        #expect(person.text == "Budi Santoso")
        #expect(person.start == Self.offset(of: "Budi Santoso", in: body))
        #expect(person.end == person.start + 12)
        #expect(found.body.allSatisfy { $0.end <= body.unicodeScalars.count })
        // Alone, the headline holds no sports words: Thailand is the country.
        #expect(Self.recognizer.mentions(in: title).first { $0.text == "Thailand" }?.type == .location)
    }

    @Test(arguments: [("", "Banjir melanda sebagian wilayah Kota Bogor."), ("Banjir melanda sebagian wilayah Kota Bogor", "")])
    func anEmptyFieldHasNoMentions(title: String, body: String) {
        let found = Self.recognizer.mentions(title: title, body: body)
        #expect(found.title.map(\.text) == (title.isEmpty ? [] : ["Kota Bogor"]))
        #expect(found.body.map(\.text) == (body.isEmpty ? [] : ["Kota Bogor"]))
    }
}

@Suite struct EntityLinkerTests {
    static func link(_ articles: [(String, String)]) -> [Entity] {
        let recognizer = EntityRecognizer()
        return EntityLinker.link(articles.map { id, text in
            EntityLinker.Found(article: id, field: .body, mentions: recognizer.mentions(in: text))
        })
    }

    @Test func aShortFormJoinsTheFullName() throws {
        let entities = Self.link([("a", "Pelatih Patrick Kluivert memanggil 25 pemain. Kluivert puas.")])
        let kluivert = try #require(entities.first { $0.name == "Patrick Kluivert" })
        #expect(kluivert.type == .person)
        #expect(kluivert.mentions.map(\.text) == ["Patrick Kluivert", "Kluivert"])
        #expect(kluivert.id == "person:patrick-kluivert")
    }

    @Test func anAcronymJoinsTheNameItSpells() throws {
        let entities = Self.link([("a", "Badan Nasional Penanggulangan Bencana (BNPB) mencatat 12 korban. BNPB mengirim tenda.")])
        let agency = try #require(entities.first { $0.name == "Badan Nasional Penanggulangan Bencana" })
        #expect(agency.mentions.map(\.text) == ["Badan Nasional Penanggulangan Bencana", "BNPB", "BNPB"])
    }

    @Test func theSameNameInTwoArticlesIsOneEntity() throws {
        let entities = Self.link([("a", "Warga Kabupaten Garut mengungsi."), ("b", "Hujan reda di Kabupaten Garut.")])
        let garut = try #require(entities.first { $0.name == "Kabupaten Garut" })
        #expect(Set(garut.mentions.map(\.article)) == ["a", "b"])
    }

    @Test func anAmbiguousShortFormStaysSeparate() {
        let entities = Self.link([("a", "Rapat dihadiri Budi Santoso dan Budi Hartono. Budi kemudian pulang.")])
        let names = entities.map(\.name)
        #expect(names.contains("Budi Santoso"))
        #expect(names.contains("Budi Hartono"))
        #expect(entities.first { $0.name == "Budi Santoso" }?.mentions.count == 1)
        #expect(entities.first { $0.name == "Budi Hartono" }?.mentions.count == 1)
    }
}
