import Foundation

/// The key of a `ContentCache`: the texts an article's analysis depends on (title, body, ...).
///
/// Hashed once, from the texts' UTF-8 bytes eight at a time, and compared byte for byte, so a
/// lookup neither joins the texts into one string nor hashes them through `String` (which
/// checks normalisation and hashes every byte with SipHash, again on every table resize).
struct ContentKey: Hashable, Sendable {
    let parts: [String]
    private let digest: UInt64

    init(_ parts: String...) {
        self.parts = parts
        var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(parts.count)
        for part in parts {
            hash = UTF8Bytes.withBytes(of: part) { ContentKey.mix(hash, $0) }
        }
        digest = hash
    }

    /// Folds the bytes (and their length, so parts cannot run into each other) into `hash`.
    private static func mix(_ seed: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        @inline(__always) func step(_ hash: UInt64, _ word: UInt64) -> UInt64 {
            let mixed = hash ^ (word &* 0x9E37_79B9_7F4A_7C15)
            return ((mixed << 31) | (mixed >> 33)) &* 0xBF58_476D_1CE4_E5B9
        }
        var hash = step(seed, UInt64(bytes.count))
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = step(hash, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < raw.count {
            tail |= UInt64(raw[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = step(hash, tail)
        hash ^= hash >> 29
        return hash &* 0x94D0_49BB_1331_11EB
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }

    static func == (a: ContentKey, b: ContentKey) -> Bool {
        guard a.digest == b.digest, a.parts.count == b.parts.count else { return false }
        for (x, y) in zip(a.parts, b.parts) {
            let same = UTF8Bytes.withBytes(of: x) { p in
                UTF8Bytes.withBytes(of: y) { q in
                    p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0)
                }
            }
            if !same { return false }
        }
        return true
    }
}
