/// The affix rules of Indonesian, as byte-level strippers. Written for Kabar after the
/// Nazief–Adriani / ECS family of stemmers: suffixes come off in order (particle, possessive,
/// derivational), then up to three prefixes, undoing the nasal assimilation of meN- and peN-.
enum AffixRules {
    static let particles = ["lah", "kah", "pun", "tah"]
    static let possessives = ["nya", "ku", "mu"]
    static let derivational = ["kan", "an", "i", "isasi", "isme", "is", "wan", "wati"]
    static let loanSuffixes: Set<String> = ["isasi", "isme", "is", "wan", "wati"]

    /// Prefix and suffix pairs Indonesian does not combine (ECS), by outermost prefix.
    static let disallowed: Set<String> = ["ber+i", "di+an", "ke+i", "ke+kan", "meN+an", "se+i", "se+kan", "ter+an"]

    /// The shortest stem worth looking up.
    static let minimumStem = 2

    /// Every suffix-stripped stem, with the suffixes taken (from the root outwards).
    static func suffixOptions(_ word: [UInt8]) -> [(stem: [UInt8], suffixes: [String])] {
        var results: [(stem: [UInt8], suffixes: [String])] = []
        for particle in [nil] + particles {
            guard let afterParticle = strip(word, suffix: particle) else { continue }
            for possessive in [nil] + possessives {
                guard let afterPossessive = strip(afterParticle, suffix: possessive) else { continue }
                for suffix in [nil] + derivational {
                    guard let stem = strip(afterPossessive, suffix: suffix) else { continue }
                    let taken = [suffix, possessive, particle].compactMap { $0 }
                    results.append((stem, taken))
                    // -is often stands for a final -i: ekonomis ← ekonomi, strategis ← strategi.
                    if suffix == "is" { results.append((stem + [UInt8(ascii: "i")], taken)) }
                }
            }
        }
        return results
    }

    static func strip(_ word: [UInt8], suffix: String?) -> [UInt8]? {
        guard let suffix else { return word }
        let bytes = Array(suffix.utf8)
        guard word.count >= bytes.count + minimumStem, word.suffix(bytes.count).elementsEqual(bytes) else { return nil }
        return Array(word.dropLast(bytes.count))
    }

    /// One prefix off the front: each (label, stem) reading, including restored consonants.
    static func prefixOptions(_ word: [UInt8]) -> [(label: String, stem: [UInt8], restored: Bool)] {
        var results: [(String, [UInt8], Bool)] = []
        func add(_ label: String, _ prefix: String, restore: String = "") {
            let p = Array(prefix.utf8)
            guard word.count >= p.count + minimumStem, word.starts(with: p) else { return }
            // "-" marks a rare allomorph that restores nothing (menge-).
            let restored = restore == "-" ? [] : Array(restore.utf8)
            results.append((label, restored + word.dropFirst(p.count), !restore.isEmpty))
        }
        func next(after prefix: String) -> UInt8? {
            let count = prefix.utf8.count
            return word.count > count && word.starts(with: Array(prefix.utf8)) ? word[count] : nil
        }
        for simple in ["di", "ke", "se", "ku", "kau"] { add(simple, simple) }
        add("ber", "ber")
        // bel- and pel- occur only with ajar (belajar, pelajar).
        if word.starts(with: Array("belajar".utf8)) { add("ber", "bel") }
        // be- and te- only where ber-/ter- lose their r: before r (berenang, terasa) and
        // before a first syllable in -er (bekerja, beternak).
        if word.count > 4, word.starts(with: Array("be".utf8)), word[2] == UInt8(ascii: "r") || erSyllable(word, at: 2) {
            add("ber", "be", restore: "")
            results[results.count - 1].2 = true
        }
        add("ter", "ter")
        if word.count > 4, word.starts(with: Array("te".utf8)), word[2] == UInt8(ascii: "r"), word.count >= 2 + minimumStem {
            add("ter", "te")
            results[results.count - 1].2 = true
        }
        add("per", "per"); add("per", "pe")
        if word.starts(with: Array("pelajar".utf8)) { add("per", "pel") }
        nasal("meN", "me", next: next, add: add)
        nasal("peN", "pe", next: next, add: add)
        return results
    }

