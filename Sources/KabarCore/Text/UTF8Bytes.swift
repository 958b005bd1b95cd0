/// Small helpers for scanning valid UTF-8 bytes without creating `Character`s.
enum UTF8Bytes {
    /// Decodes the scalar whose lead byte is at `index`: its value and its length in bytes.
    /// Malformed or truncated input (impossible for a Swift `String`) decodes as U+FFFD,
    /// one byte long, so scanning always moves forward.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let count = bytes.count
        if b0 >= 0xC2 && b0 < 0xE0 {
            guard index + 1 < count, isContinuation(bytes[index + 1]) else { return (0xFFFD, 1) }
            return (UInt32(b0 & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if b0 >= 0xE0 && b0 < 0xF0 {
            guard index + 2 < count, isContinuation(bytes[index + 1]), isContinuation(bytes[index + 2])
            else { return (0xFFFD, 1) }
            return (UInt32(b0 & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        if b0 >= 0xF0 && b0 < 0xF5 {
            guard index + 3 < count, isContinuation(bytes[index + 1]), isContinuation(bytes[index + 2]),
                  isContinuation(bytes[index + 3])
            else { return (0xFFFD, 1) }
            return (UInt32(b0 & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// Whether a byte is a UTF-8 continuation byte (10xxxxxx).
    @inline(__always)
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The number of scalars in `bytes[from..<to]`: the bytes that are not continuation bytes.
    @inline(__always)
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var count = 0
        var index = from
        while index < to {
            if !isContinuation(bytes[index]) { count += 1 }
            index += 1
        }
        return count
    }

    /// Runs `body` over the UTF-8 bytes of `text`, copying only if the string is not contiguous.
    static func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether a byte is an ASCII letter.
    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// Whether a byte is an ASCII digit.
    @inline(__always)
    static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
