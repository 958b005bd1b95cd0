/// Reads what a user types into a ``SearchQuery``, never failing: words, "exact phrases",
/// OR, -exclusion, prefix*, title:, source:, entity:"Name", date:2025-01..2025-02.
/// Unbalanced quotes close at the end, stray operators and a lone `*` are dropped with a
/// note, unknown fields and SQL-looking text are read as plain words.
public struct QueryParser: Sendable {
    public init() {}

    public func parse(_ input: String) -> SearchQuery {
        var query = SearchQuery()
        var pendingOr = false
        for raw in QueryParser.pieces(of: input, notes: &query.notes) {
            var piece = raw
            if piece.text == "OR" && !piece.quoted {
                if query.clauses.isEmpty {
                    query.notes.append("OR needs a word on each side; ignored")
                } else {
                    pendingOr = true
                }
                continue
            }
            var negated = false
            if !piece.quoted, piece.text.hasPrefix("-") || piece.quotedAfterDash {
                negated = true
                piece.text = String(piece.text.drop(while: { $0 == "-" }))
            }
            guard let term = term(from: piece, query: &query) else { continue }
            if negated {
                query.excluded.append(term)
            } else if pendingOr, !query.clauses.isEmpty {
                query.clauses[query.clauses.count - 1].append(term)
            } else {
                query.clauses.append([term])
            }
            pendingOr = false
        }
        if pendingOr { query.notes.append("OR at the end has nothing after it; ignored") }
        if query.isEmpty && !query.excluded.isEmpty {
            query.notes.append("only excluded words: add a word to search for")
        }
        return query
    }

    /// Turns one piece into a term, or applies it as a filter (entity:, date:) and returns nil.
    func term(from piece: Piece, query: inout SearchQuery) -> SearchQuery.Term? {
        var text = piece.text
        var field: String?
        if !piece.quoted, let colon = text.firstIndex(of: ":") {
            let name = text[..<colon].lowercased()
            let value = String(text[text.index(after: colon)...])
            switch name {
            case "title", "source", "entity", "date":
                let fieldValue = value.isEmpty ? (piece.fieldValue ?? "") : value
                if fieldValue.isEmpty {
                    query.notes.append("\(name): needs something after it, as in \(QueryParser.example(name)); ignored")
                    return nil
                }
                if name == "entity" {
                    query.entities.append(fieldValue)
                    return nil
                }
                if name == "date" {
                    if !applyDate(fieldValue, to: &query) {
                        query.notes.append("date: reads 2025, 2025-01, 2025-01-15 or a range such as 2025-01..2025-02; '\(fieldValue)' ignored")
                    }
                    return nil
                }
                field = name
                text = fieldValue
                if piece.fieldValue != nil {
                    return phraseOrWord(text, prefix: false, field: field, quoted: true, query: &query)
                }
            default:
                break  // not a field: read literally ("10:30", "foo:bar")
            }
        }
        var prefix = false
        if !piece.quoted, text.hasSuffix("*") {
            text = String(text.dropLast(text.reversed().prefix(while: { $0 == "*" }).count))
            prefix = true
            if text.isEmpty {
                query.notes.append("a lone * matches nothing: type the start of a word, as in bank*")
                return nil
            }
        }
        return phraseOrWord(text, prefix: prefix, field: field, quoted: piece.quoted, query: &query)
    }

    /// The words of a piece (by the tokenizer, folded); a quoted piece is a phrase.
    func phraseOrWord(_ text: String, prefix: Bool, field: String?, quoted: Bool,
                      query: inout SearchQuery) -> SearchQuery.Term? {
        let words = Tokenizer().tokenize(text)
            .filter { $0.kind == .word || $0.kind == .number || $0.kind == .hashtag || $0.kind == .mention }
            .map { SearchFolding.fold($0.text) }
        guard !words.isEmpty else { return nil }
        return SearchQuery.Term(words: words, prefix: prefix && words.count == 1, field: field)
    }

    static func example(_ field: String) -> String {
        switch field {
        case "entity": "entity:\"Liang Wenfeng\""
        case "date": "date:2025-01..2025-02"
        default: "\(field):banjir"
        }
    }

    /// `2025`, `2025-01`, `2025-01-15`, `2025-01..2025-02`, `2025..`, `..2025-02`.
    func applyDate(_ value: String, to query: inout SearchQuery) -> Bool {
        let parts = value.components(separatedBy: "..")
        guard parts.count <= 2 else { return false }
        let from = parts[0], to = parts.count == 2 ? parts[1] : parts[0]
        if !from.isEmpty {
            guard let start = QueryParser.bound(from, end: false) else { return false }
            query.dateFrom = start
        }
        if !to.isEmpty {
            guard let end = QueryParser.bound(to, end: true) else { return false }
            query.dateTo = end
        }
        return !(from.isEmpty && to.isEmpty)
    }

    /// The first or last day a partial ISO date covers: 2025-02 → 2025-02-01 / 2025-02-31
    /// (compared as text, so "31" covers every month).
    static func bound(_ text: String, end: Bool) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
              parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return nil }
        let padding = end ? ["-12", "-31"] : ["-01", "-01"]
        return text + padding.suffix(3 - parts.count).joined()
    }

    struct Piece {
        var text: String
        var quoted: Bool
        /// `-"exact phrase"`.
        var quotedAfterDash = false
        /// `title:"two words"`: the quoted value of a field.
        var fieldValue: String?
    }

    /// Splits the input at spaces, keeping quoted text together; an unbalanced quote runs
    /// to the end.
    static func pieces(of input: String, notes: inout [String]) -> [Piece] {
        var pieces: [Piece] = []
        var current = ""
        var inQuote = false
        var quoteStartedAfter = ""  // what came before the quote in the same piece ("-", "title:")
        func flush() {
            if !current.isEmpty { pieces.append(Piece(text: current, quoted: false)) }
            current = ""
        }
        for character in input {
            let isQuote = character == "\"" || character == "“" || character == "”"
            if inQuote {
                if isQuote {
                    inQuote = false
                    appendQuoted(current, after: quoteStartedAfter, into: &pieces)
                    current = ""
                } else {
                    current.append(character)
                }
            } else if isQuote {
                quoteStartedAfter = current
                current = ""
                inQuote = true
            } else if character.isWhitespace {
                flush()
            } else {
                current.append(character)
            }
        }
        if inQuote {
            notes.append("a quote was not closed; read to the end")
            appendQuoted(current, after: quoteStartedAfter, into: &pieces)
        } else {
            flush()
        }
        return pieces
    }

    static func appendQuoted(_ text: String, after prefix: String, into pieces: inout [Piece]) {
        if prefix.hasSuffix(":") {
            pieces.append(Piece(text: prefix, quoted: false, fieldValue: text))
        } else if !prefix.isEmpty && prefix.allSatisfy({ $0 == "-" }) {
            pieces.append(Piece(text: "-" + text, quoted: false, quotedAfterDash: true))
        } else {
            if !prefix.isEmpty { pieces.append(Piece(text: prefix, quoted: false)) }
            pieces.append(Piece(text: text, quoted: true))
        }
    }
}
