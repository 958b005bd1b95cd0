import Foundation

/// Reads back the blocks JSON that `ArticleRecord.blocksJSON` writes — an array of
/// two-string arrays — straight from its bytes. Returns nil for anything outside that shape
/// (the caller then uses a general JSON reader), never a wrong value.
enum BlocksReader {
    static func read(_ json: String) -> [[String]]? {
        var json = json
        return json.withUTF8 { bytes -> [[String]]? in
            var reader = Cursor(bytes: bytes)
            return reader.blocks()
        }
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func blocks() -> [[String]]? {
            guard take(UInt8(ascii: "[")) else { return nil }
            var result: [[String]] = []
            if take(UInt8(ascii: "]")) { return index == bytes.count ? result : nil }
            repeat {
                guard take(UInt8(ascii: "[")), let kind = string(), take(UInt8(ascii: ",")), let text = string(),
                      take(UInt8(ascii: "]")) else { return nil }
                result.append([kind, text])
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "]")), index == bytes.count else { return nil }
            return result
        }

        /// A JSON string with the escapes the writer uses (and `\/`, `\b`, `\f`, `\uXXXX` below U+D800).
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            // Fast path: no escapes. memchr finds the next quote, then a backslash before it.
            guard let base = bytes.baseAddress, start < bytes.count,
                  let quote = memchr(base + start, Int32(UInt8(ascii: "\"")), bytes.count - start) else { return nil }
            let quoteIndex = base.distance(to: quote.assumingMemoryBound(to: UInt8.self))
            if let slash = memchr(base + start, Int32(UInt8(ascii: "\\")), quoteIndex - start) {
                index = base.distance(to: slash.assumingMemoryBound(to: UInt8.self))
            } else {
                index = quoteIndex
            }
            if bytes[index] == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), as: UTF8.self)
            }
            var out = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
                guard byte == UInt8(ascii: "\\") else { out.append(byte); continue }
                guard index < bytes.count else { return nil }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "u"):
                    guard index + 4 <= bytes.count, let value = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<(index + 4)]), as: UTF8.self), radix: 16),
                          value < 0xD800, let scalar = Unicode.Scalar(value) else { return nil }
                    index += 4
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: return nil
                }
            }
            return nil
        }
    }
}
