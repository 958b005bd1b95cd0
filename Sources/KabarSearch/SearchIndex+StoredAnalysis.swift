import Foundation
import GRDB
import KabarCore

extension SearchIndex {
    /// Every article, as `articles(progress:)`, and what the recognisers found in each, in
    /// the same order, read in one transaction (so they agree even while another kabar
    /// writes). The analysis is nil when this index does not keep it (`enrich` off).
    public func articlesWithAnalysis(progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws
        -> (articles: [Article], analysis: [StoredAnalysis]?) {
        try writer.read { db in
            let articles = try SearchIndex.readArticles(db, progress: progress)
            guard enrich else { return (articles, nil) }
            return (articles, try SearchIndex.readAnalysis(db, count: articles.count))
        }
    }

    /// The stored mentions and time expressions of the articles, in path order, each field's
    /// in text order.
    static func readAnalysis(_ db: Database, count: Int) throws -> [StoredAnalysis]? {
        var position: [Int64: Int] = [:]
        position.reserveCapacity(count)
        let ids = try Int64.fetchCursor(db, sql: "SELECT id FROM articles ORDER BY path")
        while let id = try ids.next() { position[id] = position.count }
        guard position.count == count else { return nil }
        var analysis = [StoredAnalysis](repeating: StoredAnalysis(), count: count)
        let mentions = try Row.fetchCursor(db, sql: "SELECT article, type, field, start, \"end\", text FROM mentions")
        while let row = try mentions.next() {
            guard let index = position[row[0]], let type = EntityType(rawValue: row[1]),
                  let field = TextField(rawValue: row[2]) else { continue }
            analysis[index].mentions[field, default: []].append(EntityMention(type: type, start: row[3], end: row[4], text: row[5]))
        }
        let events = try Row.fetchCursor(db, sql: "SELECT article, type, value, field, start, \"end\", text FROM events")
        while let row = try events.next() {
            guard let index = position[row[0]], let type = TimeType(rawValue: row[1]),
                  let field = TextField(rawValue: row[3]) else { continue }
            analysis[index].expressions[field, default: []].append(
                TimeExpression(type: type, value: row[2], start: row[4], end: row[5], text: row[6]))
        }
        for index in analysis.indices {
            for (field, list) in analysis[index].mentions {
                analysis[index].mentions[field] = list.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            }
            for (field, list) in analysis[index].expressions {
                analysis[index].expressions[field] = list.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            }
        }
        return analysis
    }
}
