/// A read-only map from short byte strings (folded words) to 32-bit values, looked up
/// straight from a word's UTF-8 bytes, ASCII letters folded to lower case on the way: the
/// recogniser asks it once per word, with no `String` made and no SipHash.
///
/// Open addressing with linear probing over a power-of-two table; keys are kept end to end
/// in one byte array.
struct ByteKeyTable: Sendable {
    private var slots: [Int32]          // index into `entries`, or -1
    private var keyStart: [Int32] = []
    private var keyLength: [Int32] = []
    private var values: [UInt32] = []
    private var keyBytes: [UInt8] = []
    private let mask: Int

    init(_ table: [String: UInt32]) {
        var capacity = 16
        while capacity < table.count * 2 { capacity *= 2 }
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for (key, value) in table.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(key.utf8)
            var slot = Int(truncatingIfNeeded: ByteKeyTable.hash(bytes)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(values.count)
            keyStart.append(Int32(keyBytes.count))
            keyLength.append(Int32(bytes.count))
            keyBytes.append(contentsOf: bytes)
            values.append(value)
        }
    }

    /// FNV-1a over the bytes, ASCII capitals folded to lower case.
    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte)) &* 0x100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }

    /// The value of the word whose UTF-8 bytes are `word` (ASCII capitals match lower-case keys;
    /// other letters must already be folded).
    func value(_ word: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var slot = Int(truncatingIfNeeded: ByteKeyTable.hash(word)) & mask
        return keyBytes.withUnsafeBufferPointer { keys in
            while true {
                let entry = Int(slots[slot])
                if entry < 0 { return nil }
                if Int(keyLength[entry]) == word.count {
                    let start = Int(keyStart[entry])
                    var same = true
                    for k in 0..<word.count {
                        let byte = word[k]
                        if keys[start + k] != (byte >= 65 && byte <= 90 ? byte + 32 : byte) { same = false; break }
                    }
                    if same { return values[entry] }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The value of a folded word.
    func value(_ word: String) -> UInt32? {
        var word = word
        return word.withUTF8 { value($0) }
    }
}
