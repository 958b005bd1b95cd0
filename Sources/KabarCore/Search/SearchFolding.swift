import Foundation

/// How search compares words: lower case, no diacritics (é → e), typographic apostrophes
/// straightened. The index and the query use the same folding, so "Menyaingi", "menyaingi"
/// and "menyáingi" are one word to search.
public enum SearchFolding {
    public static func fold(_ word: String) -> String {
        var ascii = true
        var hasUpper = false
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte >= 65 && byte <= 90 { hasUpper = true }
        }
        if ascii { return hasUpper ? word.lowercased() : word }
        let lowered = word.lowercased().replacingOccurrences(of: "’", with: "'")
        return lowered.folding(options: [.diacriticInsensitive], locale: nil)
    }

    /// The forms of a word the index holds at its position: the folded word itself, and its
    /// lemma and root when the analyser knows them (menyaingi → menyaingi, saing).
    public static func indexForms(of word: String, analyzer: MorphAnalyzer) -> [String] {
        let surface = fold(word)
        var forms = [surface]
        guard let best = analyzer.analyze(surface).first, best.source != "number" else { return forms }
        for form in [fold(best.lemma), fold(best.root)] where !form.isEmpty && !forms.contains(form) && !form.utf8.contains(UInt8(ascii: " ")) {
            forms.append(form)
        }
        return forms
    }
}
