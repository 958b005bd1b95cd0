import Testing
@testable import KabarCore

@Suite("TextNormalizer")
struct TextNormalizerTests {
    /// Scalars of a string, so comparisons are not blurred by `String`'s canonical equivalence.
    private func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test("composes decomposed sequences", arguments: [
        ("e\u{301}", [0xE9]),                               // é
        ("Kafe\u{301} u\u{308}ber", [0x4B, 0x61, 0x66, 0xE9, 0x20, 0xFC, 0x62, 0x65, 0x72]),
        ("A\u{30A}", [0xC5]),                               // Å
        ("\u{212B}", [0xC5]),                               // Angstrom sign is a singleton: Å
        ("\u{1100}\u{1161}", [0xAC00]),                     // Hangul jamo compose to 가
        ("“Sate\u{301}”", [0x201C, 0x53, 0x61, 0x74, 0xE9, 0x201D]),
    ] as [(String, [UInt32])])
    func composes(_ input: String, _ expected: [UInt32]) {
        #expect(scalars(TextNormalizer.nfc(input)) == expected)
    }

    @Test("leaves NFC text unchanged", arguments: [
        "", "Harga naik 2.000 rupiah.", "Café déjà vu", "“Kami”—kata dia…", "北京 🎉 Москва",
    ])
    func unchanged(_ input: String) {
        #expect(scalars(TextNormalizer.nfc(input)) == scalars(input))
    }

    @Test("is idempotent")
    func idempotent() {
        let once = TextNormalizer.nfc("o\u{302}\u{323} e\u{301}")
        #expect(scalars(TextNormalizer.nfc(once)) == scalars(once))
        #expect(scalars(once) == [0x1ED9, 0x20, 0xE9])      // ộ (o + dot below + circumflex), é
    }

    @Test("the fast path is taken only for scalars below U+0300", arguments: [
        ("plain ASCII", true), ("Café", true), ("ąčęł", true), ("e\u{301}", false), ("“x”", false),
    ] as [(String, Bool)])
    func fastPath(_ input: String, _ trivial: Bool) {
        #expect(TextNormalizer.isTriviallyNFC(input) == trivial)
    }
}
