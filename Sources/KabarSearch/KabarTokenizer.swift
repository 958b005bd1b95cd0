import Foundation
import GRDB
import KabarCore

/// Kabar's analyser as an FTS5 tokenizer ("kabar"). In documents, each word is indexed as its
/// folded form plus, at the same position, its lemma and root (menyaingi → menyaingi, saing),
/// so `saing` finds menyaingi, pesaing and bersaing while `menyaingi` still finds the exact
/// form. Queries are folded only.
public final class KabarTokenizer: FTS5CustomTokenizer {
    public static let name = "kabar"
    /// Shared by every connection: the glossary and the analyser's cache.
    public nonisolated(unsafe) static var analyzer = MorphAnalyzer(glossary: GlossaryLoader.builtIn)
    /// Word → its index forms, per connection (running text repeats words).
    private var cache: [String: [String]] = [:]
    /// The last texts tokenized for snippet() and highlight(), and their words' byte ranges.
    private var auxCache: [(text: [UInt8], ranges: [Range<Int>])] = []

    public init(db: Database, arguments: [String]) throws {}

    public func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        guard let pText, nText > 0 else { return ResultCode.SQLITE_OK.rawValue }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        let colocated = FTS5TokenFlags.colocated.rawValue
        // A document text prepared before the write (see `update`): hand its tokens over.
        if tokenization.contains(.document), let stream = KabarTokenizer.preparedStream(for: bytes) {
            for occurrence in stream.occurrences {
                let word = occurrence.word.pointee
                for index in 0..<word.count {
                    let form = word[index]
                    let code = tokenCallback(context, index == 0 ? 0 : colocated, form.pointer, form.count, occurrence.start, occurrence.end)
                    if code != ResultCode.SQLITE_OK.rawValue { return code }
                }
            }
            return ResultCode.SQLITE_OK.rawValue
        }
        // snippet() and highlight() (FTS5_TOKENIZE_AUX) use only the positions and byte
        // offsets of the tokens that are not colocated, never their text: each word is handed
        // over as it is in the text, without its lemma and root. snippet() tokenizes a text
        // twice, so the last few texts' words are kept.
        if tokenization.contains(.aux) {
            for range in auxRanges(bytes) {
                let code = tokenCallback(context, 0, UnsafeRawPointer(bytes.baseAddress! + range.lowerBound).assumingMemoryBound(to: CChar.self),
                                         CInt(range.count), CInt(range.lowerBound), CInt(range.upperBound))
                if code != ResultCode.SQLITE_OK.rawValue { return code }
            }
            return ResultCode.SQLITE_OK.rawValue
        }
        let isQuery = tokenization.contains(.query)
        for (word, range) in KabarTokenizer.indexedWords(bytes) {
            let forms: [String]
            if isQuery {
                forms = [SearchFolding.fold(word)]
            } else if let cached = cache[word] {
                forms = cached
            } else {
                forms = SearchFolding.indexForms(of: word, analyzer: KabarTokenizer.analyzer)
                if cache.count > 100_000 { cache.removeAll(keepingCapacity: true) }
                cache[word] = forms
            }
            for (index, form) in forms.enumerated() {
                var form = form
                let code = form.withUTF8 { utf8 in
                    utf8.withMemoryRebound(to: CChar.self) { chars in
                        tokenCallback(context, index == 0 ? 0 : colocated, chars.baseAddress, CInt(chars.count),
                                      CInt(range.lowerBound), CInt(range.upperBound))
                    }
                }
                if code != ResultCode.SQLITE_OK.rawValue { return code }
            }
        }
        return ResultCode.SQLITE_OK.rawValue
    }

    /// The byte ranges of the indexed words of `bytes`, for snippet() and highlight().
    private func auxRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        for entry in auxCache where entry.text.count == bytes.count {
            if entry.text.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) { return entry.ranges }
        }
        let ranges = KabarTokenizer.indexedRanges(bytes)
        if auxCache.count >= 4 { auxCache.removeFirst() }
        auxCache.append((Array(bytes), ranges))
        return ranges
    }

    /// The tokens of a text that are indexed (words, numbers, hashtags, mentions), with their
    /// byte ranges in `bytes`.
    static func indexedWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [(word: String, range: Range<Int>)] {
        indexedRanges(bytes).map { (String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self), $0) }
    }

    /// The byte ranges of a text's indexed tokens, without their texts.
    static func indexedRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(bytes.count / 7 + 1)
        Tokenizer().forEachToken(utf8: bytes) { kind, range in
            switch kind {
            case .word, .number, .hashtag, .mention: ranges.append(range)
            default: break
            }
        }
        return ranges
    }

    // MARK: - Streams prepared ahead of a write

    private static let preparedLock = NSLock()
    private nonisolated(unsafe) static var prepared: [Int: [TokenStream]] = [:]
    private nonisolated(unsafe) static var nextPrepared = 0

    /// Runs `body` (the insert of these texts) with their streams on offer to the tokenizer.
    /// A stream is used only for a text with exactly its bytes, so several writers at once
    /// (or a reader tokenizing the same text) are never handed the wrong tokens.
    static func offering<T>(_ streams: [TokenStream], _ body: () throws -> T) rethrows -> T {
        guard !streams.isEmpty else { return try body() }
        preparedLock.lock()
        let key = nextPrepared
        nextPrepared += 1
        prepared[key] = streams
        preparedLock.unlock()
        defer {
            preparedLock.lock()
            prepared[key] = nil
            preparedLock.unlock()
        }
        return try body()
    }

    static func preparedStream(for bytes: UnsafeBufferPointer<UInt8>) -> TokenStream? {
        preparedLock.lock()
        defer { preparedLock.unlock() }
        guard !prepared.isEmpty else { return nil }
        for streams in prepared.values {
            if let stream = streams.first(where: { $0.matches(bytes) }) { return stream }
        }
        return nil
    }
}
