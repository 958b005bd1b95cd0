import Foundation
import KabarCore

/// SplitMix64: a small, fast, seeded generator, so a seed always gives the same corpus
/// (`SystemRandomNumberGenerator` would not).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< n, by multiply-shift (no `Int.random(in:using:)`, whose algorithm is the
    /// standard library's to change).
    mutating func below(_ n: Int) -> Int {
        Int(UInt64(n).multipliedFullWidth(by: next()).high)
    }

    mutating func between(_ low: Int, _ high: Int) -> Int { low + below(high - low + 1) }

    /// A double in [0, 1), 53 bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Fisher–Yates, written out so the order never depends on the standard library's.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, below(i + 1))
        }
    }
}

/// FNV-1a, 64 bits, as hex.
enum FNV1a {
    static func of(_ bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}

/// Samples indices 0..<n with Zipf–Mandelbrot weights 1 / (rank + q)^s.
struct ZipfSampler {
    private let cumulative: [Double]

    init(count: Int, exponent s: Double = 1.0, offset q: Double = 2.7) {
        var sum = 0.0
        var cumulative: [Double] = []
        cumulative.reserveCapacity(count)
        for rank in 1...max(1, count) {
            sum += 1 / pow(Double(rank) + q, s)
            cumulative.append(sum)
        }
        self.cumulative = cumulative.map { $0 / sum }
    }

    func sample(_ random: inout SplitMix64) -> Int {
        let u = random.unit()
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] <= u { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// A deterministic corpus of Indonesian-looking news articles, written as `.md` files with
/// front matter (title, source, date). Words are drawn Zipf-like from wordfreq's Indonesian
/// forms (`Scripts/eval/wordfreq-annotations.tsv`, class `id`; the built-in glossary's
/// headwords if the file is missing), with invented names, place names, affixed forms of
/// roots (meN-, di-, ber-, peN-an, ke-an, ter-, -kan, -nya), numbers and Indonesian dates.
/// The same seed and count give a byte-identical corpus.
struct SyntheticCorpus {
    /// Bump when the output changes, so a reused folder is never stale.
    static let version = 2
    static let defaultSeed: UInt64 = 20_250_113
    static let annotations = "Scripts/eval/wordfreq-annotations.tsv"

    /// Words by rank: the most frequent first.
    let words: [String]
    /// Roots that affixed forms are made of, by rank.
    let roots: [String]
    /// Where the vocabulary came from, for the report.
    let vocabularySource: String
    let seed: UInt64
    private let wordSampler: ZipfSampler
    private let rootSampler: ZipfSampler

    /// The very commonest words of Indonesian news, put at the top of the ranking by hand
    /// (the annotation file is alphabetical).
    static let functionWords = """
        yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada adalah oleh \
        atau sudah telah bisa mereka lebih para tersebut harus hingga namun masih kata satu dua \
        tahun baru seperti bahwa saat setelah hanya banyak sebagai antara menjadi bagi kepada agar \
        secara sangat sejak kini pun lain jika tetapi ia dia kita kami saya belum sedang dapat tak \
        tiga pihak hari orang besar sendiri terhadap bahkan selama sementara
        """.split(separator: " ").map(String.init)

    static let givenNames = [
        "Adinda", "Bayu", "Citra", "Damar", "Eka", "Fajar", "Gilang", "Hesti", "Indah", "Jaka",
        "Kirana", "Laras", "Mahesa", "Nadia", "Oka", "Pramudya", "Ratri", "Satria", "Tirta", "Utari",
        "Wulan", "Yudha", "Zahra", "Arumsari", "Bintang", "Cahyo", "Dewanti", "Galuh", "Hanung", "Isnaeni",
    ]
    static let familyNames = [
        "Wiradikarta", "Sasmitaputra", "Hadiwinoto", "Kartawiguna", "Notoprawiro", "Suryanagara",
        "Prawirasetya", "Tjokrosuwarno", "Mangunsong", "Simanjorang", "Lumbantobing", "Rahmadani",
        "Pakpahanu", "Wirasena", "Danudirja", "Soemardiyo", "Purbawinata", "Atmadilaga", "Hutasoit", "Siregarno",
    ]
    static let places = [
        "Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Palembang", "Yogyakarta",
        "Denpasar", "Pontianak", "Balikpapan", "Manado", "Kupang", "Jayapura", "Ambon", "Padang",
        "Banda Aceh", "Mataram", "Pekanbaru", "Samarinda", "Jawa Barat", "Jawa Timur", "Sulawesi Selatan",
        "Kalimantan Timur", "Nusa Tenggara Timur", "Bali", "Papua", "Sumatera Utara",
    ]
    static let sources = [
        "Warta Cakrawala", "Harian Nusa Sentosa", "Kabar Pagi Raya", "Suara Katulistiwa",
        "Lensa Merdeka", "Berita Tanjung", "Pos Samudra",
    ]
    static let days = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]
    static let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                         "September", "Oktober", "November", "Desember"]
    static let units = ["persen", "orang", "unit", "kilometer", "hektare", "ton", "rumah", "sekolah"]

