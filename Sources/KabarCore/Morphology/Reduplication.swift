/// Hyphenated forms: full reduplication (buku-buku), reduplication with affixes
/// (berlomba-lomba, obat-obatan, tembak-menembak), and lexicalised pairs (sayur-mayur),
/// which the glossary lists as headwords.
enum Reduplication {
    static func analyze(_ key: String, analyzer: MorphAnalyzer) -> [Analysis] {
        // A lexicalised pair or compound first: kupu-kupu, sayur-mayur, bolak-balik.
        let whole = analyzer.readings(of: key)
        if !whole.isEmpty { return whole }
        let parts = key.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return [] }
        let (left, right) = (parts[0], parts[1])
        let leftReadings = analyzer.readings(of: left)
        let rightReadings = analyzer.readings(of: right)
        // The reading shared by both halves, its affixes being the union (berlomba-lomba:
        // ber- + lomba; obat-obatan: obat + -an; tembak-menembak: meN- + tembak).
        var results: [Analysis] = []
        for l in leftReadings {
            guard let r = rightReadings.first(where: { $0.lemma == l.lemma || $0.root == l.root }) else { continue }
            let richer = l.affixes.count >= r.affixes.count ? l : r
            var analysis = richer
            analysis.affixes = richer.affixes + ["redup"]
            results.append(analysis)
        }
        if !results.isEmpty { return results }
        // Only one half known (a rhyming pair missing from the glossary): its reading.
        return (leftReadings.isEmpty ? rightReadings : leftReadings).map { reading in
            var analysis = reading
            analysis.affixes.append("redup")
            return analysis
        }
    }
}