    /// A consonant followed by "er" at `index`: the first syllable of kerja, ternak.
    static func erSyllable(_ word: [UInt8], at index: Int) -> Bool {
        index + 2 < word.count && !"aeiou".utf8.contains(word[index])
            && word[index + 1] == UInt8(ascii: "e") && word[index + 2] == UInt8(ascii: "r")
    }

    /// The active meN- form of a root: the way meN- assimilates to its first sound
    /// (tulis → menulis, pukul → memukul, sapu → menyapu, kirim → mengirim, bom → mengebom).
    static func activeForm(of root: [UInt8]) -> [UInt8] {
        guard let first = root.first else { return root }
        let vowels = Set("aeiou".utf8)
        let syllables = root.filter { vowels.contains($0) }.count
        func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
        if syllables == 1 { return bytes("menge") + root }
        switch first {
        case _ where vowels.contains(first): return bytes("meng") + root
        case UInt8(ascii: "k"): return bytes("meng") + root.dropFirst()
        case UInt8(ascii: "g"), UInt8(ascii: "h"): return bytes("meng") + root
        case UInt8(ascii: "p"): return bytes("mem") + root.dropFirst()
        case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "v"): return bytes("mem") + root
        case UInt8(ascii: "t"): return bytes("men") + root.dropFirst()
        case UInt8(ascii: "d"), UInt8(ascii: "c"), UInt8(ascii: "j"), UInt8(ascii: "z"): return bytes("men") + root
        case UInt8(ascii: "s"): return bytes("meny") + root.dropFirst()
        default: return bytes("me") + root
        }
    }

    /// meN- and peN-: the nasal takes the place of the root's first consonant, or is added.
    private static func nasal(_ label: String, _ base: String, next: (String) -> UInt8?,
                              add: (String, String, String) -> Void) {
        let vowels = Set("aeiou".utf8)
        // menge-/penge- before one-syllable roots: mengebom, pengecat.
        add(label, base + "nge", "-")
        // meng-/peng- before vowels (k dropped or not) and g, h, k, kh.
        if let c = next(base + "ng") {
            if vowels.contains(c) { add(label, base + "ng", ""); add(label, base + "ng", "k") }
            if c == UInt8(ascii: "g") || c == UInt8(ascii: "h") || c == UInt8(ascii: "k") { add(label, base + "ng", "") }
        }
        // meny-/peny- before vowels: s dropped (menyaingi → saing); ny- roots keep it (menyanyi).
        if let c = next(base + "ny"), vowels.contains(c) { add(label, base + "ny", "s") }
        // mem-/pem- before b, f, v, p (memproses) and, with p dropped, before vowels.
        if let c = next(base + "m") {
            if "bfvp".utf8.contains(c) { add(label, base + "m", "") }
            if vowels.contains(c) { add(label, base + "m", "p") }
        }
        // men-/pen- before d, c, j, z, sy, t; with t dropped before vowels.
        if let c = next(base + "n") {
            if "dcjzst".utf8.contains(c) { add(label, base + "n", "") }
            if vowels.contains(c) { add(label, base + "n", "t") }
        }
        // me-/pe- before l, r, w, y, m (melihat, merusak, mewarnai, memasak), and before n
        // plus a vowel or y (menanti, menyanyi), not ng.
        if let c = next(base), "lrwym".utf8.contains(c) { add(label, base, "") }
        if next(base) == UInt8(ascii: "n"), let c = next(base + "n"), "aeiouy".utf8.contains(c) { add(label, base, "") }
    }

    /// Prefix layers that may stand outside another: meN-, di-, ku-, kau- only outermost.
    static let outermostOnly: Set<String> = ["meN", "di", "ku", "kau"]
}
