/// One pass of the recogniser over a text's tokens: builds candidate name spans, strips
/// titles and sentence-initial words, splits and classifies them, and remembers what it found
/// so later short forms and headlines can be read against it.
struct EntityScan {
    let recognizer: EntityRecognizer
    let tokens: [Token]
    /// The text's UTF-8 bytes and, per token, the byte offsets of its start and end: mention
    /// texts are cut from these without decoding the whole text into scalars.
    let utf8: [UInt8]
    let byteStart: [Int]
    let byteEnd: [Int]
    let folded: [String]
    /// Per token, computed once: starts with a capital / has a capital after the first letter /
    /// is an acronym (BNPB).
    let capitalised: [Bool]
    let innerCapital: [Bool]
    let acronym: [Bool]
    private(set) var found: [EntityMention] = []
    /// Names found so far (folded token sequences) → type, for short forms and headlines.
    private var known: [String: EntityType] = [:]
    /// The first and last words of the multi-word names found so far → type (short forms).
    private var knownParts: [String: EntityType] = [:]

    init(recognizer: EntityRecognizer, tokens: [Token], text: String) {
        self.recognizer = recognizer
        self.gazetteer = recognizer.gazetteer
        self.commonWords = recognizer.commonWords
        self.tokens = tokens
        let utf8 = Array(text.utf8)
        self.utf8 = utf8
        let (byteStart, byteEnd) = EntityScan.byteOffsets(of: tokens, in: utf8)
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        var folded: [String] = []
        folded.reserveCapacity(tokens.count)
        var capitalised: [Bool] = [], inner: [Bool] = [], acronym: [Bool] = []
        capitalised.reserveCapacity(tokens.count)
        for (i, token) in tokens.enumerated() {
            let shape = token.kind == .word
                ? utf8.withUnsafeBufferPointer { LetterCase(UnsafeBufferPointer(rebasing: $0[byteStart[i]..<byteEnd[i]]), token.text) }
                : LetterCase()
            folded.append(shape.hasUpper ? token.text.lowercased() : token.text)
            capitalised.append(token.kind == .word && shape.firstUpper)
            inner.append(token.kind == .word && shape.innerUpper)
            acronym.append(token.kind == .word && shape.isAcronym)
        }
        self.folded = folded
        self.capitalised = capitalised
        self.innerCapital = inner
        self.acronym = acronym
    }

    /// Walks the bytes once, counting scalars (bytes that are not UTF-8 continuation bytes),
    /// to find each token's byte range from its scalar range.
    static func byteOffsets(of tokens: [Token], in utf8: [UInt8]) -> ([Int], [Int]) {
        var starts = [Int](repeating: 0, count: tokens.count), ends = starts
        var byte = 0, scalar = 0
        func advance(to target: Int) {
            while scalar < target, byte < utf8.count {
                byte += 1
                while byte < utf8.count, utf8[byte] & 0xC0 == 0x80 { byte += 1 }
                scalar += 1
            }
        }
        for (i, token) in tokens.enumerated() {
            advance(to: token.start)
            starts[i] = byte
            advance(to: token.end)
            ends[i] = byte
        }
        return (starts, ends)
    }

    /// The folded words of a span joined by spaces: the key of the name lists.
    func key(_ span: Range<Int>) -> String {
        span.count == 1 ? folded[span.lowerBound] : folded[span].joined(separator: " ")
    }

    /// Held directly (not through `recognizer`), so each lookup does not copy the lists.
    let gazetteer: Gazetteer
    let commonWords: Set<String>

    /// Takes names found elsewhere in the article as known.
    mutating func learn(_ mentions: [EntityMention]) {
        for mention in mentions {
            let words = Gazetteer.tokens(mention.text)
            guard !words.isEmpty else { continue }
            known[words.joined(separator: " ")] = mention.type
            if words.count > 1, mention.type == .person {
                knownParts[words[0]] = knownParts[words[0]] ?? mention.type
                knownParts[words[words.count - 1]] = knownParts[words[words.count - 1]] ?? mention.type
            }
        }
    }

    // MARK: token tests

    /// Capitalised (Jakarta), camel-case (iPhone, xAI), or an acronym (BNPB): a word that can be part of a name.
    func isNameToken(_ i: Int) -> Bool {
        capitalised[i] || innerCapital[i]
    }

