import Foundation

/// Turns a file's bytes into clean text: rejects binary and empty files, drops a UTF-8 BOM,
/// replaces invalid UTF-8 with U+FFFD, turns `\r\n` and `\r` into `\n`, and normalises to NFC.
enum ArticleDecoder {
    /// The outcome of decoding one file.
    enum Outcome {
        /// Usable text, and warnings about it (e.g. invalid UTF-8).
        case text(String, warnings: [LoadWarning])
        /// The file can't be an article; the warning says why.
        case skipped(LoadWarning)
    }

    /// How many leading bytes are checked for signs of a binary file.
    static let binaryProbeLength = 8 * 1024
    /// The share of control bytes above which a file counts as binary.
    static let binaryControlRatio = 0.30

    static func decode(_ data: Data, path: String) -> Outcome {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }

        if let reason = binaryReason(bytes) {
            return .skipped(LoadWarning(path: path, message: "binary file, skipped" + reason))
        }

        var warnings: [LoadWarning] = []
        if let badOffset = firstInvalidUTF8Offset(bytes) {
            warnings.append(LoadWarning(
                path: path, line: lineNumber(ofByteAt: badOffset, in: bytes),
                message: "invalid UTF-8, bad bytes replaced with U+FFFD"))
        }

        let text = ArticleText.nfc(String(decoding: normalizingLineEndings(bytes), as: UTF8.self))
        if text.allSatisfy(ArticleText.isSpace) {
            return .skipped(LoadWarning(path: path, message: "empty file, skipped"))
        }
        return .text(text, warnings: warnings)
    }

    /// A suffix for the "binary file" warning if `bytes` look binary: a NUL byte, or more
    /// than 30% control bytes, in the first 8 KiB. `nil` when they look like text.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        let probe = bytes.prefix(binaryProbeLength)
        guard !probe.isEmpty else { return nil }
        if probe.contains(0) {
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                return " (looks like UTF-16; save it as UTF-8)"
            }
            return ""
        }
        let controls = probe.reduce(0) { $0 + (isControlByte($1) ? 1 : 0) }
        return Double(controls) > Double(probe.count) * binaryControlRatio ? "" : nil
    }

    /// C0 controls other than tab, line feed, vertical tab, form feed and carriage return,
    /// plus DEL.
    static func isControlByte(_ byte: UInt8) -> Bool {
        (byte < 0x20 && !(0x09...0x0D).contains(byte)) || byte == 0x7F
    }

    /// The offset of the first byte that is not part of well-formed UTF-8, or `nil`.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + 1 < n, (low...high).contains(bytes[i + 1]) else { return i }
            for k in 2..<length {
                guard i + k < n, (0x80...0xBF).contains(bytes[i + k]) else { return i }
            }
            i += length
        }
        return nil
    }

    /// The 1-based line of the byte at `offset`; `\n`, `\r\n` and a lone `\r` each end a line.
    static func lineNumber(ofByteAt offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A {
                line += 1
            } else if bytes[i] == 0x0D {
                line += 1
                if i + 1 < offset, bytes[i + 1] == 0x0A { i += 1 }
            }
            i += 1
        }
        return line
    }

    /// `bytes` with `\r\n` and lone `\r` replaced by `\n`.
    static func normalizingLineEndings(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x0D) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D {
                result.append(0x0A)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                result.append(bytes[i])
            }
            i += 1
        }
        return result
    }
}
