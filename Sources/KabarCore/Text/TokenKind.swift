/// What a token is: the tokenizer gives every run of non-space text one of these kinds.
public enum TokenKind: String, Sendable, CaseIterable, Codable {
    /// Letters, with digits after letters (`COVID-19`, `H800`), internal apostrophes
    /// (`Jum'at`), internal hyphens (`obat-obatan`, `ke-78`), abbreviations with their
    /// period (`dll.`, `Dr.`, `s.d.`) and a detached enclitic (`-nya`).
    case word
    /// A token that starts with a digit: `2023`, `1.250.000`, `5,75`, `21.47`, `15/1/2025`, `1980-an`.
    case number
    /// A general-category P* scalar such as `.` `,` `“` `—`; runs of `.` (`...`) and of `-` (`--`) are one token.
    case punctuation
    /// A general-category S* scalar, plus `%` `&` and a lone `#` or `@`; an emoji sequence is one token.
    case symbol
    /// `http://…`, `https://…`, `www.…` and e-mail addresses (`redaksi@contoh.id`).
    case url
    /// `#` followed by letters, digits or `_`.
    case hashtag
    /// `@` followed by ASCII letters, digits, `_` or `.` (not ending with `.`).
    case mention
}