    func isAcronym(_ i: Int) -> Bool {
        acronym[i]
    }

    /// Headlines and title-case lines: no final full stop, and most words capitalised, so
    /// capitals prove nothing.
    func isTitleCase(_ range: Range<Int>) -> Bool {
        if let last = range.last, [".", "!", "?", "…"].contains(tokens[last].text) { return false }
        var words = 0, capitals = 0
        for i in range where tokens[i].kind == .word && tokens[i].end - tokens[i].start > 3 {
            words += 1
            if capitalised[i] { capitals += 1 }
        }
        return words >= 3 && capitals * 10 >= words * 7
    }

    /// The first word token of the sentence (after opening quotes).
    func isSentenceInitial(_ i: Int, in range: Range<Int>) -> Bool {
        var j = range.lowerBound
        while j < range.upperBound, tokens[j].kind != .word && tokens[j].kind != .number { j += 1 }
        return j == i
    }

    // MARK: scanning

    mutating func scan(_ range: Range<Int>, titleCase: Bool) {
        var i = range.lowerBound
        while i < range.upperBound {
            guard isNameToken(i) else { i += 1; continue }
            var end = extend(from: i, limit: range.upperBound)
            if titleCase {
                end = knownPrefix(from: i, end: end)
                if end == i {
                    i += 1
                    continue
                }
            }
            for piece in pieces(of: i..<end) {
                handle(piece, range: range, titleCase: titleCase)
            }
            i = max(end, i + 1)
        }
    }

    /// A run of capitalised words may hold several names: "AI Guangdong", "GPU Nvidia",
    /// "Nvidia H800". It is cut where an acronym or a model name meets other words, unless the
    /// run is a known name or starts with a word that heads a name (Bank BRI, KTT ASEAN).
    func pieces(of span: Range<Int>) -> [Range<Int>] {
        guard span.count > 1 else { return [span] }
        let key = key(span)
        if gazetteer.names[key] != nil || known[key] != nil { return [span] }
        var result: [Range<Int>] = []
        var start = span.lowerBound
        // A known multi-word name at the start is one piece: "PDI Perjuangan", "Bank Indonesia".
        if let match = gazetteerMatch(at: start, end: span.upperBound), match.end - start >= 2, match.end < span.upperBound,
           !(match.end..<span.upperBound).allSatisfy({ tokens[$0].kind == .number || folded[$0].hasPrefix("ke-") }) {
            return [start..<match.end] + pieces(of: match.end..<span.upperBound)
        }
        for i in (span.lowerBound + 1)..<span.upperBound {
            // A person's name after an organisation or place: "Universitas Sriwijaya Dian
            // Kartika Sari", "Mirae Asset Sekuritas Indonesia Yoga Prasetya".
            if i - start >= 2, gazetteer.givenNames.contains(folded[i]), !gazetteer.givenNames.contains(folded[i - 1]),
               !EntityRules.connectors.contains(folded[i - 1]),
               (start..<i).contains(where: { isHead($0) || isAcronym($0) || gazetteer.names[folded[$0]] != nil }),
               !(i..<span.upperBound).contains(where: { folded[$0] == "tbk" || folded[$0] == "tbk." }) {
                result.append(start..<i)
                start = i
                continue
            }
            // An event head starts a new name: "Grup A Piala AFF 2026".
            if EntityRules.eventHeads.contains(folded[i]), i > start, !isHead(start) {
                result.append(start..<i)
                start = i
                continue
            }
            // A known body's regional branch stays one name: "BPBD Garut", "DPRD NTT".
            let headed = isHead(start) || (i - 1 == start && isAcronym(start) && gazetteer.names[folded[start]] == .organization
                && gazetteerMatch(at: i, end: i + 1)?.type == .location)
            let boundary = (isAcronym(i) != isAcronym(i - 1)) || isModelName(i) || isModelName(i - 1)
            let joined = EntityRules.connectors.contains(folded[i]) || EntityRules.connectors.contains(folded[i - 1])
                || EntityRules.suffixes.contains(folded[i]) || tokens[i].kind != .word
            if boundary, !headed, !joined, titleLength(at: start, end: i + 1) != i + 1 - start {
                result.append(start..<i)
                start = i
            }
        }
        result.append(start..<span.upperBound)
        return result
    }

