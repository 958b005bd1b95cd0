/// The recogniser's lists in numbers: every word of the rules and name lists gets a code
/// (with its `WordFlags`), and the gazetteer's names, non-entities and titles become
/// sequences of codes, so a text's words are looked up once each and its names word by word
/// without building a string.
///
/// A class, so that each text's scan holds it with one reference (on every core at once,
/// reference counting on many shared arrays would make the cores wait on each other).
final class NameCodes: Sendable {
    /// Folded word (its UTF-8 bytes, ASCII capitals folded on lookup) → code, and its flags
    /// (read with the code: a second array would be a second cache miss per word).
    let codes: ByteKeyTable
    /// The same for words that are not ASCII, by `String` equality (as the name lists were).
    let unicodeCodes: [String: UInt32]
    /// Gazetteer names: payload = type number + 1; a node that branches is a proper prefix.
    let names: CodeTrie
    /// Capitalised phrases that are never entities (payload 1).
    let nonEntities: CodeTrie
    /// Titles and roles as codes, longest first, by the code of their first and of their last word.
    let titlesByFirst: [UInt32: [[UInt32]]]
    let titlesByLast: [UInt32: [[UInt32]]]

    /// The code of no listed word: it matches nothing.
    static let none = UInt32.max

    init(gazetteer: Gazetteer, flagTable: [String: UInt32]) {
        var numbers: [String: UInt32] = [:]
        var flags: [UInt32] = []
        func code(_ word: String) -> UInt32 {
            if let known = numbers[word] { return known }
            let new = UInt32(flags.count)
            numbers[word] = new
            flags.append(flagTable[word] ?? 0)
            return new
        }
        for word in flagTable.keys.sorted() { _ = code(word) }
        var names = CodeTrie()
        for (key, type) in gazetteer.names.sorted(by: { $0.key < $1.key }) {
            let words = key.split(separator: " ", omittingEmptySubsequences: false).map { code(String($0)) }
            names.setPayload(names.insert(words), NameCodes.number(of: type))
        }
        var nonEntities = CodeTrie()
        for phrase in gazetteer.nonEntities.sorted() {
            let words = phrase.isEmpty ? [] : phrase.split(separator: " ", omittingEmptySubsequences: false).map { code(String($0)) }
            nonEntities.setPayload(nonEntities.insert(words), 1)
        }
        let titles = gazetteer.titles.map { $0.map(code) }
        self.titlesByFirst = Dictionary(grouping: titles, by: { $0[0] })
        self.titlesByLast = Dictionary(grouping: titles, by: { $0[$0.count - 1] })
        self.names = names
        self.nonEntities = nonEntities
        self.codes = ByteKeyTable(pairs: numbers.mapValues { ($0, flags[Int($0)]) })
        self.unicodeCodes = numbers.filter { $0.key.utf8.contains { $0 >= 0x80 } }
    }

    static func number(of type: EntityType) -> UInt32 {
        UInt32(EntityType.allCases.firstIndex(of: type)!) + 1
    }

    static func type(_ payload: UInt32) -> EntityType? {
        payload == 0 ? nil : EntityType.allCases[Int(payload) - 1]
    }

    /// The code and flags of a folded word given as bytes (ASCII), or as text (otherwise).
    @inline(__always)
    func code(ascii bytes: UnsafeBufferPointer<UInt8>) -> (code: UInt32, flags: UInt32) {
        codes.pair(bytes).map { (code: $0.0, flags: $0.1) } ?? (code: NameCodes.none, flags: 0)
    }

    func code(unicode word: String) -> UInt32 { unicodeCodes[word] ?? NameCodes.none }
}
