import Foundation

/// Glosses composed from a root's gloss and its affixes' meanings, for derived words that
/// have no glossary entry of their own.
enum AffixMeaning {
    /// "rival; compete + meN- (active verb) + -i (…)": the root gloss, then each affix's
    /// first meaning from the glossary's affix entries.
    static func compose(gloss: String, labels: [String], rootPOS: String = "", glossary: Glossary) -> String {
        var parts = [gloss]
        for label in labels {
            guard let entry = glossary.entries(for: label).first(where: { $0.pos == "affix" }) else { continue }
            let senses = entry.gloss.split(separator: ";").map { $0.trimmingSpaces() }
            var meaning = senses.first ?? entry.gloss
            // ter- with an adjective is the superlative (terbesar "biggest").
            if label == "ter-", rootPOS == "adj", let superlative = senses.first(where: { $0.contains("superlative") }) {
                meaning = superlative
            }
            parts.append("\(Analysis.display(label)) (\(meaning))")
        }
        return parts.joined(separator: " + ")
    }

    /// Which senses of the root a derivation builds on, best first.
    static func preferredPOS(labels: [String]) -> [String] {
        if labels.first == "ter-" { return ["adj", "v", "n", "adv"] }
        switch derivedPOS(labels: labels, rootPOS: "") {
        case "v": return ["v", "n", "adj", "adv"]
        case "n": return ["n", "v", "adj", "adv"]
        case "adv": return ["adj", "n", "v", "adv"]
        default: return ["n", "v", "adj", "adv"]
        }
    }

    /// The part of speech a derivation gives: verbs from verbal prefixes, nouns from
    /// nominal ones, otherwise the root's.
    static func derivedPOS(labels: [String], rootPOS: String) -> String {
        let verbal: Set<String> = ["meN-", "di-", "ber-", "ter-", "memper-", "diper-", "ku-", "kau-", "-kan", "-i", "ber-an"]
        let nominal: Set<String> = ["peN-", "per-", "ke-an", "per-an", "peN-an", "-an", "-isasi", "-isme", "ke-", "-wan", "-wati"]
        for label in labels {
            if label == "ter-", rootPOS == "adj" { return "adj" }
            if verbal.contains(label) { return "v" }
            if nominal.contains(label) { return "n" }
            if label == "se-nya" { return "adv" }
        }
        return rootPOS
    }
}
