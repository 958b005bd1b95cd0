import Foundation

/// Reads the glossary text format: one entry per line,
/// `headword<TAB>pos<TAB>gloss[<TAB>notes[<TAB>example[<TAB>register]]]`, `#` comments.
public enum GlossaryParser {
    /// The parts of speech an entry may have.
    public static let partsOfSpeech: Set<String> = [
        "n", "v", "adj", "adv", "pron", "num", "prep", "conj", "part", "interj", "det", "cl", "affix", "phr", "abbr",
    ]

    /// Parses a glossary file's text. Malformed lines are skipped with a warning naming
    /// `path:line`; the rest still loads.
    public static func parse(_ text: String, path: String, source: String) -> (entries: [GlossaryEntry], warnings: [LoadWarning]) {
        var entries: [GlossaryEntry] = []
        var warnings: [LoadWarning] = []
        var lineNumber = 0
        // Lines and columns are cut on bytes (a newline or tab byte is never inside a character).
        for rawLine in text.utf8.split(separator: 10, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if line.last == 13 { line = line.dropLast() }
            if line.allSatisfy({ $0 == 32 || $0 == 9 }) || line.first == UInt8(ascii: "#") { continue }
            let columns = line.split(separator: 9, omittingEmptySubsequences: false)
                .map { Substring($0).trimmingSpaces() }
            guard columns.count >= 3 else {
                warnings.append(LoadWarning(path: path, line: lineNumber,
                                            message: "glossary: expected headword<TAB>pos<TAB>gloss, line skipped"))
                continue
            }
            let headword = columns[0], pos = columns[1].lowercased(), gloss = columns[2]
            guard !headword.isEmpty, !gloss.isEmpty else {
                warnings.append(LoadWarning(path: path, line: lineNumber, message: "glossary: empty headword or gloss, line skipped"))
                continue
            }
            guard partsOfSpeech.contains(pos) else {
                warnings.append(LoadWarning(path: path, line: lineNumber,
                                            message: "glossary: unknown part of speech '\(columns[1])', line skipped"))
                continue
            }
            func column(_ index: Int) -> String? {
                index < columns.count && !columns[index].isEmpty ? columns[index] : nil
            }
            entries.append(GlossaryEntry(headword: TextNormalizer.nfc(headword), pos: pos, gloss: gloss,
                                         notes: column(3), example: column(4), register: column(5), source: source))
        }
        return (entries, warnings)
    }
}
