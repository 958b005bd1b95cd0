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

    public init(db: Database, arguments: [String]) throws {}

    public func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        guard let pText, nText > 0 else { return ResultCode.SQLITE_OK.rawValue }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        let tokens = Tokenizer().tokenize(utf8: bytes)
        let ranges = Tokenizer.byteRanges(of: tokens, in: bytes)
        let isQuery = tokenization.contains(.query)
        for (token, range) in zip(tokens, ranges) {
            switch token.kind {
            case .word, .number, .hashtag, .mention: break
            default: continue
            }
            let forms: [String]
            if isQuery {
                forms = [SearchFolding.fold(token.text)]
            } else if let cached = cache[token.text] {
                forms = cached
            } else {
                forms = SearchFolding.indexForms(of: token.text, analyzer: KabarTokenizer.analyzer)
                if cache.count > 100_000 { cache.removeAll(keepingCapacity: true) }
                cache[token.text] = forms
            }
            for (index, form) in forms.enumerated() {
                var form = form
                let code = form.withUTF8 { utf8 in
                    utf8.withMemoryRebound(to: CChar.self) { chars in
                        tokenCallback(context, index == 0 ? 0 : FTS5TokenFlags.colocated.rawValue, chars.baseAddress, CInt(chars.count),
                                      CInt(range.lowerBound), CInt(range.upperBound))
                    }
                }
                if code != ResultCode.SQLITE_OK.rawValue { return code }
            }
        }
        return ResultCode.SQLITE_OK.rawValue
    }
}
