import Foundation
import GRDB

/// A look at an index file that changes nothing: SQLite's integrity check, FTS5's check of
/// the full-text index against the articles, each article's stored layout against its text,
/// and the number of articles.
public struct IndexCheck: Sendable {
    /// The database file checked.
    public var path: String
    public var articles: Int
    /// Empty when the index is sound; otherwise one line per problem.
    public var problems: [String]
    /// False when another process was writing the index, so the full-text index was not
    /// compared with the articles.
    public var fullTextChecked = true

    /// Checks the index of `folder`; nil when it has none yet.
    public static func run(folder: String, cacheDirectory: String = IndexLocation.cacheDirectory()) -> IndexCheck? {
        let path = IndexLocation.database(forFolder: folder, cacheDirectory: cacheDirectory)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var check = IndexCheck(path: path, articles: 0, problems: [])
        do {
            var configuration = SearchIndex.configuration(setUp: nil)
            configuration.busyMode = .timeout(1)
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            try queue.writeWithoutTransaction { db in
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                guard version == IndexSchema.version else {
                    check.problems.append("the index is from another version of Kabar (schema \(version), not \(IndexSchema.version))")
                    return
                }
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                if integrity != ["ok"] { check.problems += integrity }
                check.articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
                if let misfits = try misfitLayouts(db) { check.problems.append(misfits) }
                // FTS5 compares its index with the articles table. The check writes nothing,
                // but it is a write statement: while another kabar is writing the index it is
                // skipped rather than waited for.
                do {
                    try db.inTransaction(.deferred) {
                        try db.execute(sql: "INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
                        return .rollback
                    }
                } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                    check.fullTextChecked = false
                }
            }
        } catch {
            check.problems.append(SearchIndex.reason(error))
        }
        return check
    }

    /// One line naming the articles whose stored layout does not fit their text, if any.
    static func misfitLayouts(_ db: Database) throws -> String? {
        var paths: [String] = []
        var count = 0
        let rows = try Row.fetchCursor(db, sql: "SELECT path, body, layout FROM articles ORDER BY path")
        while let row = try rows.next() {
            if ArticleRecord.fits(body: row[1], layout: row[2]) { continue }
            count += 1
            if paths.count < 3 { paths.append(row[0]) }
        }
        guard count > 0 else { return nil }
        let more = count > paths.count ? " and \(count - paths.count) more" : ""
        return "\(count) article(s) stored with a layout that does not fit their text, shown as plain paragraphs "
            + "until their files change (\(paths.joined(separator: ", "))\(more)); deleting the index file rebuilds it"
    }
}
