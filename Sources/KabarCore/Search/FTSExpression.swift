/// Writes a ``SearchQuery`` as an FTS5 MATCH expression. Every word is a quoted string, so
/// nothing a user types can be read as FTS5 syntax: `"saing"`, `"bank" *`, `"suku bunga"`,
/// `title : "banjir"`, `("a" OR "b")`, `… NOT "c"`.
public enum FTSExpression {
    /// nil when the query has no words (only filters, or nothing).
    public static func match(for query: SearchQuery) -> String? {
        guard !query.clauses.isEmpty else { return nil }
        let positive = query.clauses.map { clause -> String in
            let terms = clause.map(term)
            return terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        guard !query.excluded.isEmpty else { return positive }
        return "(" + positive + ")" + query.excluded.map { " NOT " + term($0) }.joined()
    }

    static func term(_ term: SearchQuery.Term) -> String {
        var text = quoted(term.words.joined(separator: " "))
        if term.prefix { text += " *" }
        if let field = term.field { text = "\(field) : " + text }
        return text
    }

    /// An FTS5 string: in double quotes, inner quotes doubled.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
