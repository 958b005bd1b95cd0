/// A read-only map from short byte strings (folded words) to 32-bit values, looked up
/// straight from a word's UTF-8 bytes, ASCII letters folded to lower case on the way: the
/// recogniser asks it once per word, with no `String` made and no SipHash.
///
/// Open addressing with linear probing over a power-of-two table of 12-byte slots (where the
/// key is, its length, a 16-bit tag of its hash, the value), so a lookup touches one slot and
/// compares bytes only when the tag agrees. Keys are kept end to end in one byte array.
struct ByteKeyTable: Sendable {
    private struct Slot {
        var start: UInt32 = 0
        var length: UInt16 = 0   // 0: empty (keys are never empty)
        var tag: UInt16 = 0
        var value: UInt32 = 0
    }

    private var slots: [Slot]
    private var keyBytes: [UInt8] = []
    private let shift: UInt64
    private let mask: Int
    /// The empty key, kept apart (a slot's length 0 means empty).
    private var emptyKeyValue: UInt32?

    init(_ table: [String: UInt32]) {
        var bits: UInt64 = 4
        while (1 << bits) < table.count * 2 { bits += 1 }
        let capacity = 1 << Int(bits)
        slots = Array(repeating: Slot(), count: capacity)
        mask = capacity - 1
        shift = 64 - bits
        for (key, value) in table.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(key.utf8)
            guard !bytes.isEmpty else { emptyKeyValue = value; continue }
            guard bytes.count <= Int(UInt16.max) else { continue }
            let hash = ByteKeyTable.hash(bytes)
            var slot = Int(truncatingIfNeeded: hash >> shift)
            while slots[slot].length != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(start: UInt32(keyBytes.count), length: UInt16(bytes.count),
                               tag: UInt16(truncatingIfNeeded: hash), value: value)
            keyBytes.append(contentsOf: bytes)
        }
    }

    /// FNV-1a over the bytes (ASCII capitals folded to lower case), then a multiplicative
    /// mix, so the high bits (the slot) and the low bits (the tag) both depend on every byte.
    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte)) &* 0x100_0000_01b3
        }
        return (hash ^ (hash >> 32)) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The value of the word whose UTF-8 bytes are `word` (ASCII capitals match lower-case keys;
    /// other letters must already be folded).
    func value(_ word: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard !word.isEmpty else { return emptyKeyValue }
        let hash = ByteKeyTable.hash(word)
        let tag = UInt16(truncatingIfNeeded: hash)
        var index = Int(truncatingIfNeeded: hash >> shift)
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keys in
                while true {
                    let slot = slots[index]
                    if slot.length == 0 { return nil }
                    if slot.tag == tag, Int(slot.length) == word.count {
                        let start = Int(slot.start)
                        var same = true
                        for k in 0..<word.count {
                            let byte = word[k]
                            if keys[start + k] != (byte >= 65 && byte <= 90 ? byte + 32 : byte) { same = false; break }
                        }
                        if same { return slot.value }
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }

    /// The value of a folded word.
    func value(_ word: String) -> UInt32? {
        var word = word
        return word.withUTF8 { value($0) }
    }
}