    func isHead(_ i: Int) -> Bool {
        let word = folded[i]
        return EntityRules.organizationHeads.contains(word) || EntityRules.eventHeads.contains(word)
            || EntityRules.locationHeads.contains(word) || word == "pt"
    }

    /// The longest run of name tokens and connectors from `i`.
    func extend(from i: Int, limit: Int) -> Int {
        var end = i + 1
        while end < limit {
            if isNameToken(end) || EntityRules.suffixes.contains(folded[end]) && tokens[end].kind == .word {
                end += 1
            } else if EntityRules.connectors.contains(folded[end]), end + 1 < limit, isNameToken(end + 1) {
                end += 2
            } else if tokens[end].kind == .number || folded[end].hasPrefix("ke-"),
                      folded[i..<end].contains(where: { EntityRules.eventHeads.contains($0) }) {
                end += 1
            } else if tokens[end].text == "(", end + 2 < limit, EntityRules.legalForms.contains(folded[end + 1]),
                      tokens[end + 2].text == ")" {
                end += 3
            } else if tokens[end].text == ".", end + 1 < limit, EntityRules.domains.contains(folded[end + 1]),
                      tokens[end + 1].start == tokens[end].end, tokens[end].start == tokens[end - 1].end {
                end += 2
            } else if let official = officialName(from: end, start: i, limit: limit) {
                end = official
            } else {
                break
            }
        }
        return end
    }

    /// "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": commas and "dan" inside an
    /// organisation's name, accepted when an acronym in parentheses follows the name.
    func officialName(from end: Int, start: Int, limit: Int) -> Int? {
        guard (start..<end).contains(where: { EntityRules.organizationHeads.contains(folded[$0]) }),
              folded[end] == "," || folded[end] == "dan" else { return nil }
        var j = end
        while j < limit && j < end + 12 {
            // A second head word means a list of organisations, not one name.
            if isHead(j) { return nil }
            if folded[j] == "," || folded[j] == "dan" || isNameToken(j) { j += 1; continue }
            break
        }
        guard j + 2 < limit, tokens[j].text == "(", isAcronym(j + 1), tokens[j + 2].text == ")", isNameToken(j - 1) else { return nil }
        return j
    }

    /// In a headline, only names already known (or in the gazetteer) count.
    func knownPrefix(from i: Int, end: Int) -> Int {
        var best = i
        var length = 1
        while i + length <= end {
            let key = key(i..<(i + length))
            if known[key] != nil || gazetteer.names[key] != nil || (length == 1 && isAcronym(i)) {
                best = i + length
            }
            length += 1
        }
        return best
    }

    mutating func handle(_ span: Range<Int>, range: Range<Int>, titleCase: Bool) {
        var start = span.lowerBound
        let end = span.upperBound
        // Titles and roles before a name are not part of it.
        var titled = false
        while let title = titleLength(at: start, end: end) {
            start += title
            titled = true
        }
        if !titled, start > range.lowerBound, hasTitle(endingAt: start) {
            titled = true
        }
        // A capitalised common word opening the sentence is not a name (Namun, Saham, Media).
        while start < end, isSentenceInitial(start, in: range) || titleCase, isCommon(start), !isHead(start),
              gazetteerMatch(at: start, end: end) == nil, known[folded[start]] == nil, knownParts[folded[start]] == nil,
              known[key(start..<end)] == nil {
            start += 1
        }
        guard start < end else { return }
        // "Kepala BNPB Suharyanto", "Gubernur Jawa Barat Ridwan Kamil": an organisation or place
        // right after a title, then the person.
        if titled, let prefix = prefixEntity(at: start, end: end), prefix.end < end {
            add(start..<prefix.end, type: prefix.type)
            add(prefix.end..<end, type: .person)
            return
        }
        if let split = organizationTail(start: start, end: end) {
            add(start..<split, type: .organization)
            if split < end { add(split..<end, type: .person) }
            return
        }
        let type = classify(start..<end, titled: titled)
        guard let type else { return }
        add(start..<end, type: type)
        // "Badan Nasional Penanggulangan Bencana (BNPB)": the acronym names the same thing.
        if end + 2 < tokens.count, tokens[end].text == "(", isAcronym(end + 1), tokens[end + 2].text == ")" {
            known[folded[end + 1]] = type
        }
    }

