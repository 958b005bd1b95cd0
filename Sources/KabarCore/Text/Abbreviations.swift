/// The built-in list of abbreviations that keep their final period inside the word token,
/// so that the period never ends a sentence.
///
/// Matching is case-sensitive (`Dr.` doctor/doktor and `dr.` physician are both listed;
/// `No.` and `no.` both mean "nomor"). Entries are the letters before the period.
/// Dotted sequences (`a.n.`, `s.d.`, `U.S.`, `M.Si.`, `S.H.`) are not listed: the tokenizer
/// recognises any run of two or more 1–3-letter segments each followed by a period.
/// Single capital initials (`J.`) are kept when a capitalised word follows.
public enum Abbreviations {
    /// The abbreviations, without their final period.
    public static let all: Set<String> = [
        // Indonesian general
        "dll", "dsb", "dst", "dkk", "tsb", "yth", "Yth", "hlm", "Hlm", "tgl", "Tgl",
        "no", "No", "Telp", "telp", "pkl", "Pkl", "ket", "Ket", "Rp", "vs",
        // titles and forms of address
        "Prof", "Dr", "dr", "drg", "Drs", "Dra", "Ir", "H", "Hj", "Bpk", "Sdr", "Sdri",
        "Tn", "Ny", "Nn", "Jend", "Moh", "Moch", "Muh", "Mhd",
        "Jr", "Sr", "St", "Mr", "Mrs", "Ms", "Mt",
        // addresses and administrative areas
        "Jl", "Jln", "Gg", "Kab", "Kec", "Kel", "Kav", "Prov",
        // companies
        "Tbk", "Inc", "Ltd", "Corp", "Co",
        // English general
        "etc",
    ]

    /// The length in bytes of the longest entry, so longer words skip the lookup.
    static let maxLength = 4

    /// Whether `word` (without its period) is a listed abbreviation.
    public static func contains(_ word: String) -> Bool { all.contains(word) }

    /// The enclitics that, written detached after a hyphen (`-nya`), form one word.
    static let enclitics: Set<String> = ["nya", "lah", "kah", "pun", "ku", "mu"]

    /// Currency codes that stay a separate word before digits (`Rp50.000` → `Rp` `50.000`).
    static let currencyPrefixes: Set<String> = ["Rp", "IDR", "USD", "EUR", "SGD", "RM"]
}