    init(seed: UInt64 = SyntheticCorpus.defaultSeed) {
        self.seed = seed
        var random = SplitMix64(seed: seed ^ 0x5EED_0F_C0_4B05)
        var forms: [String] = []
        var headwords: [String] = []
        var source = SyntheticCorpus.annotations
        if let text = try? String(contentsOfFile: SyntheticCorpus.annotations, encoding: .utf8) {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count >= 2, columns[1] == "id" else { continue }
                forms.append(String(columns[0]))
                if columns.count >= 3, !columns[2].isEmpty { headwords.append(String(columns[2])) }
            }
        }
        if forms.isEmpty {
            source = "built-in glossary headwords (\(SyntheticCorpus.annotations) not found)"
            forms = GlossaryLoader.builtIn.allEntries.map(\.headword)
            headwords = forms
        }
        func plain(_ word: String) -> Bool {
            word.count >= 2 && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
        }
        // Deduplicated and sorted first, so the ranking depends on the seed only.
        let vocabulary = Set(forms.filter(plain))
        let top = SyntheticCorpus.functionWords
        var rest = vocabulary.subtracting(top).sorted()
        random.shuffle(&rest)
        words = top + rest
        // Roots only: headwords that look affixed themselves (pemain, bermain) are left out,
        // so derivations stay one layer deep.
        func looksAffixed(_ word: String) -> Bool {
            word.count >= 6 && (["me", "pe", "di", "ber", "ter", "ke", "se"].contains { word.hasPrefix($0) }
                                || ["an", "kan", "nya", "lah"].contains { word.hasSuffix($0) })
        }
        var rootList = Set(headwords.filter { plain($0) && $0.count >= 4 && !looksAffixed($0) }).sorted()
        random.shuffle(&rootList)
        roots = rootList
        vocabularySource = source
        wordSampler = ZipfSampler(count: words.count)
        rootSampler = ZipfSampler(count: roots.count, exponent: 0.9, offset: 10)
    }

    // MARK: - Words

    func word(_ random: inout SplitMix64) -> String { words[wordSampler.sample(&random)] }

    func root(_ random: inout SplitMix64) -> String { roots[rootSampler.sample(&random)] }

    static func isVowel(_ c: Character) -> Bool { "aiueo".contains(c) }

    /// meN- / peN- before a root: the nasal assimilates, and p t k s drop (pukul → memukul).
    static func nasal(_ base: String, _ root: String) -> String {
        guard let first = root.first else { return base + root }
        let rest = String(root.dropFirst())
        if root.hasPrefix("ng") || root.hasPrefix("ny") { return base + root }
        switch first {
        case "a", "i", "u", "e", "o", "g", "h": return base + "ng" + root
        case "k": return base + "ng" + (rest.first.map(isVowel) == true ? rest : root)
        case "b", "f", "v": return base + "m" + root
        case "p": return base + "m" + (rest.first.map(isVowel) == true ? rest : root)
        case "d", "c", "j", "z": return base + "n" + root
        case "t": return base + "n" + (rest.first.map(isVowel) == true ? rest : root)
        case "s": return base + "ny" + (rest.first.map(isVowel) == true ? rest : root)
        default: return base + root
        }
    }

    /// An affixed form of a root, so a search for the root has work to do.
    static func derive(_ root: String, _ random: inout SplitMix64) -> String {
        switch random.below(11) {
        case 0, 1: return nasal("me", root)
        case 2: return nasal("me", root) + "kan"
        case 3: return "di" + root
        case 4: return "di" + root + "kan"
        case 5: return (root.hasPrefix("r") ? "be" : "ber") + root
        case 6: return nasal("pe", root) + "an"
        case 7: return "ke" + root + "an"
        case 8: return "ter" + root
        case 9: return root + "nya"
        default: return nasal("me", root) + "i"
        }
    }

    // MARK: - Pieces of text

