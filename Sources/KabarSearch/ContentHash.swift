import Foundation

/// FNV-1a, 64 bits, of a file's bytes: tells a rewritten file from one only touched.
enum ContentHash {
    static func of(_ bytes: some Sequence<UInt8>) -> String {
        // Contiguous bytes (a file's Data) are hashed in place: iterating Data is slow.
        if let hash = bytes.withContiguousStorageIfAvailable({ hex(fnv($0)) }) { return hash }
        return hex(fnv(bytes))
    }

    static func of(_ data: Data) -> String {
        data.withUnsafeBytes { hex(fnv($0)) }
    }

    static func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func hex(_ hash: UInt64) -> String {
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
