/// A table under construction: remembers how it was made, because TOML forbids defining a
/// table twice, extending an inline table, and reopening with `[header]` a table that dotted
/// keys made (and the other way round).
final class TOMLTableBuilder {
    enum Origin { case implicit, header, dotted, inline }
    enum Child {
        case value(TOMLItem)
        case table(TOMLTableBuilder)
    }

    var origin: Origin
    let position: TOMLPosition
    private(set) var keys: [String] = []
    private(set) var children: [String: (child: Child, keyPosition: TOMLPosition)] = [:]

    init(origin: Origin, at position: TOMLPosition) {
        self.origin = origin
        self.position = position
    }

    func child(_ key: String) -> Child? { children[key]?.child }

    func add(_ key: String, _ child: Child, at keyPosition: TOMLPosition) {
        if children[key] == nil { keys.append(key) }
        children[key] = (child, keyPosition)
    }

    /// The table a `[a.b.c]` header opens, creating what is missing.
    func openHeader(_ path: [(String, TOMLPosition)]) throws(TOMLError) -> TOMLTableBuilder {
        var table = self
        for (index, (key, position)) in path.enumerated() {
            let last = index == path.count - 1
            switch table.child(key) {
            case nil:
                let created = TOMLTableBuilder(origin: last ? .header : .implicit, at: position)
                table.add(key, .table(created), at: position)
                table = created
            case .value(let item)?:
                throw TOMLError("'\(key)' is already \(item.value.kind), not a table", at: position)
            case .table(let existing)?:
                if existing.origin == .inline {
                    throw TOMLError("'\(key)' is an inline table and cannot be extended", at: position)
                }
                if last {
                    if existing.origin == .header { throw TOMLError("table '\(Self.name(path))' is defined twice", at: position) }
                    if existing.origin == .dotted {
                        throw TOMLError("table '\(Self.name(path))' was already made by dotted keys", at: position)
                    }
                    existing.origin = .header
                }
                table = existing
            }
        }
        return table
    }

    /// Stores `key = value` where `key` may be dotted, creating the tables between.
    func assign(_ path: [(String, TOMLPosition)], _ item: TOMLItem) throws(TOMLError) {
        var table = self
        for (key, position) in path.dropLast() {
            switch table.child(key) {
            case nil:
                let created = TOMLTableBuilder(origin: .dotted, at: position)
                table.add(key, .table(created), at: position)
                table = created
            case .value(let existing)?:
                throw TOMLError("'\(key)' is already \(existing.value.kind), not a table", at: position)
            case .table(let existing)?:
                if existing.origin == .inline {
                    throw TOMLError("'\(key)' is an inline table and cannot be extended", at: position)
                }
                guard existing.origin == .dotted else {
                    throw TOMLError("dotted key '\(key)' cannot extend a table defined elsewhere", at: position)
                }
                table = existing
            }
        }
        let (key, position) = path[path.count - 1]
        if table.child(key) != nil { throw TOMLError("duplicate key '\(key)'", at: position) }
        if case .table(let value) = item.value {
            // An inline table or a table built by the parser: keep it sealed.
            let sealed = TOMLTableBuilder(origin: .inline, at: item.position)
            sealed.frozen = value
            table.add(key, .table(sealed), at: position)
        } else {
            table.add(key, .value(item), at: position)
        }
    }

    /// A finished inline table stored as is.
    private var frozen: TOMLTable?

    func build() -> TOMLTable {
        if let frozen { return frozen }
        var table = TOMLTable()
        for key in keys {
            guard let (child, keyPosition) = children[key] else { continue }
            switch child {
            case .value(let item): table.set(key, item, keyPosition: keyPosition)
            case .table(let builder): table.set(key, TOMLItem(.table(builder.build()), at: builder.position), keyPosition: keyPosition)
            }
        }
        return table
    }

    static func name(_ path: [(String, TOMLPosition)]) -> String {
        path.map(\.0).joined(separator: ".")
    }
}
