/// A way of cutting a word form into prefixes, a stem and suffixes.
struct Decomposition: Hashable {
    /// The stem left after stripping, as UTF-8 bytes (lower-case).
    var stem: [UInt8]
    /// Outermost first: ["di", "per"].
    var prefixes: [String]
    /// From the root outwards: ["kan", "nya", "lah"].
    var suffixes: [String]
    /// How many rarer allomorphs the reading needed: a root consonant put back by the nasal
    /// rules (memukul → pukul), be-/te- for ber-/ter-, menge-. A reading that needs none is
    /// likelier (memalukan → malu before palu; berapi → api before rapi).
    var restored = 0

    init(stem: [UInt8], prefixes: [String], suffixes: [String], restored: Int = 0) {
        self.stem = stem
        self.prefixes = prefixes
        self.suffixes = suffixes
        self.restored = restored
    }

    /// Clitics (particles and possessives) cost little: stripping them is certain.
    static let clitics: Set<String> = ["lah", "kah", "pun", "tah", "ku", "mu", "nya"]

    /// Lower is more plausible: each derivational affix costs 1, a confix (ke-…-an) 1.5 in
    /// all, each clitic 0.25, a loanword suffix 1.3; a second or third prefix costs a little more (stacked prefixes
    /// are rarer than a suffix), and so does each restored consonant.
    var cost: Double {
        let suffixCost = suffixes.reduce(0.0) {
            $0 + (Decomposition.clitics.contains($1) ? 0.25 : AffixRules.loanSuffixes.contains($1) ? 1.3 : 1)
        }
        let prefixCost = prefixes.isEmpty ? 0 : 1 + Double(prefixes.count - 1) * 1.2
        return prefixCost + suffixCost - (hasConfix ? 0.5 : 0) + Double(restored) * 0.1
    }

    /// The innermost prefix and the first suffix form a confix (ke-an, per-an, peN-an, ber-an).
    var hasConfix: Bool {
        guard let inner = prefixes.last, suffixes.first == "an" else { return false }
        return ["ke", "per", "peN", "ber"].contains(inner)
    }

    /// Whether any affix other than a clitic was stripped.
    var isDerived: Bool {
        !prefixes.isEmpty || suffixes.contains { !Decomposition.clitics.contains($0) }
    }

    /// The affix labels for an `Analysis`: prefixes merged into confixes with their suffix
    /// where Indonesian has a confix, then the remaining suffixes.
    var labels: [String] {
        var prefixLabels = prefixes.map { "\($0)-" }
        var suffixLabels = suffixes.map { "-\($0)" }
        // memper-, diper-
        if prefixLabels.count >= 2, prefixLabels[1] == "per-", ["meN-", "di-"].contains(prefixLabels[0]) {
            prefixLabels[0] = prefixLabels[0] == "meN-" ? "memper-" : "diper-"
            prefixLabels.remove(at: 1)
        }
        // Confixes: the innermost prefix with the derivational suffix next to the root.
        if let inner = prefixLabels.last, let first = suffixLabels.first {
            let pair = (inner, first)
            let confix: String? = switch pair {
            case ("ke-", "-an"): "ke-an"
            case ("per-", "-an"): "per-an"
            case ("peN-", "-an"): "peN-an"
            case ("ber-", "-an"): "ber-an"
            case ("se-", "-nya"): "se-nya"
            default: nil
            }
            if let confix {
                prefixLabels.removeLast()
                suffixLabels.removeFirst()
                return prefixLabels + [confix] + suffixLabels
            }
        }
        return prefixLabels + suffixLabels
    }
}
