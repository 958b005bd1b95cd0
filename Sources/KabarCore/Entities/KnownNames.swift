/// The names a scan has found so far, as sequences of the text's word numbers (`TextWords`)
/// → type, in a trie walked word by word; and the most words any of them has, so a lookup
/// can stop before it reads further than any name goes.
struct KnownNames {
    private var trie: CodeTrie
    /// The most words of any name remembered.
    private(set) var mostWords = 0
    private(set) var isEmpty = true

    /// - Parameter words: about how many words the names will have in all (room is made for them).
    init(words: Int = 8) {
        trie = CodeTrie(edges: words)
    }

    /// The node after `node` (the root: `CodeTrie.root`) and one more word, if some name goes on so.
    @inline(__always)
    func next(_ node: Int32, _ number: Int32) -> Int32? {
        trie.child(node, UInt32(bitPattern: number))
    }

    /// The type of the name that ends at `node`, if one does.
    @inline(__always)
    func type(_ node: Int32) -> EntityType? {
        NameCodes.type(trie.payload(node))
    }

    /// Remembers a name (its words' numbers) as `type`.
    mutating func set<Numbers: Sequence>(_ numbers: Numbers, _ type: EntityType) where Numbers.Element == Int32 {
        var node = CodeTrie.root
        var words = 0
        for number in numbers {
            node = trie.insert(after: node, UInt32(bitPattern: number))
            words += 1
        }
        trie.setPayload(node, NameCodes.number(of: type))
        isEmpty = false
        mostWords = max(mostWords, words)
    }
}
