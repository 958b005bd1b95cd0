import Foundation

/// Finds the readings of an Indonesian word form, best first, guided by the glossary as its
/// root lexicon. Results are cached per form, so running text (where most tokens repeat)
/// costs little more than a hash lookup.
///
///     let analyzer = MorphAnalyzer(glossary: GlossaryLoader.builtIn)
///     analyzer.analyze("menyaingi").first?.lemma      // "saing"
///     analyzer.analyze("perusahaannya").first?.lemma  // "perusahaan"
public final class MorphAnalyzer: @unchecked Sendable {
    public let glossary: Glossary
    private let lock = NSLock()
    private var cache: [String: [Analysis]] = [:]
    /// Forms longer than this (in bytes) are not worth analysing.
    static let maximumLength = 64

    public init(glossary: Glossary) {
        self.glossary = glossary
    }

    /// The readings of a word form, best first; empty for a form with no reading.
    public func analyze(_ form: String) -> [Analysis] {
        lock.lock()
        if let cached = cache[form] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let result = compute(form)
        lock.lock()
        if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
        cache[form] = result
        lock.unlock()
        return result
    }

    private func compute(_ form: String) -> [Analysis] {
        let key = Glossary.fold(form)
        guard !key.isEmpty, key.utf8.count <= Self.maximumLength else { return [] }
        if let number = NumberReading.analyze(key) { return [number] }
        guard key.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return [] }
        if key.utf8.contains(UInt8(ascii: "-")) {
            let reduplicated = Reduplication.analyze(key, analyzer: self)
            if !reduplicated.isEmpty { return reduplicated }
        }
        return readings(of: key)
    }

    /// A possible reading before it is turned into analyses.
    private struct Candidate {
        var lemma: String
        /// Nil: work out the lemma's own root.
        var root: String?
        var labels: [String]
        /// The gloss is composed from the root's and the affixes' meanings.
        var composed: Bool
        var cost: Double
        /// Tie-breakers: a confix reading, then -kan before k + -an (katakan → kata).
        var confix = false
        var kan = false
    }

    /// Readings of a folded single word (no hyphen handling).
    func readings(of key: String) -> [Analysis] {
        var candidates: [Candidate] = []
        if glossary.contains(key: key) {
            candidates.append(Candidate(lemma: key, root: nil, labels: rootLabels(of: key), composed: false, cost: 0))
        }
        for decomposition in decompositions(of: Array(key.utf8)) where !(decomposition.prefixes.isEmpty && decomposition.suffixes.isEmpty) {
            let stem = String(decoding: decomposition.stem, as: UTF8.self)
            guard glossary.contains(key: stem), isWordlike(stem) else { continue }
            if decomposition.isDerived {
                candidates.append(Candidate(lemma: stem, root: stem, labels: decomposition.labels, composed: true,
                                            cost: decomposition.cost, confix: decomposition.hasConfix,
                                            kan: decomposition.suffixes.first == "kan"))
            } else {
                candidates.append(Candidate(lemma: stem, root: nil, labels: rootLabels(of: stem) + decomposition.labels,
                                            composed: false, cost: decomposition.cost))
            }
        }
        // Standard words before informal ones (menulis → tulis, not the colloquial nulis).
        for index in candidates.indices where isInformal(candidates[index].lemma) {
            candidates[index].cost += 0.2
        }
        candidates.sort { a, b in
            if abs(a.cost - b.cost) > 0.001 { return a.cost < b.cost }
            if a.confix != b.confix { return a.confix }
            if a.kan != b.kan { return a.kan }
            return a.lemma.utf8.count > b.lemma.utf8.count
        }
        var seen = Set<String>()
        var analyses: [Analysis] = []
        for candidate in candidates {
            let signature = candidate.lemma + "|" + candidate.labels.joined(separator: ",")
            guard seen.insert(signature).inserted else { continue }
            analyses += build(candidate)
            if analyses.count >= 8 { break }
        }
        return analyses
    }

    /// One analysis per glossary entry of the lemma.
    private func build(_ candidate: Candidate) -> [Analysis] {
        let root = candidate.root ?? root(of: candidate.lemma)
        var entries = glossary.entries(key: candidate.lemma)
        if candidate.composed {
            // A derivation builds on the sense of its kind: verbs from verb (then noun) senses,
            // ter- superlatives from adjectives, nouns from noun senses; function-word senses last.
            let order = AffixMeaning.preferredPOS(labels: candidate.labels)
            entries = entries.enumerated().sorted { a, b in
                let ra = order.firstIndex(of: a.element.pos) ?? order.count
                let rb = order.firstIndex(of: b.element.pos) ?? order.count
                return ra != rb ? ra < rb : a.offset < b.offset
            }.map(\.element)
        }
        return entries.map { entry in
            if candidate.composed {
                return Analysis(lemma: candidate.lemma, root: root, affixes: candidate.labels,
                                pos: AffixMeaning.derivedPOS(labels: candidate.labels, rootPOS: entry.pos),
                                gloss: AffixMeaning.compose(gloss: entry.gloss, labels: candidate.labels, rootPOS: entry.pos,
                                                            glossary: glossary),
                                source: "composed", notes: entry.notes)
            }
            return Analysis(lemma: candidate.lemma, root: root, affixes: candidate.labels, pos: entry.pos,
                            gloss: entry.gloss, source: entry.source, notes: entry.notes)
        }
    }

    /// The root of a headword: the best derivational reading of it other than itself.
    func root(of lemma: String) -> String {
        bestDerivation(of: lemma)?.root ?? lemma
    }

    func rootLabels(of lemma: String) -> [String] {
        bestDerivation(of: lemma)?.labels ?? []
    }

    /// The root a headword is derived from, if it is derived: the deepest cut whose stem is a
    /// standard headword of two or more syllables and whose affixes suit the headword's part
    /// of speech (pendidikan → didik, kebersamaan → sama, meskipun → meski; but bersih, kepala
    /// and beruang are roots, not ber- + sih, ke- + pala or ber- + uang).
    private func bestDerivation(of lemma: String) -> (root: String, labels: [String])? {
        if lemma.utf8.contains(UInt8(ascii: "-")) {
            // sayur-mayur → sayur, bolak-balik → balik, hati-hati → hati.
            let parts = lemma.split(separator: "-").map(String.init)
            guard parts.count == 2 else { return nil }
            if let part = parts.first(where: { glossary.contains(key: $0) && $0 != lemma }) {
                return (bestDerivation(of: part)?.root ?? part, ["redup"])
            }
            return nil
        }
        let pos = glossary.entries(key: lemma).first?.pos ?? ""
        var best: (depth: Int, cost: Double, root: String, labels: [String])?
        for decomposition in decompositions(of: Array(lemma.utf8)) where !(decomposition.prefixes.isEmpty && decomposition.suffixes.isEmpty) {
            let stem = String(decoding: decomposition.stem, as: UTF8.self)
            guard stem != lemma, glossary.contains(key: stem), isWordlike(stem), syllables(stem) >= 2,
                  !isInformal(stem), suits(decomposition, pos: pos) else { continue }
            let depth = decomposition.prefixes.count + decomposition.suffixes.count
            let cost = decomposition.cost
            if best == nil || depth > best!.depth || (depth == best!.depth && cost < best!.cost) {
                best = (depth, cost, stem, decomposition.labels)
            }
        }
        return best.map { ($0.root, $0.labels) }
    }

    /// A noun is not made by verbal affixes alone (menara is not meN- + tara, polisi not polis + -i).
    private func suits(_ decomposition: Decomposition, pos: String) -> Bool {
        guard pos == "n" else { return true }
        let verbal: Set<String> = ["meN", "di", "ber", "ter", "ku", "kau"]
        if let outer = decomposition.prefixes.first, verbal.contains(outer), !decomposition.hasConfix { return false }
        if decomposition.prefixes.isEmpty, let suffix = decomposition.suffixes.first, ["i", "kan"].contains(suffix) { return false }
        return true
    }

    /// Vowel letters, a close enough count of syllables for Indonesian roots.
    private func syllables(_ stem: String) -> Int {
        stem.utf8.reduce(0) { $0 + ("aeiou".utf8.contains($1) ? 1 : 0) }
    }

    private func isInformal(_ key: String) -> Bool {
        let entries = glossary.entries(key: key)
        return !entries.isEmpty && entries.allSatisfy { $0.register == "informal" || $0.register == "slang" }
    }

    /// Only single words with a vowel can be roots.
    private func isWordlike(_ stem: String) -> Bool {
        !stem.utf8.contains(UInt8(ascii: " ")) && stem.utf8.contains { "aeiou".utf8.contains($0) }
    }

    /// Every suffix × prefix cut of a word.
    func decompositions(of word: [UInt8]) -> [Decomposition] {
        var results: [Decomposition] = []
        for (stem, suffixes) in AffixRules.suffixOptions(word) {
            strip(stem, prefixes: [], suffixes: suffixes, into: &results)
        }
        return results
    }

    private func strip(_ stem: [UInt8], prefixes: [String], suffixes: [String], restored: Bool = false,
                       restoredBefore: Int = 0, into results: inout [Decomposition]) {
        if let outer = prefixes.first, let suffix = suffixes.first, AffixRules.disallowed.contains("\(outer)+\(suffix)") {
            return
        }
        // Loanword suffixes (-isasi, -isme, -is) do not take native prefixes: menangis is not menang + -is.
        if !prefixes.isEmpty, let suffix = suffixes.first, AffixRules.loanSuffixes.contains(suffix) {
            return
        }
        let restoredCount = restoredBefore + (restored ? 1 : 0)
        results.append(Decomposition(stem: stem, prefixes: prefixes, suffixes: suffixes, restored: restoredCount))
        guard prefixes.count < 3 else { return }
        for (label, rest, restored) in AffixRules.prefixOptions(stem) {
            if prefixes.contains(label) { continue }
            if AffixRules.outermostOnly.contains(label) && !prefixes.isEmpty { continue }
            strip(rest, prefixes: prefixes + [label], suffixes: suffixes, restored: restored,
                  restoredBefore: restoredCount, into: &results)
        }
    }
}
