import KabarCore

/// Finds the glossary's multi-word expression (suku bunga, meninggal dunia) that covers a
/// word of the document, whichever of its words the cursor is on.
enum ExpressionFinder {
    /// The longest expression covering word `index`, with the word indices it spans.
    static func find(in words: [DocumentWord], at index: Int, glossary: Glossary) -> (entry: GlossaryEntry, words: Range<Int>)? {
        guard words.indices.contains(index) else { return nil }
        var best: (entry: GlossaryEntry, words: Range<Int>)?
        // An expression has at most five words, so it starts at most four words back.
        for start in max(0, index - 4)...index {
            // No expression starts with a word too long to be one (folding it would cost
            // as much as the word is long, every frame).
            guard words[start].end - words[start].start <= AppState.longestGlossedWord else { continue }
            let first = Glossary.fold(words[start].text)
            for rest in glossary.expressions[first] ?? [] {
                let end = start + 1 + rest.count
                guard end > index, end <= words.count,
                      words[start].field == words[end - 1].field else { continue }
                let matches = zip(rest, words[(start + 1)..<end]).allSatisfy {
                    $1.end - $1.start <= AppState.longestGlossedWord && Glossary.fold($1.text) == $0
                }
                guard matches, best == nil || end - start > best!.words.count,
                      let entry = glossary.entries(for: ([first] + rest).joined(separator: " ")).first else { continue }
                best = (entry, start..<end)
            }
        }
        return best
    }
}
