import Foundation
import KabarCore

/// The index forms of every word met during one update, kept as C strings at fixed
/// addresses until the store and the last ``TokenStream`` using it are gone. Only the thread
/// that prepares articles calls it; the writer reads the words it handed out.
///
/// Words are looked up by their bytes in an open-addressing table: running text repeats
/// words, and this lookup is most of the per-token work.
final class FormStore: @unchecked Sendable {
    struct Form {
        let pointer: UnsafePointer<CChar>
        let count: Int32
    }

    /// One word's forms: the folded word, then its lemma and root if they differ (at most 3).
    struct Word {
        var count: Int
        var forms: (Form, Form, Form)

        subscript(index: Int) -> Form {
            switch index {
            case 0: forms.0
            case 1: forms.1
            default: forms.2
            }
        }
    }

    /// A slot of the table: a word's hash (0: empty), its first 16 bytes inline (most words
    /// fit, so comparing rarely leaves the slot), all its bytes, and its forms.
    private struct Slot {
        var hash: UInt64 = 0
        var head: (UInt64, UInt64) = (0, 0)
        var count = 0
        var key: UnsafePointer<UInt8>?
        var word: UnsafeMutablePointer<Word>?
    }

    /// Open addressing, linear probing, a power of two long, at most half full.
    private var slots = [Slot](repeating: Slot(), count: 1 << 14)
    private var used = 0
    private var formsByText: [String: Form] = [:]
    /// Words, their forms and long keys are allocated from large chunks, in the order they
    /// are first met: the commonest words (met first) end up next to each other in memory.
    private var chunks: [UnsafeMutableRawPointer] = []
    private var chunkFree = 0
    private var chunkNext: UnsafeMutableRawPointer?
    static let chunkSize = 1 << 20

    deinit {
        for chunk in chunks { chunk.deallocate() }
    }

    /// `count` bytes aligned to 8, never moved or freed before the store.
    private func allocate(_ count: Int) -> UnsafeMutableRawPointer {
        let size = (count + 7) & ~7
        if size > chunkFree || chunkNext == nil {
            let chunk = UnsafeMutableRawPointer.allocate(byteCount: max(FormStore.chunkSize, size), alignment: 8)
            chunks.append(chunk)
            chunkNext = chunk
            chunkFree = max(FormStore.chunkSize, size)
        }
        let pointer = chunkNext!
        chunkNext = pointer + size
        chunkFree -= size
        return pointer
    }

