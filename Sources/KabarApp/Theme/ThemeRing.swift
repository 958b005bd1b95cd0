import Foundation
import KabarCore

/// The themes `T` cycles through, each loaded or with the problem that stopped it, and the
/// current one. A broken theme is drawn with the default theme.
public struct ThemeRing: Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var result: Result<Theme, FileProblem>
    }

    public private(set) var entries: [Entry]
    public private(set) var index: Int

    public init(entries: [Entry], index: Int = 0) {
        self.entries = entries.isEmpty ? [Entry(name: "default", result: .success(.default))] : entries
        self.index = max(0, min(index, self.entries.count - 1))
    }

    /// Every theme in the catalog, starting at `selected` (a name or a path; nil: the default).
    /// A selected path joins the ring, replacing a theme of the same name.
    public static func load(_ catalog: ThemeCatalog, selected: String?) -> ThemeRing {
        var entries = catalog.names.map { Entry(name: $0, result: catalog.load($0)) }
        guard let selected else { return ThemeRing(entries: entries, index: entries.firstIndex { $0.name == "default" } ?? 0) }
        if ThemeCatalog.isName(selected), let index = entries.firstIndex(where: { $0.name == selected }) {
            return ThemeRing(entries: entries, index: index)
        }
        let result = catalog.load(selected)
        let name = (try? result.get().name) ?? ((selected as NSString).lastPathComponent as NSString).deletingPathExtension
        if let index = entries.firstIndex(where: { $0.name == name }) {
            entries[index] = Entry(name: name, result: result)
            return ThemeRing(entries: entries, index: index)
        }
        entries.insert(Entry(name: name, result: result), at: 0)
        return ThemeRing(entries: entries, index: 0)
    }

    /// The built-in themes only.
    public static let builtIn = ThemeRing.load(.builtInOnly, selected: nil)

    public var current: Entry { entries[index] }

    /// The current theme, or the default when it did not load.
    public var theme: Theme { (try? current.result.get()) ?? .default }

    /// What is wrong with the current theme, if anything.
    public var problem: FileProblem? {
        if case .failure(let problem) = current.result { problem } else { nil }
    }

    public mutating func advance() {
        index = (index + 1) % entries.count
    }
}
