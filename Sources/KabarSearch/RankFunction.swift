import Foundation
import GRDB
import GRDBSQLite

/// `kabar_bm25(articles_fts, w…)`: FTS5's own `bm25()` (same formula, same operations in the
/// same order, so the same scores to the last bit), except where it gets each row's length.
/// bm25() asks FTS5 for it row by row (`xColumnSize`), which runs a query on the docsize
/// table for every matching row: for a word found in every article that is most of a
/// search's time. Here, once a query has matched many rows, the lengths of all rows are read
/// in one pass and kept per connection until the index changes.
final class RankFunction {
    static let name = "kabar_bm25"
    /// Rows matched by one query before the lengths of all rows are read at once.
    static let bulkThreshold = 1000

    /// Total tokens per row: `lengths[rowid]`, -1 for none; `sparse` when rowids are spread out.
    private var lengths: [Int32] = []
    private var sparse: [Int64: Int32] = [:]
    private var useSparse = false
    /// What the lengths were read at: nil when not read, or stale.
    private var readAt: (dataVersion: Int64, changes: Int32)?

    /// Adds the function to a connection (each connection keeps its own lengths).
    static func register(_ db: Database) {
        let api = FTS5.api(db)
        let function = Unmanaged.passRetained(RankFunction()).toOpaque()
        let code = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), name, function, rankCallback) { pointer in
            if let pointer { Unmanaged<RankFunction>.fromOpaque(pointer).release() }
        }
        if code != SQLITE_OK { Unmanaged<RankFunction>.fromOpaque(function).release() }
    }

    /// What a query works out once: the IDF of each phrase, the average row length.
    final class QueryData {
        var idf: [Double] = []
        var frequencies: [Double] = []
        var averageLength = 0.0
        var calls = 0
        /// Whether the connection's lengths were checked against the index for this query.
        var lengthsChecked = false
        /// The weights given after the table, read once (they are the same for every row).
        private var weights: [Double]?

        /// The weight of a column: the function's argument for it, or 1.
        func weight(_ column: Int32, _ values: UnsafeMutablePointer<OpaquePointer?>?, _ count: Int32) -> Double {
            if weights == nil {
                weights = (0..<Int(count)).map { sqlite3_value_double(values![$0]) }
            }
            return count > column ? weights![Int(column)] : 1.0
        }
    }

    fileprivate func rank(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, _ context: OpaquePointer,
                          _ values: UnsafeMutablePointer<OpaquePointer?>?, _ count: Int32) -> Int32 {
        let k1 = 1.2, b = 0.75
        let data: QueryData
        if let existing = api.pointee.xGetAuxdata(fts, 0) {
            data = Unmanaged<QueryData>.fromOpaque(existing).takeUnretainedValue()
        } else {
            data = QueryData()
            let phrases = Int(api.pointee.xPhraseCount(fts))
            var rows: Int64 = 0, tokens: Int64 = 0
            var code = api.pointee.xRowCount(fts, &rows)
            if code == SQLITE_OK { code = api.pointee.xColumnTotalSize(fts, -1, &tokens) }
            if code != SQLITE_OK { return code }
            data.averageLength = Double(tokens) / Double(rows)
            for phrase in 0..<phrases {
                var hits: Int64 = 0
                code = api.pointee.xQueryPhrase(fts, Int32(phrase), &hits) { _, _, user in
                    user!.assumingMemoryBound(to: Int64.self).pointee += 1
                    return SQLITE_OK
                }
                if code != SQLITE_OK { return code }
                var idf = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
                if idf <= 0.0 { idf = 1e-6 }
                data.idf.append(idf)
            }
            data.frequencies = [Double](repeating: 0, count: phrases)
            code = api.pointee.xSetAuxdata(fts, Unmanaged.passRetained(data).toOpaque()) { pointer in
                if let pointer { Unmanaged<QueryData>.fromOpaque(pointer).release() }
            }
            if code != SQLITE_OK { return code }
        }
        data.calls += 1

        for phrase in data.frequencies.indices { data.frequencies[phrase] = 0 }
        var instances: Int32 = 0
        var code = api.pointee.xInstCount(fts, &instances)
        if code != SQLITE_OK { return code }
        for instance in 0..<instances {
            var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
            code = api.pointee.xInst(fts, instance, &phrase, &column, &offset)
            if code != SQLITE_OK { return code }
            data.frequencies[Int(phrase)] += data.weight(column, values, count)
        }

        // The connection's lengths: checked against the index once per query, read in one
        // pass once the query has matched many rows.
        if readAt != nil, !data.lengthsChecked {
            data.lengthsChecked = true
            dropStaleLengths(sqlite3_context_db_handle(context))
        }
        if readAt == nil, data.calls == RankFunction.bulkThreshold {
            data.lengthsChecked = true
            readLengths(sqlite3_context_db_handle(context), columns: api.pointee.xColumnCount(fts))
        }
        var length = readAt == nil ? nil : self.length(of: api.pointee.xRowid(fts))
        if length == nil {
            var tokens: Int32 = 0
            code = api.pointee.xColumnSize(fts, -1, &tokens)
            if code != SQLITE_OK { return code }
            length = tokens
        }
        let d = Double(length!)

        var score = 0.0
        for phrase in data.idf.indices {
            let frequency = data.frequencies[phrase]
            score += data.idf[phrase] * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * d / data.averageLength)))
        }
        sqlite3_result_double(context, -1.0 * score)
        return SQLITE_OK
    }

    private func length(of rowid: Int64) -> Int32? {
        if useSparse { return sparse[rowid] }
        guard rowid >= 0, rowid < lengths.count, lengths[Int(rowid)] >= 0 else { return nil }
        return lengths[Int(rowid)]
    }

    /// What identifies the index's state on a connection: another connection's commit changes
    /// `data_version`, this connection's own changes change `total_changes`.
    static func state(_ connection: OpaquePointer?) -> (dataVersion: Int64, changes: Int32)? {
        guard let connection, let version = dataVersion(connection) else { return nil }
        return (version, sqlite3_total_changes(connection))
    }

    /// Forgets the lengths if the index changed since they were read.
    private func dropStaleLengths(_ connection: OpaquePointer?) {
        guard let readAt, let now = RankFunction.state(connection), readAt == now else {
            readAt = nil
            lengths = []
            sparse = [:]
            return
        }
    }

    /// Reads the length of every row from the docsize table.
    private func readLengths(_ connection: OpaquePointer?, columns: Int32) {
        guard let connection, let now = RankFunction.state(connection) else { return }
        var rows: [(Int64, Int32)] = []
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, "SELECT id, sz FROM articles_fts_docsize", -1, &statement, nil) == SQLITE_OK else { return }
        defer { sqlite3_finalize(statement) }
        var maximum: Int64 = 0
        var code = sqlite3_step(statement)
        while code == SQLITE_ROW {
            let rowid = sqlite3_column_int64(statement, 0)
            let bytes = sqlite3_column_blob(statement, 1)?.assumingMemoryBound(to: UInt8.self)
            let size = Int(sqlite3_column_bytes(statement, 1))
            guard let total = RankFunction.totalLength(UnsafeBufferPointer(start: bytes, count: size), columns: Int(columns)) else { return }
            rows.append((rowid, total))
            maximum = max(maximum, rowid)
            code = sqlite3_step(statement)
        }
        guard code == SQLITE_DONE else { return }
        useSparse = maximum > Int64(rows.count) * 4 + 1024
        if useSparse {
            lengths = []
            sparse = Dictionary(rows, uniquingKeysWith: { first, _ in first })
        } else {
            sparse = [:]
            lengths = [Int32](repeating: -1, count: Int(maximum) + 1)
            for (rowid, total) in rows where rowid >= 0 { lengths[Int(rowid)] = total }
        }
        readAt = now
    }

    static func dataVersion(_ connection: OpaquePointer) -> Int64? {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, "PRAGMA data_version", -1, &statement, nil) == SQLITE_OK else { return nil }
        defer { sqlite3_finalize(statement) }
        guard sqlite3_step(statement) == SQLITE_ROW else { return nil }
        return sqlite3_column_int64(statement, 0)
    }

    /// The sum of a docsize record's first `columns` varints (one per column), as FTS5 adds
    /// them up for `xColumnSize(-1)`; nil for a record too short, which FTS5 calls corrupt.
    static func totalLength(_ bytes: UnsafeBufferPointer<UInt8>, columns: Int) -> Int32? {
        var total: Int32 = 0
        var index = 0
        for _ in 0..<columns {
            guard index < bytes.count else { return nil }
            // SQLite's varint: 7 bits a byte, high bit set while more follow; a 9th byte
            // gives 8 bits.
            var value: UInt64 = 0
            var length = 0
            while true {
                guard index < bytes.count else { return nil }
                let byte = bytes[index]
                index += 1
                length += 1
                if length == 9 {
                    value = (value << 8) | UInt64(byte)
                    break
                }
                value = (value << 7) | UInt64(byte & 0x7F)
                if byte < 0x80 { break }
            }
            total &+= Int32(truncatingIfNeeded: value)
        }
        return total
    }
}

/// The C entry point of `kabar_bm25`.
private func rankCallback(_ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ context: OpaquePointer?,
                          _ count: Int32, _ values: UnsafeMutablePointer<OpaquePointer?>?) {
    guard let api, let fts, let context, let user = api.pointee.xUserData(fts) else { return }
    let function = Unmanaged<RankFunction>.fromOpaque(user).takeUnretainedValue()
    let code = function.rank(api, fts, context, values, count)
    if code != SQLITE_OK { sqlite3_result_error_code(context, code) }
}
