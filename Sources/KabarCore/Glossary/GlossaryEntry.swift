/// One line of a glossary: a headword with its part of speech and English gloss.
///
///     saing	v	rival; compete
///     suku bunga	phr	interest rate
public struct GlossaryEntry: Hashable, Sendable {
    /// As written (case kept); lookups fold case.
    public var headword: String
    /// n, v, adj, adv, pron, num, prep, conj, part, interj, det, cl, affix, phr, abbr.
    public var pos: String
    public var gloss: String
    public var notes: String?
    public var example: String?
    public var register: String?
    /// Where it came from: "kabar" (built in), "user" (a user glossary), "dictd:NAME (reverse)".
    public var source: String

    public init(headword: String, pos: String, gloss: String, notes: String? = nil,
                example: String? = nil, register: String? = nil, source: String = "kabar") {
        self.headword = headword
        self.pos = pos
        self.gloss = gloss
        self.notes = notes
        self.example = example
        self.register = register
        self.source = source
    }

    /// The lookup key: lower-cased, single spaces.
    public var key: String { Glossary.fold(headword) }
}
