/// Which FTS5 tokenizer an index uses: Kabar's analyser (the product), or SQLite's own
/// unicode61 (for the benchmark's comparison).
public enum IndexTokenizer: String, Sendable {
    case kabar
    case unicode61 = "unicode61 remove_diacritics 2"
}
