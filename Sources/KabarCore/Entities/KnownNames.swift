/// The names a scan has found so far: folded words joined by spaces → type, and the most
/// words any of them has, so a lookup word by word can stop before it builds a key too long
/// to be there.
struct KnownNames {
    private var types: [String: EntityType] = [:]
    /// The most words (spaces + 1) of any name remembered.
    private(set) var mostWords = 0

    var isEmpty: Bool { types.isEmpty }

    subscript(key: String) -> EntityType? {
        get { types[key] }
        set {
            types[key] = newValue
            guard newValue != nil else { return }
            var words = 1
            for byte in key.utf8 where byte == 0x20 { words += 1 }
            if words > mostWords { mostWords = words }
        }
    }
}
