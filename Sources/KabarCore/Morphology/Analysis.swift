/// One reading of a word form: the headword to look up, the bare root, the affixes that
/// derive the form from the root, and the English gloss.
///
///     menyaingi  → lemma saing, root saing, affixes [meN-, -i], source composed
///     perusahaan → lemma perusahaan, root usaha, affixes [per-an], source kabar
public struct Analysis: Hashable, Sendable {
    public var lemma: String
    public var root: String
    /// Outermost prefix first, then suffixes from the root outwards: ["di-", "-kan"],
    /// ["per-an", "-nya"], ["ber-", "redup"]. Confixes are written as one (ke-an, per-an).
    public var affixes: [String]
    public var pos: String
    public var gloss: String
    /// "kabar" (our glossary), "user", "dictd:NAME (reverse)", "composed" (root gloss plus
    /// affix meanings, for a derived word that has no entry of its own), or "number".
    public var source: String
    public var notes: String?

    public init(lemma: String, root: String, affixes: [String], pos: String, gloss: String,
                source: String, notes: String? = nil) {
        self.lemma = lemma
        self.root = root
        self.affixes = affixes
        self.pos = pos
        self.gloss = gloss
        self.source = source
        self.notes = notes
    }

    /// "per-…-an + usaha → perusahaan": how the form is built, for the glossary pane.
    public func breakdown(of form: String) -> String {
        let shown = affixes.map(Analysis.display)
        guard !shown.isEmpty else { return form }
        return shown.joined(separator: " + ") + " + \(root) → \(form)"
    }

    /// An affix as a reader sees it: confixes around an ellipsis ("ke-…-an").
    static func display(_ affix: String) -> String {
        switch affix {
        case "ke-an", "per-an", "peN-an", "ber-an", "se-nya":
            let parts = affix.split(separator: "-")
            return "\(parts[0])-…-\(parts[1])"
        case "redup": return "reduplication"
        default: return affix
        }
    }
}
