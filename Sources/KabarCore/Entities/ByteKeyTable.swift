/// A read-only map from short byte strings (folded words) to 32-bit values, looked up
/// straight from a word's UTF-8 bytes, ASCII letters folded to lower case on the way: the
/// recogniser asks it once per word, with no `String` made and no SipHash.
///
/// Open addressing with linear probing over a power-of-two table of 16-byte slots, each
/// holding the value, the key's length and its first eight bytes, so a lookup of a word of up
/// to eight bytes (most words) reads one slot and nothing else. The bytes of longer keys after
/// their first eight are kept end to end in one array. Keys longer than 255 bytes (none in
/// practice) go to an ordinary dictionary.
struct ByteKeyTable: Sendable {
    private struct Slot {
        /// The key's first eight bytes, the first in the lowest byte, zero-padded.
        var head: UInt64 = 0
        var value: UInt32 = 0
        /// The key's length in the low 8 bits (0: empty; keys are never empty), and where its
        /// bytes after the first eight start in `tails` above them.
        var meta: UInt32 = 0
    }

    private var slots: [Slot]
    private var tails: [UInt8] = []
    private let shift: UInt64
    private let mask: Int
    /// The empty key, kept apart (a slot's length 0 means empty).
    private var emptyKeyValue: UInt32?
    /// Keys too long for a slot's length field.
    private var longKeys: [[UInt8]: UInt32] = [:]

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
            guard bytes.count <= 255, tails.count + bytes.count < 1 << 24 else {
                longKeys[bytes] = value
                continue
            }
            // The key's own bytes (a key with capitals can never match a folded word, as
            // before), hashed folded as the words looked up are.
            var head: UInt64 = 0
            for (k, byte) in bytes.prefix(8).enumerated() { head |= UInt64(byte) << (8 * UInt64(k)) }
            let hash = ByteKeyTable.hash(bytes)
            var slot = Int(truncatingIfNeeded: hash >> shift)
            while slots[slot].meta != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(head: head, value: value, meta: UInt32(tails.count) << 8 | UInt32(bytes.count))
            tails.append(contentsOf: bytes.dropFirst(8))
        }
    }

    @inline(__always)
    private static func fold(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// FNV-1a over the bytes (ASCII capitals folded to lower case), then a multiplicative
    /// mix, so the high bits (the slot) depend on every byte.
    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(fold(byte))) &* 0x100_0000_01b3
        }
        return (hash ^ (hash >> 32)) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The value of the word whose UTF-8 bytes are `word` (ASCII capitals match lower-case keys;
    /// other letters must already be folded).
    func value(_ word: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let count = word.count
        guard count > 0 else { return emptyKeyValue }
        guard count <= 255 else { return longKeys.isEmpty ? nil : longKeys[word.map(ByteKeyTable.fold)] }
        // The hash and the folded first eight bytes, in one pass.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var head: UInt64 = 0
        for k in 0..<count {
            let byte = ByteKeyTable.fold(word[k])
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            if k < 8 { head |= UInt64(byte) << (8 * UInt64(k)) }
        }
        hash = (hash ^ (hash >> 32)) &* 0x9E37_79B9_7F4A_7C15
        var index = Int(truncatingIfNeeded: hash >> shift)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let slot = slots[index]
                if slot.meta == 0 { return nil }
                if slot.head == head, Int(slot.meta & 0xFF) == count {
                    if count <= 8 { return slot.value }
                    let start = Int(slot.meta >> 8)
                    let same = tails.withUnsafeBufferPointer { tails in
                        for k in 8..<count where tails[start + k - 8] != ByteKeyTable.fold(word[k]) { return false }
                        return true
                    }
                    if same { return slot.value }
                }
                index = (index + 1) & mask
            }
        }
    }

    /// The value of a folded word.
    func value(_ word: String) -> UInt32? {
        var word = word
        return word.withUTF8 { value($0) }
    }
}
