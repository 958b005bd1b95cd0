/// Sequences of word codes (a name's words, numbered) → a payload, as a trie: a name is
/// looked up word by word as the scan walks the text, each step one probe of a small hash
/// table with integer keys, and the walk stops as soon as no name can go on.
///
/// Node 0 is the root (the empty sequence). Payload 0 means "none".
struct CodeTrie: Sendable {
    /// The edges, by open addressing: `parent << 32 | code` → the child node (0: empty slot,
    /// the root being nobody's child).
    private var keys: [UInt64]
    private var targets: [Int32]
    private var shift: UInt64
    private var edgeCount = 0
    /// Per node: its payload, and whether any edge leaves it.
    private var payloads: [UInt32] = [0]
    private var branches: [Bool] = [false]

    static let root: Int32 = 0

    /// - Parameter edges: how many edges to make room for (the table grows past that).
    init(edges: Int = 8) {
        var bits: UInt64 = 4
        while (1 << bits) < edges * 2, bits < 20 { bits += 1 }
        keys = Array(repeating: 0, count: 1 << Int(bits))
        targets = Array(repeating: 0, count: 1 << Int(bits))
        shift = 64 - bits
    }

    @inline(__always)
    private static func key(_ node: Int32, _ code: UInt32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(code)
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The node reached from `node` by the word `code`, if any.
    @inline(__always)
    func child(_ node: Int32, _ code: UInt32) -> Int32? {
        let key = CodeTrie.key(node, code)
        let mask = targets.count - 1
        var slot = slot(of: key)
        return targets.withUnsafeBufferPointer { targets in
            keys.withUnsafeBufferPointer { keys in
                while true {
                    let target = targets[slot]
                    if target == 0 { return nil }
                    if keys[slot] == key { return target }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The payload of a node (0: none).
    @inline(__always)
    func payload(_ node: Int32) -> UInt32 { payloads[Int(node)] }

    /// Whether some longer sequence goes on from `node`.
    @inline(__always)
    func branches(_ node: Int32) -> Bool { branches[Int(node)] }

    /// The node of a sequence, added (with the nodes of its prefixes) if new.
    mutating func insert<Codes: Sequence>(_ codes: Codes) -> Int32 where Codes.Element == UInt32 {
        var node = CodeTrie.root
        for code in codes { node = childOrNew(node, code) }
        return node
    }

    /// The node after `node` and one more word, added if new.
    mutating func insert(after node: Int32, _ code: UInt32) -> Int32 {
        childOrNew(node, code)
    }

    /// The node of a sequence, if it was added.
    func find<Codes: Sequence>(_ codes: Codes) -> Int32? where Codes.Element == UInt32 {
        var node = CodeTrie.root
        for code in codes {
            guard let next = child(node, code) else { return nil }
            node = next
        }
        return node
    }

    mutating func setPayload(_ node: Int32, _ value: UInt32) { payloads[Int(node)] = value }

    private mutating func childOrNew(_ node: Int32, _ code: UInt32) -> Int32 {
        if let existing = child(node, code) { return existing }
        if (edgeCount + 1) * 2 > targets.count { grow() }
        let new = Int32(payloads.count)
        payloads.append(0)
        branches.append(false)
        branches[Int(node)] = true
        place(CodeTrie.key(node, code), new)
        edgeCount += 1
        return new
    }

    private mutating func place(_ key: UInt64, _ target: Int32) {
        let mask = targets.count - 1
        var slot = slot(of: key)
        while targets[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        targets[slot] = target
    }

    private mutating func grow() {
        let oldKeys = keys, oldTargets = targets
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        targets = Array(repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        for (key, target) in zip(oldKeys, oldTargets) where target != 0 { place(key, target) }
    }
}
