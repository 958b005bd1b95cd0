import GRDB
import KabarCore

/// The tables of the index. `version` is stored in `PRAGMA user_version`; an index from an
/// older (or newer) schema, or holding what older (or newer) recognisers found
/// (`StoredAnalysis.version`), is rebuilt from scratch.
enum IndexSchema {
    static let version = 4 * 100 + StoredAnalysis.version
    static let ftsHashSize = 32 * 1024 * 1024

    static func create(_ db: Database, tokenizer: String) throws {
        try db.execute(sql: """
            CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                key TEXT NOT NULL,
                path TEXT NOT NULL UNIQUE,
                size INTEGER NOT NULL,
                mtime REAL NOT NULL,
                hash TEXT NOT NULL,
                title TEXT NOT NULL,
                source TEXT,
                date TEXT,
                body TEXT NOT NULL,
                layout TEXT NOT NULL
            );
            CREATE INDEX articles_date ON articles(date);
            -- What the reader lists first (SearchIndex.articleHeaders), read from this index
            -- alone, without the rows and their long texts.
            CREATE INDEX articles_list ON articles(path, key, title, source, date, size);
            CREATE VIRTUAL TABLE articles_fts USING fts5(
                title, body, source, content='articles', content_rowid='id', tokenize='\(tokenizer)'
            );
            -- What the recognisers found, one row per article (see AnalysisRecord).
            CREATE TABLE analysis (
                article INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                mentions TEXT NOT NULL,
                events TEXT NOT NULL
            );
            -- Each article's entity names and mention texts, once each: `entity:` in a query.
            CREATE TABLE entity_names (
                name TEXT NOT NULL COLLATE NOCASE,
                article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                PRIMARY KEY (name, article)
            ) WITHOUT ROWID;
            CREATE INDEX entity_names_article ON entity_names(article);
            """)
        // FTS5 keeps up to this many bytes of new terms in memory before it writes a segment
        // (1 MB by default): with the update's large batches, fewer segments to merge later.
        // A tuning knob only; an SQLite without it indexes the same.
        try? db.execute(sql: "INSERT INTO articles_fts(articles_fts, rank) VALUES('hashsize', \(ftsHashSize))")
        try db.execute(sql: "PRAGMA user_version = \(version)")
    }
}
