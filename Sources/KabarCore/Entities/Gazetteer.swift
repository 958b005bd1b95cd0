import Foundation

/// Kabar's general name lists (countries, provinces, cities, state bodies, companies,
/// products, events, given names, titles), shipped as package resources. None is tailored to
/// particular articles.
public struct Gazetteer: Sendable {
    /// Folded multi-token names → type.
    var names: [String: EntityType] = [:]
    /// The first word of every name, to skip lookups that cannot match.
    var firstWords: Set<String> = []
    /// Folded capitalised phrases that are never entities: holidays, documents, units.
    var nonEntities: Set<String> = []
    /// Folded given names and name elements.
    var givenNames: Set<String> = []
    /// Folded titles and roles, as token sequences (longest first).
    var titles: [[String]] = [] {
        didSet {
            titlesByFirst = Dictionary(grouping: titles, by: { $0[0] })
            titlesByLast = Dictionary(grouping: titles, by: { $0[$0.count - 1] })
        }
    }
    /// The titles by their first and by their last word, for quick matching.
    private(set) var titlesByFirst: [String: [[String]]] = [:]
    private(set) var titlesByLast: [String: [[String]]] = [:]

    public init() {}

    /// The built-in lists, read once.
    public static let builtIn: Gazetteer = {
        var gazetteer = Gazetteer()
        guard let folder = Bundle.module.url(forResource: "Gazetteers", withExtension: nil) else { return gazetteer }
        func lines(_ name: String) -> [Substring] {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { return [] }
            return text.utf8.split(separator: 10).map { Substring($0) }
                .filter { !$0.hasPrefix("#") && !$0.trimmingSpaces().isEmpty }
        }
        for file in ["locations.tsv", "organizations.tsv", "products.tsv", "events.tsv"] {
            for line in lines(file) {
                let columns = line.utf8.split(separator: 9).map { Substring($0).trimmingSpaces() }
                guard columns.count >= 2, let type = EntityType(rawValue: columns[1].lowercased()) else { continue }
                gazetteer.add(name: columns[0], type: type)
            }
        }
        gazetteer.nonEntities = Set(lines("non-entities.txt").map { Gazetteer.tokens(String($0)).joined(separator: " ") })
        gazetteer.givenNames = Set(lines("given-names.txt").map { Gazetteer.fold(String($0)) })
        gazetteer.titles = lines("titles.txt").map { Gazetteer.tokens(String($0)) }.filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
        return gazetteer
    }()

    mutating func add(name: String, type: EntityType) {
        let tokens = Gazetteer.tokens(name)
        guard !tokens.isEmpty else { return }
        let key = tokens.joined(separator: " ")
        if names[key] == nil { names[key] = type }
        firstWords.insert(tokens[0])
    }

    func type(of tokens: ArraySlice<String>) -> EntityType? {
        names[tokens.joined(separator: " ")]
    }

    static func fold(_ text: String) -> String {
        text.lowercased().trimmingSpaces()
    }

    /// A name as folded word tokens, the way the recogniser sees running text.
    static func tokens(_ text: String) -> [String] {
        Tokenizer().tokenize(TextNormalizer.nfc(text)).filter { $0.kind != .punctuation || $0.text == "&" }.map { fold($0.text) }
    }
}
