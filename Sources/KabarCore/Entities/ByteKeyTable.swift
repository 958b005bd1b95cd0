/// A read-only map from short byte strings (folded words) to a 32-bit value (and a second
/// one, read with it), looked up
/// straight from a word's UTF-8 bytes, ASCII letters folded to lower case on the way: the
/// recogniser asks it once per word, with no `String` made and no SipHash.
///
/// Open addressing with linear probing over a power-of-two table of 24-byte slots, each
/// holding the values, the key's length and its first eight bytes, so a lookup of a word of up
/// to eight bytes (most words) reads one slot and nothing else. Beside the slots, one byte per
/// slot (seven bits of the hash, and a bit for "taken") is probed first: a word that is not
/// in the table (a name, a rare word) is told so from that small array, which stays in the
/// cache, without reading the slots. The bytes of longer keys after
/// their first eight are kept end to end in one array. Keys longer than 255 bytes (none in
/// practice) go to an ordinary dictionary.
struct ByteKeyTable: Sendable {
    private struct Slot {
        /// The key's first eight bytes, the first in the lowest byte, zero-padded.
        var head: UInt64 = 0
        var value: UInt32 = 0
        var second: UInt32 = 0
        /// The key's length in the low 8 bits (0: empty; keys are never empty), and where its
        /// bytes after the first eight start in `tails` above them.
        var meta: UInt32 = 0
    }

    private var slots: [Slot]
    /// Per slot: 0 when empty, else 0x80 | seven bits of the key's hash.
    private var tags: [UInt8]
    private var tails: [UInt8] = []
    private let shift: UInt64
    private let mask: Int
    /// The empty key, kept apart (a slot's length 0 means empty).
    private var emptyKeyValue: (UInt32, UInt32)?
    /// Keys too long for a slot's length field.
    private var longKeys: [[UInt8]: (UInt32, UInt32)] = [:]

    init(_ table: [String: UInt32]) {
        self.init(pairs: table.mapValues { ($0, 0) })
    }

    /// Each key with its value and its second value.
    init(pairs table: [String: (UInt32, UInt32)]) {
        // At most 80% full: probing reads the tags (a byte per slot, many per cache line), so
        // a fuller table costs little per lookup, and its slots stay small enough for L2.
        var bits: UInt64 = 4
        while (1 << bits) < table.count + table.count / 4 { bits += 1 }
        let capacity = 1 << Int(bits)
        slots = Array(repeating: Slot(), count: capacity)
        tags = Array(repeating: 0, count: capacity)
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
            let hash = bytes.withUnsafeBufferPointer { ByteKeyTable.hash($0).hash }
            var slot = Int(truncatingIfNeeded: hash >> shift)
            while slots[slot].meta != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(head: head, value: value.0, second: value.1, meta: UInt32(tails.count) << 8 | UInt32(bytes.count))
            tags[slot] = ByteKeyTable.tag(hash)
            tails.append(contentsOf: bytes.dropFirst(8))
        }
    }

    /// The tag of a hash: bits other than the slot's, and the "taken" bit.
    @inline(__always)
    private static func tag(_ hash: UInt64) -> UInt8 { 0x80 | UInt8(truncatingIfNeeded: hash >> 8) & 0x7F }

    @inline(__always)
    private static func fold(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// The hash of the bytes (ASCII capitals folded to lower case) and their first eight,
    /// folded: the first eight bytes make one word and the rest (FNV-1a) another, mixed with
    /// the length by multiplication, so the high bits (the slot) depend on every byte while a
    /// short word costs no chain of multiplications.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, head: UInt64) {
        var head: UInt64 = 0
        var rest: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 0..<bytes.count {
            let byte = UInt64(fold(bytes[k]))
            if k < 8 {
                head |= byte << (8 * UInt64(k))
            } else {
                rest = (rest ^ byte) &* 0x100_0000_01b3
            }
        }
        var hash = (head &* 0x9E37_79B9_7F4A_7C15) ^ ((rest &+ UInt64(bytes.count)) &* 0xC2B2_AE3D_27D4_EB4F)
        hash ^= hash >> 32
        return (hash &* 0xD6E8_FEB8_6659_FD93, head)
    }

    /// The value of the word whose UTF-8 bytes are `word` (ASCII capitals match lower-case keys;
    /// other letters must already be folded).
    func value(_ word: UnsafeBufferPointer<UInt8>) -> UInt32? { pair(word)?.0 }

    /// The value and the second value of the word whose UTF-8 bytes are `word`.
    func pair(_ word: UnsafeBufferPointer<UInt8>) -> (UInt32, UInt32)? {
        let count = word.count
        guard count > 0 else { return emptyKeyValue }
        guard count <= 255 else { return longKeys.isEmpty ? nil : longKeys[word.map(ByteKeyTable.fold)] }
        // The hash and the folded first eight bytes, in one pass.
        let (hash, head) = ByteKeyTable.hash(word)
        var index = Int(truncatingIfNeeded: hash >> shift)
        let tag = ByteKeyTable.tag(hash)
        return slots.withUnsafeBufferPointer { slots in tags.withUnsafeBufferPointer { tags in
            while true {
                let found = tags[index]
                if found == 0 { return nil }
                guard found == tag else { index = (index + 1) & mask; continue }
                let slot = slots[index]
                if slot.head == head, Int(slot.meta & 0xFF) == count {
                    if count <= 8 { return (slot.value, slot.second) }
                    let start = Int(slot.meta >> 8)
                    let same = tails.withUnsafeBufferPointer { tails in
                        for k in 8..<count where tails[start + k - 8] != ByteKeyTable.fold(word[k]) { return false }
                        return true
                    }
                    if same { return (slot.value, slot.second) }
                }
                index = (index + 1) & mask
            }
        } }
    }

    /// The value of a folded word.
    func value(_ word: String) -> UInt32? {
        var word = word
        return word.withUTF8 { value($0) }
    }
}