    /// The initials of a span's words, skipping "dan", "dari" and the like: the acronym it would have.
    func initials(_ span: Range<Int>) -> String {
        let skip: Set<String> = ["dan", "dari", "untuk", "di", "ke", "&", "of", "and", "the", "for", ","]
        return String(span.filter { !skip.contains(folded[$0]) && tokens[$0].kind == .word }.compactMap { folded[$0].first })
    }

    func isCommon(_ i: Int) -> Bool {
        let word = folded[i]
        if EntityRules.nonNames.contains(word) { return true }
        if gazetteer.givenNames.contains(word) || isAcronym(i) || isBrand(i) { return false }
        if commonWords.contains(word) { return true }
        return recognizer.analyzer.analyze(word).contains { $0.source != "number" }
    }

    /// An inner capital after a capital: DeepSeek, OpenAI, SoftBank, TikTok (not an acronym).
    func isBrand(_ i: Int) -> Bool {
        guard innerCapital[i], tokens[i].end - tokens[i].start >= 3, !isAcronym(i) else { return false }
        return !utf8[byteStart[i]..<byteEnd[i]].contains(45)
    }

    /// Letters with digits: model and product names (R1, H800, A320).
    func isModelName(_ i: Int) -> Bool {
        guard capitalised[i] else { return false }
        let bytes = utf8[byteStart[i]..<byteEnd[i]]
        return !bytes.contains(UInt8(ascii: "-")) && bytes.contains { $0 >= 48 && $0 <= 57 }
    }

    func titleLength(at start: Int, end: Int) -> Int? {
        for title in gazetteer.titlesByFirst[folded[start]] ?? [] where title.count < end - start {
            if folded[start..<(start + title.count)].elementsEqual(title) { return title.count }
        }
        return nil
    }

    /// A lower-case role just before the name: "pelatih Patrick Kluivert", "ekonom Faisal Basri".
    func hasTitle(endingAt start: Int) -> Bool {
        guard start > 0 else { return false }
        for title in gazetteer.titlesByLast[folded[start - 1]] ?? [] where title.count <= start {
            if folded[(start - title.count)..<start].elementsEqual(title) { return true }
        }
        return false
    }

    func gazetteerMatch(at start: Int, end: Int) -> (end: Int, type: EntityType)? {
        guard start < end, gazetteer.firstWords.contains(folded[start]) else { return nil }
        var length = min(gazetteer.longest, end - start)
        while length >= 1 {
            if let type = gazetteer.type(of: folded[start..<(start + length)]) { return (start + length, type) }
            length -= 1
        }
        return nil
    }

    /// An organisation or place opening the span (a gazetteer entry or an acronym).
    func prefixEntity(at start: Int, end: Int) -> (end: Int, type: EntityType)? {
        if let match = gazetteerMatch(at: start, end: end), match.type != .person {
            // Sumba + Timur: a compass word after a place belongs to it.
            if match.type == .location, match.end < end, EntityRules.directions.contains(folded[match.end]) {
                return (match.end + 1, .location)
            }
            return match
        }
        if isAcronym(start) { return (start + 1, known[folded[start]] ?? .organization) }
        if EntityRules.organizationHeads.contains(folded[start]) || EntityRules.locationHeads.contains(folded[start]) {
            return nil
        }
        return nil
    }

    /// "PT Bank Rakyat Indonesia Tbk Sunarso": the company ends at its legal suffix.
    func organizationTail(start: Int, end: Int) -> Int? {
        guard folded[start] == "pt" else { return nil }
        let ends = ((start + 1)..<end).filter { folded[$0] == "tbk" || folded[$0] == "tbk." || (folded[$0] == ")" && folded[$0 - 1] == "persero") }
        guard let last = ends.last, last + 1 < end else { return nil }
        return last + 1
    }

