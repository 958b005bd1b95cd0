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
    ]
    static let organizationTails: Set<String> = [
        "tbk", "tbk.", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "group", "fc", "united", "co", "co.", "llc", "plc",
        "ag", "sa", "gmbh", "holdings", "airlines", "airways", "bank", "university", "institute", "foundation",
        "centre", "center", "council", "agency", "association", "research", "com",
    ]
    static let locationHeads: Set<String> = [
        "kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan", "pulau", "kepulauan", "gunung",
        "sungai", "danau", "selat", "laut", "teluk", "jalan", "jl.", "kampung", "dusun", "tanjung", "semenanjung",
        "lembah", "pantai", "samudra", "samudera", "benua",
    ]
    static let eventHeads: Set<String> = [
        "piala", "pemilu", "pilkada", "pilpres", "ktt", "olimpiade", "festival", "konferensi", "kongres",
        "muktamar", "pekan", "kejuaraan", "turnamen", "pameran", "sidang", "perang", "hari", "musyawarah",
    ]
    /// Words that join the parts of a name: Ahmad bin Salim, Robin van Persie.
    static let connectors: Set<String> = ["bin", "binti", "van", "von", "de", "der", "den", "da", "al", "el", "&", "dos", "la", "le"]
    /// Name suffixes: Marcos Jr.
    static let suffixes: Set<String> = ["jr.", "sr.", "jr", "sr", "ii", "iii"]
    /// Prepositions after which a name is a place.
    static let placePrepositions: Set<String> = ["di", "ke", "dari", "menuju", "asal", "sekitar", "wilayah", "kawasan", "daerah"]
    /// Capitalised words that are not names by themselves.
    static let nonNames: Set<String> = [
        "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "januari", "februari", "maret",
        "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember", "kami", "namun",
        "sementara", "kita", "saya", "ia", "dia", "mereka", "anda", "tuhan", "allah", "pak", "bu", "bapak", "ibu",
        // currencies, time zones, and kinds of law or document
        "rp", "us$", "usd", "idr", "wib", "wita", "wit", "ruu", "uu", "perpres", "perppu", "pp", "permen", "perda",
        "apbn", "apbd", "klb",
    ]
    /// Compass words that end place names: Sumba Timur, Jakarta Selatan, Kalimantan Tengah.
    static let directions: Set<String> = ["utara", "selatan", "timur", "barat", "tengah", "tenggara", "barat daya", "timur laut"]
    /// Words in parentheses inside a company name: PT Bank Rakyat Indonesia (Persero) Tbk.
    static let legalForms: Set<String> = ["persero", "tbk"]
    /// Web domains that end a media name: KOMPAS.com, Detik.com.
    static let domains: Set<String> = ["com", "id", "co", "net", "org", "tv"]
}
