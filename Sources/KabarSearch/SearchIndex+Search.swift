import Foundation
import GRDB
import KabarCore

extension SearchIndex {
    /// Runs what a user typed. Never throws for a bad query: what can't be read becomes a
    /// note, and the words are always passed to FTS5 as quoted strings. An index found
    /// damaged is rebuilt from the files of the last update (with a note), then searched.
    public func search(_ input: String, limit: Int = 10, analyzer: MorphAnalyzer = KabarTokenizer.analyzer) throws -> SearchResults {
        do {
            return try run(input, limit: limit, analyzer: analyzer)
        } catch let error as DatabaseError where path != nil && SearchIndex.isDamage(error) {
            try rebuild()
            if let lastFiles { _ = try update(files: lastFiles) }
            var results = try run(input, limit: limit, analyzer: analyzer)
            results.notes += [warning].compactMap { $0 }
            return results
        }
    }

    func run(_ input: String, limit: Int, analyzer: MorphAnalyzer) throws -> SearchResults {
        let query = QueryParser().parse(input)
        var results = SearchResults(query: input, hits: [], notes: query.notes)
        guard !query.isEmpty else {
            if results.notes.isEmpty { results.notes.append("type a word to search for") }
            return results
        }
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        let match = FTSExpression.match(for: query)
        if let match {
            conditions.append("articles_fts MATCH ?")
            arguments.append(match)
        }
        for entity in query.entities {
            conditions.append("a.id IN (SELECT article FROM entity_names WHERE name = ?)")
            arguments.append(entity)
        }
        if let from = query.dateFrom {
            conditions.append("a.date >= ?")
            arguments.append(from)
        }
        if let to = query.dateTo {
            conditions.append("a.date <= ?")
            arguments.append(to)
        }
        let limit = max(1, limit)
        let rows: [Row]
        var ranks: [Double] = []
        do {
            rows = try writer.read { db in
                guard let match else {
                    let sql = """
                        SELECT a.key, a.path, a.title, a.source, a.date, a.body, a.layout, 0.0 AS rank, substr(a.body, 1, 160) AS snip
                        FROM articles a WHERE \(conditions.joined(separator: " AND ")) ORDER BY a.date DESC, a.path LIMIT ?
                        """
                    let rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments + [limit]))
                    ranks = rows.map { $0["rank"] }
                    return rows
                }
                // Rank first, then make snippets of the hits only: snippet() in the ranking
                // query would run for every article that matches, not just the ones shown.
                let rankSQL = conditions.count == 1
                    ? "SELECT rowid, \(RankFunction.name)(articles_fts, 5.0, 1.0, 0.5) AS rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
                    : """
                        SELECT a.id, \(RankFunction.name)(articles_fts, 5.0, 1.0, 0.5) AS rank
                        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                        WHERE \(conditions.joined(separator: " AND ")) ORDER BY rank LIMIT ?
                        """
                let ranked = try Row.fetchAll(db.cachedStatement(sql: rankSQL), arguments: StatementArguments(arguments + [limit]))
                let hit = try db.cachedStatement(sql: """
                    SELECT a.key, a.path, a.title, a.source, a.date, a.body, a.layout, snippet(articles_fts, -1, '«', '»', '…', 24) AS snip
                    FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                    WHERE articles_fts MATCH ? AND articles_fts.rowid = ?
                    """)
                var rows: [Row] = []
                for row in ranked {
                    guard let found = try Row.fetchOne(hit, arguments: [match, row[0] as Int64]) else { continue }
                    rows.append(found)
                    ranks.append(row["rank"])
                }
                return rows
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            results.notes.append("that query could not be read; try plain words")
            return results
        }
        let finder = MatchFinder(analyzer: analyzer)
        for (row, rank) in zip(rows, ranks) {
            let article = ArticleRecord.article(key: row["key"], path: row["path"], title: row["title"], source: row["source"],
                                                date: row["date"], body: row["body"], layout: row["layout"])
            let snippet: String = row["snip"] ?? ""
            results.hits.append(SearchHit(article: article.id, title: article.title, path: article.path,
                                          score: -rank,
                                          snippet: snippet.split(whereSeparator: \.isNewline).joined(separator: " "),
                                          matches: finder.matches(of: query, in: AnalyzedArticle(article))))
        }
        return results
    }
}