    static func capitalised(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    func person(_ random: inout SplitMix64) -> String {
        random.pick(SyntheticCorpus.givenNames) + " " + random.pick(SyntheticCorpus.familyNames)
    }

    static func number(_ random: inout SplitMix64) -> String {
        switch random.below(5) {
        case 0: return "\(random.between(2, 99))"
        case 1: return "\(random.between(1, 99)),\(random.between(1, 9)) persen"
        case 2: return "Rp \(random.between(1, 950)),\(random.between(1, 9)) \(random.pick(["juta", "miliar", "triliun"]))"
        case 3: return "\(random.between(1, 99)).\(pad(random.between(0, 999), 3)) \(random.pick(units))"
        default: return "\(random.between(2, 40)) \(random.pick(units))"
        }
    }

    /// A day near the article's: "Senin (13/1/2025)" or "15 Maret 2024".
    static func date(near day: Int, _ random: inout SplitMix64) -> String {
        let near = day - random.between(0, 20)
        let (y, m, d) = civil(near)
        if random.chance(0.5) {
            return "\(days[weekday(near)]) (\(d)/\(m)/\(y))"
        }
        return "\(d) \(months[m - 1]) \(y)"
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Days since 1970-01-01 → (year, month, day), by the tagger's calendar.
    static func civil(_ days: Int) -> (Int, Int, Int) {
        let date = CalendarDay(number: days).date
        return (date.year, date.month, date.day)
    }

    /// 0 = Sunday … 6 = Saturday.
    static func weekday(_ days: Int) -> Int { CalendarDay(number: days).weekday % 7 }

    func sentence(day: Int, _ random: inout SplitMix64) -> String {
        var parts: [String] = []
        let count = random.between(8, 18)
        for _ in 0..<count {
            if random.chance(0.09) {
                parts.append(SyntheticCorpus.derive(root(&random), &random))
            } else {
                parts.append(word(&random))
            }
        }
        func insert(_ text: String) { parts.insert(text, at: random.between(1, parts.count)) }
        if random.chance(0.3) { insert("di " + random.pick(SyntheticCorpus.places)) }
        if random.chance(0.3) { insert(SyntheticCorpus.number(&random)) }
        if random.chance(0.25) { insert(person(&random)) }
        if random.chance(0.06) { insert(SyntheticCorpus.capitalised(word(&random))) }
        if random.chance(0.12) { parts.insert("pada " + SyntheticCorpus.date(near: day, &random), at: random.between(1, parts.count)) }
        if random.chance(0.3) {
            let at = random.between(1, parts.count - 1)
            parts[at - 1] += ","
        }
        var text = parts.joined(separator: " ")
        if random.chance(0.15) { text += ", kata " + person(&random) }
        return SyntheticCorpus.capitalised(text) + (random.chance(0.05) ? "?" : ".")
    }

    /// One article's file: front matter, then 4–10 paragraphs of 2–5 sentences.
    func article(_ number: Int) -> String {
        // Each article has its own stream, so article n doesn't depend on the ones before it.
        var random = SplitMix64(seed: seed &+ UInt64(number) &* 0xD1B5_4A32_D192_ED03)
        // 2020-01-01 … 2026-12-31, in days since 1970.
        let day = random.between(18262, 20818)
        let (y, m, d) = SyntheticCorpus.civil(day)
        let titleWords = (0..<random.between(5, 10)).map { i -> String in
            if i > 0, random.chance(0.15) { return random.pick(SyntheticCorpus.places) }
            let w = random.chance(0.12) ? SyntheticCorpus.derive(root(&random), &random) : word(&random)
            return SyntheticCorpus.capitalised(w)
        }
        var text = "---\ntitle: \(titleWords.joined(separator: " "))\nsource: \(random.pick(SyntheticCorpus.sources))\n"
        text += "date: \(SyntheticCorpus.pad(y, 4))-\(SyntheticCorpus.pad(m, 2))-\(SyntheticCorpus.pad(d, 2))\nlanguage: id\n---\n"
        for _ in 0..<random.between(4, 10) {
            let sentences = (0..<random.between(2, 5)).map { _ in sentence(day: day, &random) }
            text += "\n" + sentences.joined(separator: " ") + "\n"
        }
        return text
    }

    /// Writes `count` articles into `folder` (created if needed), reusing a folder this
    /// version already filled with the same seed and count. Returns the total bytes and
    /// whether the folder was reused.
    func write(count: Int, to folder: String) throws -> (bytes: Int, reused: Bool) {
        let marker = folder + "/.complete"
        // The vocabulary's fingerprint too: a run from another folder may fall back to the glossary.
        let vocabulary = FNV1a.of((words + ["/"] + roots).joined(separator: " ").utf8)
        let stamp = "kabar synthetic corpus v\(SyntheticCorpus.version) seed \(seed) count \(count) vocabulary \(vocabulary)\n"
        if let existing = try? String(contentsOfFile: marker, encoding: .utf8), existing.hasPrefix(stamp),
           let bytes = Int(existing.dropFirst(stamp.count).trimmingCharacters(in: .whitespacesAndNewlines)) {
            return (bytes, true)
        }
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var total = 0
        for number in 1...count {
            let data = Data(article(number).utf8)
            total += data.count
            try data.write(to: URL(fileURLWithPath: folder + "/" + "artikel-" + SyntheticCorpus.pad(number, 6) + ".md"))
        }
        try (stamp + "\(total)\n").write(toFile: marker, atomically: true, encoding: .utf8)
        return (total, false)
    }
}
