import Foundation

/// Unicode normalisation of article text before it is tokenised.
public enum TextNormalizer {
    /// The text in Normalization Form C (canonical composition), so that `e` + U+0301 and
    /// `é` are the same scalar and scalar offsets agree everywhere.
    ///
    /// Fast path: when every scalar is below U+0300 (all ASCII and Latin-1/Latin Extended
    /// text without combining marks) the text is already NFC and is returned unchanged.
    /// In UTF-8 that is exactly "no byte is 0xCC or above".
    public static func nfc(_ text: String) -> String {
        if isTriviallyNFC(text) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// Whether the text has only scalars below U+0300, none of which is changed by NFC.
    static func isTriviallyNFC(_ text: String) -> Bool {
        let scan: (UnsafeBufferPointer<UInt8>) -> Bool = { bytes in
            for byte in bytes where byte >= 0xCC { return false }
            return true
        }
        if let result = text.utf8.withContiguousStorageIfAvailable(scan) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(scan)
    }
}
