/// The words that mark a name's kind: organisation and place heads, event heads, connectors
/// inside names, prepositions of place, and capitalised words that are never names.
enum EntityRules {
    static let organizationHeads: Set<String> = [
        "badan", "komisi", "majelis", "kementerian", "dewan", "lembaga", "universitas", "institut", "sekolah",
        "partai", "bank", "pt", "cv", "yayasan", "asosiasi", "persatuan", "ikatan", "kantor", "direktorat",
        "dinas", "pengadilan", "mahkamah", "kejaksaan", "kepolisian", "polda", "polres", "polsek", "rs", "rsud",
        "rumah", "perusahaan", "koperasi", "serikat", "federasi", "gabungan", "himpunan", "perhimpunan",
        "otoritas", "kamar", "biro", "pusat", "balai", "akademi", "politeknik", "sekretariat", "kedutaan",
        "konsulat", "tim", "klub", "liga", "fakultas", "departemen", "jurusan", "kemenko", "rsup", "puskesmas",
        "komite", "kantor", "divisi", "satuan", "korps", "markas", "pemerintah", "pemkab", "pemkot", "pemprov",
        "satgas", "pengurus", "perum", "perumda", "bumn", "persekutuan", "gereja", "ormas", "lazismu", "kejari", "kejati",
        "polresta", "polrestabes", "kodam", "korem", "kodim", "lapas", "rutan", "bareskrim", "ditjen", "kanwil", "kpp",
    ]
    static let organizationTails: Set<String> = [
        "tbk", "tbk.", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "group", "fc", "united", "co", "co.", "llc", "plc",
        "ag", "sa", "gmbh", "holdings", "airlines", "airways", "bank", "university", "institute", "foundation",
        "centre", "center", "council", "agency", "association", "research", "com",
        // Companies named for artificial intelligence: Mistral AI, Stability AI (AI alone is no name).
        "ai",
        // News media: Jakarta Globe Review, Borneo Daily News.
        "news", "times", "post", "journal", "magazine", "insider", "daily", "herald", "tribune", "gazette",
        "review", "weekly", "telegraph", "chronicle", "observer",
    ]
    static let locationHeads: Set<String> = [
        "kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan", "pulau", "kepulauan", "gunung",
        "sungai", "danau", "selat", "laut", "teluk", "jalan", "jl.", "kampung", "dusun", "tanjung", "semenanjung",
        "lembah", "pantai", "samudra", "samudera", "benua",
        "pelabuhan", "bandara", "bandar", "stasiun", "terminal", "tol", "stadion", "gelanggang", "lapangan", "alun-alun",
        "bendungan", "waduk", "candi", "pura", "taman", "hutan", "cagar", "bukit", "goa", "gua", "kawah", "air terjun",
        "prefektur", "distrik", "negara bagian", "kompleks", "kawasan", "simpang", "jembatan", "terowongan",
    ]
    static let eventHeads: Set<String> = [
        "piala", "pemilu", "pilkada", "pilpres", "ktt", "olimpiade", "festival", "konferensi", "kongres",
        "muktamar", "pekan", "kejuaraan", "turnamen", "pameran", "sidang", "perang", "hari", "musyawarah",
        "operasi", "pilgub", "pilbup", "pilwalkot", "pileg", "munas", "rakernas", "mukernas", "konvensi",
    ]
    /// Words that join the parts of a name: Ahmad bin Salim, Robin van Persie.
    static let connectors: Set<String> = ["bin", "binti", "van", "von", "de", "der", "den", "da", "al", "el", "&", "dos", "la", "le"]
    /// Name suffixes: Marcos Jr.
    static let suffixes: Set<String> = ["jr.", "sr.", "jr", "sr", "ii", "iii"]
    /// Prepositions after which a name is a place.
    static let placePrepositions: Set<String> = [
        "di", "ke", "dari", "menuju", "asal", "sekitar", "wilayah", "kawasan", "daerah", "tol", "ruas", "kota", "kabupaten",
        "desa", "kampung", "pulau", "kecamatan", "provinsi", "kelurahan", "pelabuhan", "bandara", "stasiun", "terminal",
        "distrik", "prefektur", "dusun", "perairan", "pesisir", "pedalaman",
    ]
    /// Words before the title of a law, which names no entity: RUU Perampasan Aset, UU Cipta Kerja.
    static let lawWords: Set<String> = ["ruu", "uu", "undang-undang", "perppu", "perpres", "perda", "pp", "permen", "keppres", "inpres", "perkap", "perma", "raperda"]
    /// Words for a group in a draw: Grup A.
    static let groupWords: Set<String> = ["grup", "group", "pool", "kelompok"]
    /// Ranks and honorifics that may stand between a body and a person: "Polda Sumsel Komisaris
    /// Besar Nandang", "KKP Laksamana Muda Sugeng".
    static let ranks: Set<String> = [
        "jenderal", "letjen", "mayjen", "brigjen", "kolonel", "letkol", "mayor", "kapten", "letnan", "lettu", "letda",
        "laksamana", "laksdya", "laksda", "laksma", "marsekal", "marsdya", "marsda", "marsma", "komjen", "irjen", "inspektur",
        "brigadir", "komisaris", "kombes", "akbp", "kompol", "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "briptu",
        "bripda", "ajun", "prof.", "prof", "dr.", "ir.", "drs.", "h.", "hj.", "kh", "k.h.", "kiai", "sersan", "kopral",
    ]
    /// Capitalised words that are not names by themselves.
    static let nonNames: Set<String> = [
        "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "januari", "februari", "maret",
        "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember", "kami", "namun",
        "sementara", "kita", "saya", "ia", "dia", "mereka", "anda", "tuhan", "allah", "pak", "bu", "bapak", "ibu",
        // currencies, time zones, and kinds of law or document
        "rp", "us$", "usd", "idr", "wib", "wita", "wit", "ruu", "uu", "perpres", "perppu", "pp", "permen", "perda",
        "apbn", "apbd", "klb",
        // Acronyms and initialisms of common nouns, written in capitals but naming no entity:
        // technology, the economy and jobs, documents and status, schooling, energy.
        "ai", "gpu", "cpu", "pc", "hp", "tv", "it", "gps", "usb", "sms", "atm", "led", "ev", "suv",
        "pdb", "phk", "bbm", "umkm", "ukm", "sdm", "sda", "ipo", "thr", "blt", "bansos", "umr", "ump", "ppn", "pph",
        "ktp", "nik", "npwp", "sim", "wni", "wna", "pns", "asn", "ceo", "cfo", "coo", "cto",
        "sd", "smp", "sma", "smk", "lpg", "cpo", "ham", "kdrt", "ott", "dpo", "wfh",
    ]
    /// Compass words that end place names: Sumba Timur, Jakarta Selatan, Kalimantan Tengah.
    static let directions: Set<String> = ["utara", "selatan", "timur", "barat", "tengah", "tenggara", "barat daya", "timur laut"]
    /// Roman numerals inside names: Komisi III, Kodam IV, Jawa Barat I.
    static let romanNumerals: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii"]
    /// Words that mark a company or a body wherever they stand in its name (Mirae Asset
    /// Sekuritas Indonesia, Ford Motor Company).
    static let organizationWords: Set<String> = organizationTails.union([
        "sekuritas", "securities", "asuransi", "insurance", "capital", "company", "companies", "motor", "motors",
        "energy", "mining", "resources", "finance", "financial", "investama", "multifinance", "ventura", "ventures",
        "technologies", "technology", "teknologi", "telecom", "telekomunikasi", "media", "esports", "entertainment",
        "pictures", "studios", "records", "exchange", "watch", "partners", "consulting", "logistics", "airlines",
        "persero", "perum", "perumda", "tbk", "corporation", "industries", "industri", "pharma", "farma", "sawit",
        "agro", "properti", "property", "realty", "construction", "konstruksi", "karya", "semen", "cement",
        "foods", "food", "beverages", "chemicals", "steel", "digital", "labs", "network", "networks", "systems",
    ])
    /// English words joining the parts of an organisation's name: Center for Strategic and
    /// International Studies, Bank of America.
    static let englishConnectors: Set<String> = ["of", "for", "and", "the", "on", "in"]
    /// Words that end an event's name: ASEAN Dengue Day, M7 World Championship, Indonesia Open.
    static let eventTails: Set<String> = [
        "day", "summit", "championship", "championships", "cup", "games", "open", "masters", "festival", "fest",
        "expo", "fair", "week", "awards", "marathon", "forum", "conference", "congress", "series", "tour",
        "finals", "final", "league", "season", "olympics", "olympiad", "run", "rally", "show", "prix",
    ]
    /// Lower-case nouns for kinds of goods before a product's name: vaksin Qdenga, biskuit Roma.
    static let productNouns: Set<String> = [
        "varian", "merek", "produk", "ponsel", "gawai", "telepon", "smartphone", "laptop", "tablet", "gim", "game",
        "aplikasi", "vaksin", "obat", "biskuit", "kopi", "camilan", "minuman", "sabun", "sampo", "rokok", "satelit",
        "mobil", "sedan", "motor", "skuter", "pesawat", "helikopter", "drone", "cip", "chip", "prosesor",
        "seri", "konsol", "televisi", "tv", "kamera", "perangkat", "mi",
        "susu", "teh", "permen", "cokelat", "wafer", "pupuk", "pestisida", "beras", "bir", "sepatu", "parfum",
    ]
    /// Lower-case words after which a country stands for its team in sports reports: atas
    /// Vietnam, menghadapi Thailand, melawan Jepang.
    static let opponentWords: Set<String> = ["atas", "menghadapi", "melawan", "kontra", "vs", "vs.", "versus", "menjamu", "dijamu",
                                             "mengalahkan", "menaklukkan", "menundukkan", "membekuk", "menekuk", "menumbangkan", "ditahan", "dikalahkan",
                                             "tekuk", "kalahkan", "taklukkan", "tundukkan", "bekuk", "libas", "hajar", "bungkam", "gulung", "jamu", "hadapi", "lawan",
                                             "melibas", "membungkam", "menggulung", "menghajar"]
    /// Lower-case words after a country that make it a team: Vietnam unggul, Malaysia bermain imbang.
    static let teamVerbs: Set<String> = ["unggul", "menang", "kalah", "bermain", "menyamakan", "mencetak", "menjamu", "menghadapi",
                                         "mengalahkan", "menaklukkan", "menekuk", "membekuk", "tertinggal", "imbang", "lolos",
                                         "tersingkir", "memimpin", "gagal", "tampil", "menumbangkan", "menundukkan", "takluk", "tumbang"]
    /// Heads of regional offices whose name is the place they serve: Polres Luwu Timur, DPRD NTT.
    static let regionalHeads: Set<String> = [
        "polda", "polres", "polresta", "polrestabes", "polsek", "pemkab", "pemkot", "pemprov", "dprd", "bpbd", "kejari",
        "kejati", "kodam", "korem", "kodim", "koramil", "kpu", "kpud", "bawaslu", "pn", "pengadilan negeri",
    ]
    /// Kinds of administrative area written before a place's name.
    static let administrativeHeads: Set<String> = ["kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan", "pulau", "kepulauan", "distrik", "prefektur"]
    /// Words that make a text a sports report.
    static let sportsWords: Set<String> = [
        "laga", "pertandingan", "gol", "klasemen", "babak", "menit", "skor", "penalti", "kiper", "pelatih", "timnas",
        "set", "gim", "juara", "final", "semifinal", "perempat", "turnamen", "tanding", "bertanding", "suporter", "stadion",
    ]
    /// Words in parentheses inside a company name: PT Bank Rakyat Indonesia (Persero) Tbk.
    static let legalForms: Set<String> = ["persero", "tbk"]
    /// Web domains that end a media name: KOMPAS.com, Detik.com.
    static let domains: Set<String> = ["com", "id", "co", "net", "org", "tv"]
}
