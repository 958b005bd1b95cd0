/// The Indonesian words time expressions are made of. General vocabulary only.
enum TimeWords {
    static let months: [String: Int] = [
        "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
        "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11, "desember": 12,
    ]
    /// Short month names, accepted only next to a day number or a year (Jan could be a name).
    static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "ags": 8,
        "sep": 9, "sept": 9, "okt": 10, "nov": 11, "des": 12,
    ]
    /// ISO weekday numbers, Monday = 1.
    static let weekdays: [String: Int] = [
        "senin": 1, "selasa": 2, "rabu": 3, "kamis": 4, "jumat": 5, "jum'at": 5, "jum’at": 5,
        "sabtu": 6, "minggu": 7, "ahad": 7,
    ]
    /// Parts of the day and their TIMEX3 codes.
    static let partsOfDay: [String: String] = [
        "pagi": "MO", "subuh": "MO", "siang": "MI", "sore": "AF", "petang": "EV", "malam": "NI",
    ]
    /// Words before a part of the day that make it something else: makan malam (dinner),
    /// pasar malam (a night market), selamat pagi (a greeting).
    static let partOfDayBlockers: Set<String> = [
        "makan", "sarapan", "pasar", "selamat", "shift", "sif", "kereta", "bus", "bintang", "kabar", "apel",
        "kuliah", "sekolah", "jam", "tengah",
    ]
    /// Units of duration: TIMEX3 letter, whether it is a time-of-day unit (PT…), and a multiplier.
    static let units: [String: (letter: String, clock: Bool, factor: Int)] = [
        "detik": ("S", true, 1), "menit": ("M", true, 1), "jam": ("H", true, 1),
        "hari": ("D", false, 1), "pekan": ("W", false, 1), "minggu": ("W", false, 1),
        "bulan": ("M", false, 1), "tahun": ("Y", false, 1), "dekade": ("Y", false, 10),
        "dasawarsa": ("Y", false, 10), "windu": ("Y", false, 8), "abad": ("Y", false, 100),
    ]
    /// One-word durations: sehari, sepekan, setahun …
    static let oneWordDurations: [String: String] = [
        "sehari": "P1D", "semalam": "P1D", "sepekan": "P1W", "seminggu": "P1W", "sebulan": "P1M",
        "setahun": "P1Y", "sejam": "PT1H", "semenit": "PT1M", "sedekade": "P10Y", "sewindu": "P8Y", "seabad": "P100Y",
        "berhari-hari": "PXD", "berminggu-minggu": "PXW", "berbulan-bulan": "PXM", "bertahun-tahun": "PXY",
        "berjam-jam": "PTXH", "berabad-abad": "PXY", "berpekan-pekan": "PXW",
    ]
    /// Number words up to ten, and the words that mean "some" (an unknown number: X).
    static let numbers: [String: Double] = [
        "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
        "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "setengah": 0.5,
    ]
    static let vague: Set<String> = ["beberapa", "puluhan", "belasan", "ratusan", "sejumlah"]
    /// Words that put a relative point in the past or the future after "N units".
    static let ago: Set<String> = ["lalu", "silam", "sebelumnya"]
    static let later: Set<String> = ["lagi", "kemudian", "mendatang"]
    /// Words that, earlier in a sentence, make a weekday without a date a future one.
    static let futureCues: Set<String> = [
        "akan", "bakal", "dijadwalkan", "direncanakan", "rencananya", "berencana", "hendak", "nanti", "mendatang",
    ]
    /// Words before a number + tahun that make it an age, not a duration.
    static let ageWords: Set<String> = ["usia", "berusia", "umur", "berumur", "usianya", "umurnya", "berusia sekitar"]
    /// Ordinals for quarters, halves and semesters.
    static let ordinals: [String: Int] = [
        "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
        "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "satu": 1, "dua": 2, "tiga": 3, "empat": 4,
        "ke-1": 1, "ke-2": 2, "ke-3": 3, "ke-4": 4,
    ]
    /// Every word a time expression can start with (besides numbers): the scan tries the
    /// matchers only at these.
    static let starts: Set<String> = {
        var words: Set<String> = [
            "setiap", "tiap", "saban", "tiap-tiap", "per", "awal", "pertengahan", "akhir", "medio", "penghujung",
            "permulaan", "kuartal", "triwulan", "semester", "paruh", "hari", "kemarin", "besok", "esok", "lusa",
            "keesokan", "sehari", "semalam", "tadi", "nanti", "pekan", "minggu", "bulan", "tahun", "tanggal", "tgl",
            "tgl.", "pukul", "jam", "dini", "tengah",
        ]
        words.formUnion(months.keys)
        words.formUnion(monthAbbreviations.keys)
        words.formUnion(weekdays.keys)
        words.formUnion(partsOfDay.keys)
        words.formUnion(oneWordDurations.keys)
        words.formUnion(numbers.keys)
        words.formUnion(vague)
        return words
    }()

    /// Time zones written after a clock time.
    static let zones: Set<String> = ["wib", "wita", "wit", "utc", "gmt"]
    /// Prepositions after which a bare year number is a year ("sejak 2014", "pada 2023").
    static let yearCues: Set<String> = [
        "pada", "sejak", "hingga", "sampai", "tahun", "awal", "akhir", "pertengahan", "medio", "sepanjang",
        "menjelang", "jelang", "selama", "mulai", "per", "periode", "di", "dalam", "antara", "sebelum", "setelah",
        "sesudah", "usai", "tarikh", "era", "dari", "ke", "pascapemilu", "hingga akhir",
    ]
}
