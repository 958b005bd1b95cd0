import KabarCore
import Testing

/// The temporal tagger on every form the timeline needs, as tables: the text, the article's
/// date, and the expressions expected (surface, type, TIMEX3 value). The anchor is Wednesday
/// 15 January 2025 (ISO week 2025-W03) unless a case says otherwise.
@Suite struct TemporalTaggerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var anchor: ArticleDate? = ArticleDate(year: 2025, month: 1, day: 15)
        var expected: [Expected]
        var testDescription: String { text }
    }

    struct Expected: Equatable, Sendable, CustomStringConvertible {
        var text: String
        var type: TimeType
        var value: String?
        init(_ text: String, _ type: TimeType, _ value: String?) {
            self.text = text
            self.type = type
            self.value = value
        }
        var description: String { "\(text) \(type) \(value ?? "null")" }
    }

    static func found(_ c: Case) -> [Expected] {
        TemporalTagger().expressions(in: c.text, anchor: c.anchor).map { Expected($0.text, $0.type, $0.value) }
    }

    static let fullDatesCases: [Case] = [
        Case(text: "Kapal itu tenggelam pada 28 September 2018.", expected: [.init("28 September 2018", .date, "2018-09-28")]),
        Case(text: "Sidang digelar 19 Februari 2025 di Jakarta.", expected: [.init("19 Februari 2025", .date, "2025-02-19")]),
        Case(text: "Rapat itu berlangsung Selasa, 25 Maret 2025, di Bandung.", expected: [.init("Selasa, 25 Maret 2025", .date, "2025-03-25")]),
        Case(text: "Upacara digelar tanggal 17 Agustus.", expected: [.init("tanggal 17 Agustus", .date, "2025-08-17")]),
        Case(text: "Laporan terbit 3 Jan 2024.", expected: [.init("3 Jan 2024", .date, "2024-01-03")]),
    ]

    static let datelinesCases: [Case] = [
        Case(text: "Hal itu disampaikan di Jakarta, Rabu (15/1/2025).", expected: [.init("Rabu (15/1/2025)", .date, "2025-01-15")]),
        Case(text: "Warga mengungsi sejak Senin (13/1).", expected: [.init("Senin (13/1)", .date, "2025-01-13")]),
        Case(text: "Gempa terjadi Sabtu (2/11/2024) malam.", expected: [.init("Sabtu (2/11/2024) malam", .time, "2024-11-02TNI")]),
        Case(text: "Ia tiba Senin (3/3/2025) pukul 14.30 WIB.", expected: [.init("Senin (3/3/2025) pukul 14.30 WIB", .time, "2025-03-03T14:30")]),
    ]

    static let weekdaysCases: [Case] = [
        Case(text: "Saham anjlok pada hari Senin.", expected: [.init("hari Senin", .date, "2025-01-13")]),
        Case(text: "Ia berbicara Rabu di Istana.", expected: [.init("Rabu", .date, "2025-01-15")]),
        Case(text: "Hasilnya diumumkan Kamis depan.", expected: [.init("Kamis depan", .date, "2025-01-16")]),
        Case(text: "Rapat itu digelar Jumat lalu.", expected: [.init("Jumat lalu", .date, "2025-01-10")]),
        Case(text: "Sidang akan digelar Senin.", expected: [.init("Senin", .date, "2025-01-20")]),
        Case(text: "Polisi menangkapnya Kamis sore.", expected: [.init("Kamis sore", .time, "2025-01-09TAF")]),
    ]

    static let mingguCases: [Case] = [
        Case(text: "Banjir surut pada Minggu (12/1/2025).", expected: [.init("Minggu (12/1/2025)", .date, "2025-01-12")]),
        Case(text: "Pasar ramai pada hari Minggu.", expected: [.init("hari Minggu", .date, "2025-01-12")]),
        Case(text: "Minggu lalu, harga cabai naik.", expected: [.init("Minggu lalu", .date, "2025-W02")]),
        Case(text: "Harga beras naik minggu ini.", expected: [.init("minggu ini", .date, "2025-W03")]),
        Case(text: "Ia tinggal di Kelurahan Pasar Minggu sejak kecil.", expected: []),
    ]

    static let relativeDaysCases: [Case] = [
        Case(text: "Presiden meresmikan jembatan itu hari ini.", expected: [.init("hari ini", .date, "2025-01-15")]),
        Case(text: "Korban ditemukan kemarin.", expected: [.init("kemarin", .date, "2025-01-14")]),
        Case(text: "Tim berangkat besok.", expected: [.init("besok", .date, "2025-01-16")]),
        Case(text: "Hasilnya keluar lusa.", expected: [.init("lusa", .date, "2025-01-17")]),
        Case(text: "Hujan turun kemarin lusa.", expected: [.init("kemarin lusa", .date, "2025-01-13")]),
        Case(text: "Gempa terjadi 10 Januari 2025. Sehari setelahnya, bantuan tiba.",
             expected: [.init("10 Januari 2025", .date, "2025-01-10"), .init("Sehari setelahnya", .date, "2025-01-11")]),
        Case(text: "Ia pulang tadi malam.", expected: [.init("tadi malam", .time, "2025-01-14TNI")]),
        Case(text: "Mereka bertemu kemarin sore.", expected: [.init("kemarin sore", .time, "2025-01-14TAF")]),
    ]

    static let relativePeriodsCases: [Case] = [
        Case(text: "Harga naik pekan lalu.", expected: [.init("pekan lalu", .date, "2025-W02")]),
        Case(text: "Izin terbit pekan depan.", expected: [.init("pekan depan", .date, "2025-W04")]),
        Case(text: "Ekspor turun bulan lalu.", expected: [.init("bulan lalu", .date, "2024-12")]),
        Case(text: "Tarif naik bulan depan.", expected: [.init("bulan depan", .date, "2025-02")]),
        Case(text: "Laba naik tahun lalu.", expected: [.init("tahun lalu", .date, "2024")]),
        Case(text: "Pemilu digelar tahun depan.", expected: [.init("tahun depan", .date, "2026")]),
        Case(text: "Harga turun sejak Desember lalu.", expected: [.init("Desember lalu", .date, "2024-12")]),
        Case(text: "Panen raya tiba Maret mendatang.", expected: [.init("Maret mendatang", .date, "2025-03")]),
        Case(text: "Pabrik itu tutup tiga hari lalu.", expected: [.init("tiga hari lalu", .date, "2025-01-12")]),
    ]

    static let periodPartsCases: [Case] = [
        Case(text: "Proyek dimulai awal bulan ini.", expected: [.init("awal bulan ini", .date, "2025-01")]),
        Case(text: "Harga melonjak akhir tahun lalu.", expected: [.init("akhir tahun lalu", .date, "2024")]),
        Case(text: "Jalan tol dibuka pertengahan 2024.", expected: [.init("pertengahan 2024", .date, "2024")]),
        Case(text: "Arus wisata naik akhir pekan ini.", expected: [.init("akhir pekan ini", .date, "2025-W03-WE")]),
        Case(text: "Ekspor tumbuh pada paruh pertama 2025.", expected: [.init("paruh pertama 2025", .date, "2025-H1")]),
        Case(text: "Target dicapai paruh kedua tahun ini.", expected: [.init("paruh kedua tahun ini", .date, "2025-H2")]),
        Case(text: "Laba semester II 2024 naik.", expected: [.init("semester II 2024", .date, "2024-H2")]),
        Case(text: "Ekonomi tumbuh 5 persen pada kuartal III 2025.", expected: [.init("kuartal III 2025", .date, "2025-Q3")]),
        Case(text: "Penjualan kuartal III/2024 turun.", expected: [.init("kuartal III/2024", .date, "2024-Q3")]),
        Case(text: "Kredit naik pada kuartal ketiga.", expected: [.init("kuartal ketiga", .date, "2025-Q3")]),
        Case(text: "Laba triwulan kedua 2024 turun.", expected: [.init("triwulan kedua 2024", .date, "2024-Q2")]),
    ]

    static let yearsAndMonthsCases: [Case] = [
        Case(text: "Perusahaan itu berdiri pada tahun 2023.", expected: [.init("tahun 2023", .date, "2023")]),
        Case(text: "Ia menjabat sejak 2014.", expected: [.init("2014", .date, "2014")]),
        Case(text: "Musik itu populer pada 1980-an.", expected: [.init("1980-an", .date, "198X")]),
        Case(text: "Kota itu tumbuh pesat pada tahun 1990-an.", expected: [.init("tahun 1990-an", .date, "199X")]),
        Case(text: "Aturan itu berlaku Januari 2025.", expected: [.init("Januari 2025", .date, "2025-01")]),
        Case(text: "Ia lulus April 2022.", expected: [.init("April 2022", .date, "2022-04")]),
        Case(text: "Data inflasi Februari lebih rendah.", expected: [.init("Februari", .date, "2025-02")]),
        Case(text: "Kunjungan turun pada 2020 dan 2021.", expected: [.init("2020", .date, "2020"), .init("2021", .date, "2021")]),
        Case(text: "Program berjalan 2020-2024.", expected: [.init("2020", .date, "2020"), .init("2024", .date, "2024")]),
    ]

    static let durationsCases: [Case] = [
        Case(text: "Pameran berlangsung selama tiga hari.", expected: [.init("tiga hari", .duration, "P3D")]),
        Case(text: "Harga naik dalam dua minggu terakhir.", expected: [.init("dua minggu terakhir", .duration, "P2W")]),
        Case(text: "Listrik padam 24 jam.", expected: [.init("24 jam", .duration, "PT24H")]),
        Case(text: "Investasi itu untuk lima tahun ke depan.", expected: [.init("lima tahun ke depan", .duration, "P5Y")]),
        Case(text: "Rapat hanya setengah jam.", expected: [.init("setengah jam", .duration, "PT30M")]),
        Case(text: "Warga bertahan beberapa hari di pengungsian.", expected: [.init("beberapa hari", .duration, "PXD")]),
        Case(text: "Ia memimpin satu dekade.", expected: [.init("satu dekade", .duration, "P10Y")]),
        Case(text: "Kontrak itu berlaku setahun.", expected: [.init("setahun", .duration, "P1Y")]),
    ]

    static let clocksAndPartsCases: [Case] = [
        Case(text: "Gempa terjadi pukul 21.47 WITA.", expected: [.init("pukul 21.47 WITA", .time, "2025-01-15T21:47")]),
        Case(text: "Kereta berangkat pukul 8 malam.", expected: [.init("pukul 8 malam", .time, "2025-01-15T20:00")]),
        Case(text: "Jalan ditutup pukul 07.00 hingga 10.00 WIB.",
             expected: [.init("pukul 07.00", .time, "2025-01-15T07:00"), .init("10.00 WIB", .time, "2025-01-15T10:00")]),
        Case(text: "Warga berkumpul sejak pagi.", expected: [.init("pagi", .time, "2025-01-15TMO")]),
        Case(text: "Hujan turun malam ini.", expected: [.init("malam ini", .time, "2025-01-15TNI")]),
    ]

    static let setsCases: [Case] = [
        Case(text: "Kapal berlayar setiap hari.", expected: [.init("setiap hari", .set, "P1D")]),
        Case(text: "Pasar buka tiap Senin.", expected: [.init("tiap Senin", .set, "XXXX-WXX-1")]),
        Case(text: "Ekonomi tumbuh 5 persen per tahun.", expected: [.init("per tahun", .set, "P1Y")]),
        Case(text: "Data dikumpulkan setiap bulan.", expected: [.init("setiap bulan", .set, "P1M")]),
    ]

    /// Numbers that are not times.
    static let negativesCases: [Case] = [
        Case(text: "Tim tamu menang 1-5 di kandang lawan.", expected: []),
        Case(text: "Gol itu lahir pada menit ke-78.", expected: []),
        Case(text: "Inflasi mencapai 4,5 persen.", expected: []),
        Case(text: "Harga cabai Rp 15.000 per kilogram.", expected: []),
        Case(text: "Model R1 dirilis dengan 671 miliar parameter.", expected: []),
        Case(text: "Korban berusia 45 tahun.", expected: []),
        Case(text: "Anak berusia 9 bulan hingga 15 tahun divaksin.", expected: []),
        Case(text: "Hal itu diatur dalam UU Nomor 7 Tahun 2023.", expected: []),
        Case(text: "Sebanyak 2023 warga menerima bantuan.", expected: []),
        Case(text: "Keluarga itu makan malam bersama.", expected: []),
        Case(text: "Ponsel iPhone 15 laris.", expected: []),
    ]

    /// Without an article date: relative expressions stay unresolved, absolute ones resolve.
    static let undatedCases: [Case] = [
        Case(text: "Korban ditemukan kemarin.", anchor: nil, expected: [.init("kemarin", .date, nil)]),
        Case(text: "Laba naik tahun lalu.", anchor: nil, expected: [.init("tahun lalu", .date, nil)]),
        Case(text: "Saham anjlok pada hari Senin.", anchor: nil, expected: [.init("hari Senin", .date, nil)]),
        Case(text: "Kapal itu tenggelam pada 28 September 2018.", anchor: nil, expected: [.init("28 September 2018", .date, "2018-09-28")]),
        Case(text: "Hal itu disampaikan Rabu (15/1/2025).", anchor: nil, expected: [.init("Rabu (15/1/2025)", .date, "2025-01-15")]),
        Case(text: "Pameran berlangsung tiga hari.", anchor: nil, expected: [.init("tiga hari", .duration, "P3D")]),
        Case(text: "Gempa terjadi pukul 21.47 WITA.", anchor: nil, expected: [.init("pukul 21.47 WITA", .time, nil)]),
        Case(text: "Mereka bertemu kemarin sore.", anchor: nil, expected: [.init("kemarin sore", .time, nil)]),
    ]

    /// Found by fuzzing: weeks past either end of the calendar's years (9999-12-31 is a
    /// Friday, so the next week is the first of the year 10000) used to crash the tagger.
    static let calendarEdgeCases: [Case] = [
        Case(text: "Sidang dilanjutkan minggu depan.", anchor: ArticleDate(year: 9999, month: 12, day: 31),
             expected: [.init("minggu depan", .date, "10000-W01")]),
        Case(text: "Sidang ditunda minggu lalu.", anchor: ArticleDate(year: 1, month: 1, day: 1),
             expected: [.init("minggu lalu", .date, "0000-W52")]),
    ]

    @Test(arguments: fullDatesCases) func fullDates(_ c: Case) { #expect(Self.found(c) == c.expected) }
    @Test(arguments: datelinesCases) func datelines(_ c: Case) { #expect(Self.found(c) == c.expected) }
    @Test(arguments: weekdaysCases) func weekdays(_ c: Case) { #expect(Self.found(c) == c.expected) }
    @Test(arguments: mingguCases) func mingguIsSundayOrWeekByContext(_ c: Case) { #expect(Self.found(c) == c.expected) }
    @Test(arguments: relativeDaysCases) func relativeDays(_ c: Case) { #expect(Self.found(c) == c.expected) }
    @Test(arguments: relativePeriodsCases) func relativeWeeksMonthsYears(_ c: Case) { #expect(Self.found(c) == c.expected) }
    @Test(arguments: periodPartsCases) func partsOfPeriods(_ c: Case) { #expect(Self.found(c) == c.expected) }
    @Test(arguments: yearsAndMonthsCases) func yearsDecadesAndMonths(_ c: Case) { #expect(Self.found(c) == c.expected) }
    @Test(arguments: durationsCases) func durations(_ c: Case) { #expect(Self.found(c) == c.expected) }
    @Test(arguments: clocksAndPartsCases) func clockTimesAndPartsOfTheDay(_ c: Case) { #expect(Self.found(c) == c.expected) }
    @Test(arguments: setsCases) func repeatingTimes(_ c: Case) { #expect(Self.found(c) == c.expected) }
    @Test(arguments: negativesCases) func numbersThatAreNotTimes(_ c: Case) { #expect(Self.found(c) == c.expected) }
    @Test(arguments: undatedCases) func withoutAnArticleDate(_ c: Case) { #expect(Self.found(c) == c.expected) }
    @Test(arguments: calendarEdgeCases) func weeksBeyondTheCalendarsEnds(_ c: Case) { #expect(Self.found(c) == c.expected) }

    @Test func offsetsAreScalarsIntoTheText() {
        let text = "Pada “Senin” (13/1) warga kembali."
        let found = TemporalTagger().expressions(in: text, anchor: ArticleDate(year: 2025, month: 1, day: 15))
        let scalars = Array(text.unicodeScalars)
        for expression in found {
            #expect(scalars.string(expression.start..<expression.end) == expression.text)
        }
        // The quote keeps "Senin" and the dateline apart: two expressions.
        #expect(found.map(\.text) == ["Senin", "13/1"])
        #expect(found.map(\.value) == ["2025-01-13", "2025-01-13"])
    }
}