    /// FNV-1a, then mixed so the low bits used for the slot depend on every byte; never 0.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        return hash | 1
    }

    /// The first 16 bytes, zero-padded.
    static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var head: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &head) { raw in
            raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes).prefix(16)))
        }
        return head
    }

    /// The word with these bytes, if it was met before.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafePointer<Word>? {
        find(bytes, hash: FormStore.hash(bytes), head: FormStore.head(bytes)).word.map { UnsafePointer($0) }
    }

    /// The slot of the word with these bytes, or the empty slot where it would go.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, head: (UInt64, UInt64)) -> (index: Int, word: UnsafeMutablePointer<Word>?) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while slots[index].hash != 0 {
                let slot = slots[index]
                if slot.hash == hash, slot.count == bytes.count, slot.head == head,
                   bytes.count <= 16 || memcmp(slot.key!, bytes.baseAddress!, bytes.count) == 0 {
                    return (index, slot.word)
                }
                index = (index + 1) & mask
            }
            return (index, nil)
        }
    }

    /// Stores a word's forms (`indexForms(of:bytes:)`) under its bytes; returns the stored
    /// word (the one already there if it was met before).
    @discardableResult
    func insert(_ bytes: UnsafeBufferPointer<UInt8>, forms: [String]) -> UnsafePointer<Word> {
        let hash = FormStore.hash(bytes)
        let head = FormStore.head(bytes)
        let (index, existing) = find(bytes, hash: hash, head: head)
        if let existing { return UnsafePointer(existing) }
        var key: UnsafePointer<UInt8>?
        if bytes.count > 16 {
            let copy = allocate(bytes.count)
            copy.copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
            key = UnsafePointer(copy.assumingMemoryBound(to: UInt8.self))
        }
        let interned = forms.map(intern)
        let stored = allocate(MemoryLayout<Word>.stride).bindMemory(to: Word.self, capacity: 1)
        let none = interned[0]
        stored.initialize(to: Word(count: interned.count,
                                   forms: (interned[0], interned.count > 1 ? interned[1] : none, interned.count > 2 ? interned[2] : none)))
        slots[index] = Slot(hash: hash, head: head, count: bytes.count, key: key, word: stored)
        used += 1
        if used * 2 > slots.count { grow() }
        return UnsafePointer(stored)
    }

    /// The token streams of `texts`. Each indexed word is found by its bytes (no string is
    /// made for a word met before); the words not met before are analysed once each, on
    /// every core: a first analysis costs far more than a lookup, and most of a build's new
    /// words come in its first articles.
    func streams(for texts: [String]) -> [TokenStream] {
        let texts = texts.map { text -> String in
            var text = text
            text.makeContiguousUTF8()
            return text
        }
        var occurrences: [[TokenStream.Occurrence]] = []
        occurrences.reserveCapacity(texts.count)
        // The occurrences of words not met before, filled in once those are analysed.
        var pending: [(text: Int, occurrence: Int, word: Int)] = []
        var newWords: [String] = []
        var newWordNumbers: [String: Int] = [:]
        let placeholder = self.placeholder
        for (number, text) in texts.enumerated() {
            let found: [TokenStream.Occurrence] = text.utf8.withContiguousStorageIfAvailable { bytes in
                var found: [TokenStream.Occurrence] = []
                let ranges = KabarTokenizer.indexedRanges(bytes)
                found.reserveCapacity(ranges.count)
                for range in ranges {
                    let key = UnsafeBufferPointer(rebasing: bytes[range])
                    var word = lookup(key)
                    if word == nil {
                        let text = String(decoding: key, as: UTF8.self)
                        let wordNumber = newWordNumbers[text] ?? newWords.count
                        if wordNumber == newWords.count {
                            newWords.append(text)
                            newWordNumbers[text] = wordNumber
                        }
                        pending.append((number, found.count, wordNumber))
                        word = placeholder
                    }
                    found.append(TokenStream.Occurrence(word: word!, start: Int32(range.lowerBound), end: Int32(range.upperBound)))
                }
                return found
            } ?? []
            occurrences.append(found)
        }
        let toAnalyse = newWords
        var forms = [[String]](repeating: [], count: toAnalyse.count)
        forms.withUnsafeMutableBufferPointer { buffer in
            let results = SearchIndex.UncheckedBuffer(buffer: buffer)
            let chunk = 64
            DispatchQueue.concurrentPerform(iterations: (toAnalyse.count + chunk - 1) / chunk) { part in
                for index in (part * chunk)..<min(toAnalyse.count, (part + 1) * chunk) {
                    var word = toAnalyse[index]
                    results.buffer[index] = word.withUTF8 { FormStore.indexForms(of: toAnalyse[index], bytes: $0) }
                }
            }
        }
        var stored: [UnsafePointer<Word>] = []
        stored.reserveCapacity(newWords.count)
        for (word, forms) in zip(newWords, forms) {
            var word = word
            stored.append(word.withUTF8 { insert($0, forms: forms) })
        }
        for (text, occurrence, word) in pending { occurrences[text][occurrence].word = stored[word] }
        return zip(texts, occurrences).map { TokenStream(text: $0, occurrences: $1, store: self) }
    }

    /// Stands for a word until it is analysed (never handed to a writer).
    private lazy var placeholder: UnsafePointer<Word> = {
        let form = Form(pointer: UnsafePointer(allocate(1).assumingMemoryBound(to: CChar.self)), count: 0)
        let word = allocate(MemoryLayout<Word>.stride).bindMemory(to: Word.self, capacity: 1)
        word.initialize(to: Word(count: 0, forms: (form, form, form)))
        return UnsafePointer(word)
    }()

    /// `SearchFolding.indexForms(of:analyzer:)` with the kabar tokenizer's analyser. A word
    /// of ASCII with no letter (a number such as 1.250 or 3,5) has no lemma or root, whatever
    /// the analyser says of it, so it is not analysed.
    static func indexForms(of word: String, bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        if !bytes.contains(where: { $0 >= 0x80 || (($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z")) }) {
            return [SearchFolding.fold(word)]
        }
        let forms = SearchFolding.indexForms(of: word, analyzer: KabarTokenizer.analyzer)
        precondition((1...3).contains(forms.count), "indexForms gives the folded word and at most a lemma and a root")
        return forms
    }

    private func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.hash != 0 {
            var index = Int(truncatingIfNeeded: slot.hash) & mask
            while slots[index].hash != 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }

    private func intern(_ form: String) -> Form {
        if let known = formsByText[form] { return known }
        let utf8 = Array(form.utf8)
        let allocation = allocate(max(1, utf8.count))
        utf8.withUnsafeBufferPointer { bytes in
            allocation.copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        }
        let stored = Form(pointer: UnsafePointer(allocation.assumingMemoryBound(to: CChar.self)), count: Int32(utf8.count))
        formsByText[form] = stored
        return stored
    }
}

/// What the kabar tokenizer gives FTS5 for one document text, worked out before the write
/// (on another thread) so the writer only hands it over. ``KabarTokenizer`` replays it when
/// FTS5 asks it to tokenize exactly these bytes.
struct TokenStream: @unchecked Sendable {
    /// An indexed word: its forms and its byte range in the text.
    struct Occurrence {
        var word: UnsafePointer<FormStore.Word>
        let start: Int32
        let end: Int32
    }

    /// The text: the stream is used only for exactly its bytes.
    let text: String
    let occurrences: [Occurrence]
    /// Keeps the forms alive.
    private let store: FormStore

    fileprivate init(text: String, occurrences: [Occurrence], store: FormStore) {
        self.text = text
        self.occurrences = occurrences
        self.store = store
    }

    func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { text in
            text.count == bytes.count && memcmp(text.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        } ?? false
    }
}
