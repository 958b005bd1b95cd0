import Foundation

/// The Indonesian–English glossary: our own built-in entries, extended and overridden by the
/// user's glossary files and by added dictionaries.
///
///     let glossary = Glossary.builtIn
///     glossary.entries(for: "perusahaan").first?.gloss   // "company; firm"
public struct Glossary: Sendable {
    /// Entries by folded headword, in priority order (user entries first).
    private var index: [String: [GlossaryEntry]] = [:]
    /// Multi-word headwords by their first word: the rest of their words, longest first.
    public private(set) var expressions: [String: [[String]]] = [:]

    public init(entries: [GlossaryEntry] = []) {
        add(entries)
    }

    /// Adds entries after the existing ones (lower priority).
    public mutating func add(_ entries: [GlossaryEntry]) {
        for entry in entries { insert(entry, overriding: false) }
    }

    /// Adds entries that override existing ones with the same headword and part of speech.
    public mutating func override(with entries: [GlossaryEntry]) {
        for entry in entries { insert(entry, overriding: true) }
    }

    private mutating func insert(_ entry: GlossaryEntry, overriding: Bool) {
        let key = entry.key
        var list = index[key] ?? []
        if let existing = list.firstIndex(where: { $0.pos == entry.pos }) {
            guard overriding else { return }
            list.remove(at: existing)
        }
        if overriding { list.insert(entry, at: 0) } else { list.append(entry) }
        index[key] = list
        let words = key.split(separator: " ").map(String.init)
        if words.count > 1 {
            var rests = expressions[words[0]] ?? []
            let rest = Array(words.dropFirst())
            if !rests.contains(rest) {
                rests.append(rest)
                rests.sort { $0.count > $1.count }
                expressions[words[0]] = rests
            }
        }
    }

    /// Every entry for a headword (any case), best first.
    public func entries(for headword: String) -> [GlossaryEntry] {
        index[Glossary.fold(headword)] ?? []
    }

    /// Whether the folded key is a headword. `key` must already be folded.
    @inline(__always)
    func contains(key: String) -> Bool {
        index[key] != nil
    }

    func entries(key: String) -> [GlossaryEntry] {
        index[key] ?? []
    }

    /// The number of distinct headwords.
    public var count: Int { index.count }

    /// Every entry, sorted by headword.
    public var allEntries: [GlossaryEntry] {
        index.keys.sorted().flatMap { index[$0] ?? [] }
    }

    /// The lookup form of a headword or word: lower-cased, curly apostrophes straightened,
    /// runs of spaces made single.
    public static func fold(_ text: String) -> String {
        // Read the bytes once: most words are plain lower-case ASCII and come back as they are.
        var upper = false, nonASCII = false, apostrophe = false, spacing = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x80 {
                nonASCII = true
                if previous == 0x80 && byte == 0x99 { apostrophe = true }  // E2 80 99 is ’
            } else if byte >= 65 && byte <= 90 {
                upper = true
            } else if byte == 9 || (byte == 32 && previous == 32) {
                spacing = true
            }
            previous = byte
        }
        var folded = upper || nonASCII ? text.lowercased() : text
        if apostrophe { folded = folded.replacingOccurrences(of: "’", with: "'") }
        if spacing {
            folded = folded.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        }
        return folded
    }
}