    func classify(_ span: Range<Int>, titled: Bool) -> EntityType? {
        let words = folded[span]
        let key = words.joined(separator: " ")
        if span.count == 1, EntityRules.nonNames.contains(key) { return nil }
        if span.allSatisfy({ tokens[$0].kind == .number || folded[$0].hasPrefix("ke-") }) { return nil }
        // A head word alone (Divisi, Tim, Pemerintah) names nothing.
        if span.count == 1, isHead(span.lowerBound), gazetteer.names[key] == nil, known[key] == nil { return nil }
        if let type = gazetteer.names[key] ?? known[key] { return type }
        let first = folded[span.lowerBound], last = folded[span.upperBound - 1]
        if span.count == 2, isAcronym(span.lowerBound), gazetteer.names[first] == .organization,
           gazetteer.names[last] == .location {
            return .organization
        }
        // "Komite Stabilitas Sistem Keuangan (KSSK)": a name spelled out before its acronym is
        // an organisation.
        let after = span.upperBound
        if span.count > 1, after + 2 < tokens.count, tokens[after].text == "(", isAcronym(after + 1),
           tokens[after + 2].text == ")", initials(span) == folded[after + 1] {
            return .organization
        }
        if EntityRules.organizationHeads.contains(first) || EntityRules.organizationTails.contains(last) { return .organization }
        if EntityRules.locationHeads.contains(first) { return .location }
        if EntityRules.eventHeads.contains(first) { return .event }
        // A short form of a name found earlier (Liang → Liang Wenfeng, Kluivert → Patrick Kluivert).
        if span.count == 1, let type = shortFormType(of: key) { return type }
        // Capitalised common words are a phrase, not a person: "Perampasan Aset", "Margin",
        // or the rest of a title ("Wakil Menteri Keuangan").
        if span.allSatisfy({ commonWords.contains(folded[$0]) && !gazetteer.givenNames.contains(folded[$0]) }) {
            return nil
        }
        if titled { return .person }
        if span.count > 1, EntityRules.directions.contains(last) { return .location }
        if span.lowerBound > 0, EntityRules.placePrepositions.contains(folded[span.lowerBound - 1]),
           !gazetteer.givenNames.contains(first) {
            return .location
        }
        if span.count == 1, isAcronym(span.lowerBound) { return .organization }
        if span.count == 1, isModelName(span.lowerBound) { return .product }
        if span.count == 1, isBrand(span.lowerBound) { return .organization }
        if span.count == 1, let scalar = tokens[span.lowerBound].text.unicodeScalars.first, !scalar.properties.isUppercase {
            return tokens[span.lowerBound].text.hasPrefix("i") ? .product : .organization
        }
        // One unknown capitalised word, with no title, no given name and no earlier full name,
        // is as likely a brand or a product as a person: leave it unmarked rather than guess.
        if span.count == 1, !gazetteer.givenNames.contains(first) { return nil }
        return .person
    }

    /// A single word that is part of a name found earlier (Kluivert → Patrick Kluivert).
    func shortFormType(of key: String) -> EntityType? {
        knownParts[key]
    }

    mutating func add(_ span: Range<Int>, type: EntityType) {
        guard !span.isEmpty else { return }
        let first = tokens[span.lowerBound], last = tokens[span.upperBound - 1]
        var end = last.end, endByte = byteEnd[span.upperBound - 1]
        // Colossus-nya: the clitic is not part of the name.
        let lastWord = folded[span.upperBound - 1]
        for clitic in ["-nya", "-ku", "-mu"] where lastWord.hasSuffix(clitic) && lastWord.utf8.count > clitic.utf8.count + 1 {
            end -= clitic.utf8.count
            endByte -= clitic.utf8.count
        }
        let from = byteStart[span.lowerBound]
        let text = utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[from..<endByte]), as: UTF8.self) }
        found.append(EntityMention(type: type, start: first.start, end: end, text: text))
        known[key(span)] = type
        if span.count > 1, type == .person {
            knownParts[folded[span.lowerBound]] = knownParts[folded[span.lowerBound]] ?? type
            knownParts[folded[span.upperBound - 1]] = knownParts[folded[span.upperBound - 1]] ?? type
        }
        // The acronym defined right after: "(BNPB)".
        let after = span.upperBound
        if after + 2 < tokens.count, tokens[after].text == "(", isAcronym(after + 1), tokens[after + 2].text == ")" {
            known[folded[after + 1]] = type
        }
    }
}
