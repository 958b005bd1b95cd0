import Foundation

/// Glosses composed from a root's gloss and its affixes' meanings, for derived words that
/// have no glossary entry of their own.
enum AffixMeaning {
    /// "rival; compete + meN- (active verb) + -i (…)": the root gloss, then each affix's
    /// first meaning from the glossary's affix entries.
    static func compose(gloss: String, labels: [String], glossary: Glossary) -> String {
        var parts = [gloss]
        for label in labels {
            guard let entry = glossary.entries(for: label).first(where: { $0.pos == "affix" }) else { continue }
            let meaning = entry.gloss.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? entry.gloss
            parts.append("\(Analysis.display(label)) (\(meaning))")
        }
        return parts.joined(separator: " + ")
    }

    /// The part of speech a derivation gives: verbs from verbal prefixes, nouns from
    /// nominal ones, otherwise the root's.
    static func derivedPOS(labels: [String], rootPOS: String) -> String {
        let verbal: Set<String> = ["meN-", "di-", "ber-", "ter-", "memper-", "diper-", "ku-", "kau-", "-kan", "-i", "ber-an"]
        let nominal: Set<String> = ["peN-", "per-", "ke-an", "per-an", "peN-an", "-an", "-isasi", "-isme", "ke-", "-wan", "-wati"]
        for label in labels {
            if verbal.contains(label) { return "v" }
            if nominal.contains(label) { return "n" }
            if label == "se-nya" { return "adv" }
        }
        return rootPOS
    }
}
