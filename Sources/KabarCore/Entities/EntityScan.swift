/// One pass of the recogniser over a text's tokens: builds candidate name spans, strips
/// titles and sentence-initial words, splits and classifies them, and remembers what it found
/// so later short forms and headlines can be read against it.
struct EntityScan {
    /// The tokens, with their scalar and byte offsets (no texts: those are read from `utf8`).
    let tokens: [TokenSpan]
    /// The text's UTF-8 bytes: mention texts are cut from these without decoding the whole
    /// text into scalars.
    let utf8: [UInt8]
    /// Per token, its folded word (lower case), its code in the name lists (`NameCodes`), and
    /// its number among the text's words (`TextWords`): tokens with equal folded words share it.
    let folded: TextWords.Folded
    let codes: [UInt32]
    let numbers: [Int32]
    /// Per token, its distinct folded form (the analyser's memo is kept per form).
    let entries: [Int32]
    /// Per token, computed once: starts with a capital / has a capital after the first letter /
    /// is an acronym (BNPB).
    let capitalised: [Bool]
    let innerCapital: [Bool]
    let acronym: [Bool]
    /// Per token, what its folded word is in the name lists and rules (one lookup per word).
    let flags: [WordFlags.RawValue]
    /// Per distinct form, whether the morphological analyser reads it as a common word (asked lazily).
    let commonMemo: CommonMemo
    /// The text's words, to find the words of names learnt from elsewhere.
    let words: TextWords
    /// The number of the word ",", if the text has one.
    let comma: Int32

    @inline(__always)
    func has(_ i: Int, _ flag: WordFlags) -> Bool { flags[i] & flag.rawValue != 0 }

    /// Whether the text reads as a sports report (countries then stand for their teams).
    let isSportsReport: Bool
    private(set) var found: [EntityMention] = []
    /// Names found so far (the text's word numbers) → type, for short forms and headlines.
    private var known: KnownNames
    /// Per word number: an acronym the text defines as a common noun ("demam berdarah dengue (DBD)").
    private var commonAcronyms: [Bool]
    /// Per word number: the type of a multi-word name found so far that it starts or ends (short forms).
    private var knownParts: [EntityType?]

    /// - Parameters:
    ///   - tokens: the tokens of the text whose UTF-8 bytes are `utf8`.
    init(recognizer: EntityRecognizer, tokens: [TokenSpan], utf8: [UInt8]) {
        self.analyzer = recognizer.analyzer
        self.lists = recognizer.lists
        self.tokens = tokens
        self.utf8 = utf8
        // Names take about a quarter of an article's tokens (a long text repeats its names).
        self.known = KnownNames(words: min(tokens.count / 4, 4096))
        // Each distinct word folded and looked up once; each token's case read from its bytes.
        let words = utf8.withUnsafeBufferPointer { TextWords(tokens: tokens, utf8: $0, lists: recognizer.lists) }
        var sportsWords = 0
        for flag in words.flags where flag & WordFlags.sportsWords.rawValue != 0 { sportsWords += 1 }
        self.folded = words.folded
        self.codes = words.codes
        self.numbers = words.numbers
        self.entries = words.entries
        self.flags = words.flags
        self.words = words
        self.comma = words.number(of: ",") ?? -1
        self.commonMemo = CommonMemo(count: words.entryCount)
        self.commonAcronyms = [Bool](repeating: false, count: words.numberCount)
        self.knownParts = [EntityType?](repeating: nil, count: words.numberCount)
        self.isSportsReport = sportsWords >= 3
        self.capitalised = words.capitalised
        self.innerCapital = words.innerCapital
        self.acronym = words.acronym
    }

    /// The text's sentences (`SentenceSplitter`), newlines looked for only in the gaps between
    /// tokens, in the bytes the scan holds.
    func sentences() -> [Sentence] {
        let tokens = tokens
        return utf8.withUnsafeBufferPointer { utf8 in
            SentenceSplitter().split(tokens: tokens) { i in
                SentenceSplitter.hasNewline(UnsafeBufferPointer(rebasing: utf8[tokens[i].byteEnd..<tokens[i + 1].byteStart]))
            }
        }
    }

    // MARK: name lookups, word by word

    /// `gazetteer.names` of the span's words (commas skipped, as in every key of the lists).
    func namesType(_ span: Range<Int>) -> EntityType? {
        var node = CodeTrie.root
        for i in span where numbers[i] != comma {
            guard let next = lists.names.child(node, codes[i]) else { return nil }
            node = next
        }
        return NameCodes.type(lists.names.payload(node))
    }

    /// Whether the span's words (commas skipped) are a phrase that is never an entity.
    func isNonEntity(_ span: Range<Int>) -> Bool {
        var node = CodeTrie.root
        for i in span where numbers[i] != comma {
            guard let next = lists.nonEntities.child(node, codes[i]) else { return false }
            node = next
        }
        return lists.nonEntities.payload(node) != 0
    }

    /// The type of a name found so far whose words are the span's (commas skipped).
    func knownType(_ span: Range<Int>) -> EntityType? {
        var node = CodeTrie.root
        for i in span where numbers[i] != comma {
            guard let next = known.next(node, numbers[i]) else { return nil }
            node = next
        }
        return known.type(node)
    }

    /// The type of a one-word name found so far that is token `i`'s word.
    func knownWord(_ i: Int) -> EntityType? {
        known.next(CodeTrie.root, numbers[i]).flatMap(known.type)
    }

    /// Remembers the span's words (commas skipped) as a name of `type`.
    mutating func setKnown(_ span: Range<Int>, _ type: EntityType) {
        let numbers = numbers, comma = comma
        known.set(span.lazy.filter { numbers[$0] != comma }.map { numbers[$0] }, type)
    }

    /// The recogniser's lists and analyser, held by reference (one count each per text).
    let lists: NameCodes
    let analyzer: MorphAnalyzer

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
        if let last = range.last, tokens[last].kind == .punctuation,
           let text = Optional(folded[last]), text == "." || text == "!" || text == "?" || text == "…" { return false }
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
            if isAcronym(i), definesCommonNoun(i) {
                commonAcronyms[Int(numbers[i])] = true
                i += 1
                continue
            }
            if !titleCase {
                // Titles and roles before a name, matched on the running words (they may hold
                // lower-case words: "Menteri Kelautan dan Perikanan"), then the portfolio of the
                // role ("Direktur Jenderal Pajak", "Kepala Eksekutif Pengawas Pasar Modal").
                var j = i
                while j < range.upperBound, let title = roleLength(at: j, limit: range.upperBound) { j += title }
                if j > i || hasTitle(endingAt: i) {
                    if j > i { j = skipPortfolio(from: j, limit: range.upperBound) }
                    guard j < range.upperBound, isNameToken(j) else { i = max(j, i + 1); continue }
                    let end = extend(from: j, limit: range.upperBound)
                    handleTitled(j..<end, range: range)
                    i = max(end, j + 1)
                    continue
                }
                // A capitalised common word opening the sentence is not a name (Namun, Saham, Media),
                // nor is a closed-class word alone that is also a given name ("Yang penting…").
                if isSentenceInitial(i, in: range),
                   isCommon(i) || (has(i, .closedClass) && !(i + 1 < range.upperBound && isNameToken(i + 1))),
                   !isHead(i), gazetteerMatch(at: i, end: range.upperBound) == nil,
                   knownWord(i) == nil, knownParts[Int(numbers[i])] == nil,
                   knownType(i..<extend(from: i, limit: range.upperBound)) == nil {
                    i += 1
                    continue
                }
            }
            var end = extend(from: i, limit: range.upperBound)
            // A word that is never a name does not start one ("di AI AS": the place is AS),
            // unless a listed or known name starts with it, or it opens a phrase that names
            // nothing (Jumat Agung).
            if has(i, .nonNames), end > i + 1, knownMatch(at: i, limit: range.upperBound) == nil,
               !(i + 2...end).contains(where: { isNonEntity(i..<$0) }) {
                i += 1
                continue
            }
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

    /// "high pressure acid leach (HPAL)", "rencana kerja dan anggaran biaya (RKAB)": an acronym in
    /// parentheses after lower-case words whose initials it spells names no entity.
    func definesCommonNoun(_ i: Int) -> Bool {
        guard i >= 2, i + 1 < tokens.count, folded[i - 1] == "(", folded[i + 1] == ")" else { return false }
        let letters = Array(folded[i].filter { $0.isLetter })
        guard letters.count >= 2 else { return false }
        var j = i - 2
        var initials: [Character] = []
        while j >= 0, initials.count < letters.count, tokens[j].kind == .word, !capitalised[j], !innerCapital[j] {
            if !["dan", "di", "ke", "dari", "untuk", "yang", "atau", "of", "and", "the", "for"].contains(folded[j]), let first = folded[j].first {
                initials.insert(first, at: 0)
            }
            j -= 1
        }
        return initials == letters
    }

    /// A title or role starting at `i` (not when a longer name starts there: Raja Ampat).
    func roleLength(at i: Int, limit: Int) -> Int? {
        guard has(i, .titleFirst), let candidates = lists.titlesByFirst[codes[i]] else { return nil }
        for title in candidates where i + title.count <= limit {
            if codes[i..<(i + title.count)].elementsEqual(title) {
                if let match = knownMatch(at: i, limit: limit), match.end > i + title.count { return nil }
                return title.count
            }
        }
        return nil
    }

    /// The portfolio after a role: capitalised common words, joined by "dan" and commas, up to
    /// the name of a body, a place or a person.
    func skipPortfolio(from start: Int, limit: Int) -> Int {
        var j = start
        var last = start
        while j < limit {
            if capitalised[j], !isAcronym(j), isCommon(j), !isHead(j), !has(j, .givenName),
               knownMatch(at: j, limit: limit) == nil, knownParts[Int(numbers[j])] == nil {
                j += 1
                last = j
            } else if folded[j] == "bidang", capitalised[j], j + 1 < limit, capitalised[j + 1], !isAcronym(j + 1),
                      knownMatch(at: j + 1, limit: limit) == nil, !has(j + 1, .givenName) {
                // "Deputi Bidang Geofisika BMKG": the field after "Bidang" is part of the role.
                j += 2
                last = j
            } else if folded[j] == "dan" || folded[j] == ",", j + 1 < limit, capitalised[j + 1],
                      isCommon(j + 1), !isHead(j + 1), knownMatch(at: j + 1, limit: limit) == nil {
                j += 1
            } else {
                break
            }
        }
        return last
    }

    /// A gazetteer or earlier-found name starting at `start`, on the running words (a name may
    /// hold "dan" and commas: Kementerian Pemuda dan Olahraga).
    func knownMatch(at start: Int, limit: Int) -> (end: Int, type: EntityType)? {
        if let match = gazetteerMatch(at: start, end: limit) { return match }
        if known.isEmpty { return nil }
        var best: (end: Int, type: EntityType)? = nil
        var j = start
        var node = CodeTrie.root
        // No known name has more words than `known.mostWords`.
        let stop = start + min(8, known.mostWords)
        while j < limit, j < stop, tokens[j].kind == .word || tokens[j].kind == .number {
            guard let next = known.next(node, numbers[j]) else { break }
            node = next
            j += 1
            if let type = known.type(node) { best = (j, type) }
        }
        return best
    }

    /// A titled span: an organisation or place may come first ("Kepala BNPB Suharyanto",
    /// "Gubernur Jawa Barat Dedi Mulyadi", "Kabid Humas Polda Sumsel Kombes Nandang"), then the person.
    mutating func handleTitled(_ span: Range<Int>, range: Range<Int>) {
        let start = span.lowerBound, end = span.upperBound
        if listed(span) != nil || knownType(span) != nil || isNonEntity(span) {
            if let type = classify(span, titled: true) { add(span, type: type) }
            return
        }
        // A second title inside the span: the body before it, the person after it.
        if span.count > 2 {
            for k in (start + 1)..<(end - 1) where capitalised[k] && has(k, .ranks) {
                if let title = titleLength(at: k, end: end), k + title < end,
                   knownMatch(at: k, limit: end).map({ $0.end <= k + title }) ?? true {
                    if let (body, type) = classifyBody(start..<k) { add(body, type: type) }
                    var p = k + title
                    while let more = titleLength(at: p, end: end) { p += more }
                    add(p..<end, type: .person)
                    return
                }
            }
        }
        // "Direktur Jenderal Mineral dan Batubara Kementerian ESDM ...": a word of the role's
        // portfolio the common-word test missed, before a known body.
        if !isHead(start), !isAcronym(start), knownMatch(at: start, limit: end) == nil {
            for k in (start + 1)..<min(end, start + 3) where isHead(k) || isAcronym(k) {
                if knownMatch(at: k, limit: end) != nil {
                    handleTitled(k..<end, range: range)
                    return
                }
            }
        }
        if let prefix = prefixEntity(at: start, end: end), prefix.end < end {
            add(start..<prefix.end, type: prefix.type)
            add(prefix.end..<end, type: .person)
            return
        }
        if let split = organizationTail(start: start, end: end) {
            add(start..<split, type: .organization)
            if split < end { add(split..<end, type: .person) }
            return
        }
        guard let type = classify(span, titled: true) else { return }
        add(span, type: type)
    }

    /// The body or place named between two titles: "Polda Sumsel", "Komisi III DPR".
    func classifyBody(_ span: Range<Int>) -> (Range<Int>, EntityType)? {
        if let type = listed(span) ?? knownType(span) { return (span, type) }
        // "Humas Polda Sumsel": the body starts at its head word or acronym.
        if let first = span.first(where: { isHead($0) || isAcronym($0) }), first > span.lowerBound {
            return classifyBody(first..<span.upperBound)
        }
        if span.count == 1, isAcronym(span.lowerBound) { return (span, .organization) }
        return (span, classify(span, titled: false) ?? .organization)
    }

    /// A run of capitalised words may hold several names: "AI Guangdong", "GPU Nvidia",
    /// "Nvidia H800". It is cut where an acronym or a model name meets other words, unless the
    /// run is a known name or starts with a word that heads a name (Bank BRI, KTT ASEAN).
    func pieces(of span: Range<Int>) -> [Range<Int>] {
        guard span.count > 1 else { return [span] }
        if listed(span) != nil || knownType(span) != nil { return [span] }
        var result: [Range<Int>] = []
        var start = span.lowerBound
        // A known multi-word name at the start is one piece: "PDI Perjuangan", "Bank Indonesia".
        if let match = gazetteerMatch(at: start, end: span.upperBound), match.end - start >= 2, match.end < span.upperBound,
           !(match.end..<span.upperBound).allSatisfy({ tokens[$0].kind == .number || folded[$0].hasPrefix("ke-") }),
           folded[match.end] != "dan", folded[match.end] != ",",
           !isCommon(match.end) || has(match.end, .givenName) || isHead(match.end),
           // "Pengadilan Negeri Jakarta Selatan": a body and the place it serves are one name.
           !(match.type == .organization && knownMatch(at: match.end, limit: span.upperBound).map({ $0.type == .location && $0.end == span.upperBound }) == true),
           // "Partai Demokrat Konstitusional Jepang": unknown words that start no name of their own continue it.
           !(isHead(start) && !isAcronym(match.end) && knownMatch(at: match.end, limit: span.upperBound) == nil
             && !(match.end..<span.upperBound).contains(where: { has($0, .givenName) || isHead($0) })) {
            return [start..<match.end] + pieces(of: match.end..<span.upperBound)
        }
        // A name ending in a word that marks a body or an event is one name: "AHA Centre",
        // "ONIC Esports", "M7 World Championship", "MPL Indonesia Season 16"; so is a product line
        // with its model: "Galaxy A26".
        let lastWord = span.last(where: { tokens[$0].kind == .word }) ?? span.lowerBound
        let tailed = lastWord > span.lowerBound && (has(lastWord, .organizationWords) || has(lastWord, .eventTails))
            && !span.contains(where: { has($0, .givenName) })
        let product = listedWord(span.lowerBound) == .product
        for i in (span.lowerBound + 1)..<span.upperBound {
            // A person's name after an organisation or place: "Universitas Sriwijaya Dian
            // Kartika Sari", "Mirae Asset Sekuritas Indonesia Yoga Prasetya".
            if i - start >= 2 || (i - start == 1 && listedWord(start) == .location),
               has(i, .givenName), !has(i - 1, .givenName),
               !has(i - 1, .connectors), !has(i - 1, .titleFirst),
               (start..<i).contains(where: { isHead($0) || isAcronym($0) || listedWord($0) != nil }),
               (i..<span.upperBound).allSatisfy({ has($0, .givenName) || !isCommon($0) }),
               !(i..<span.upperBound).contains(where: { folded[$0] == "tbk" || folded[$0] == "tbk." }) {
                result.append(start..<i)
                start = i
                continue
            }
            // An event head starts a new name: "Grup A Piala AFF 2026".
            if has(i, .eventHeads), i > start, !isHead(start) {
                result.append(start..<i)
                start = i
                continue
            }
            // A known body's regional branch stays one name: "BPBD Garut", "DPRD NTT".
            let headed = isHead(start) || (i - 1 == start && isAcronym(start) && listedWord(start) == .organization
                && gazetteerMatch(at: i, end: i + 1)?.type == .location)
            let boundary = (isAcronym(i) != isAcronym(i - 1)) || isModelName(i) || isModelName(i - 1)
            let joined = has(i, .connectors) || has(i - 1, .connectors)
                || has(i, .suffixes) || tokens[i].kind != .word
            if boundary, !headed, !joined, !tailed, !(product && start == span.lowerBound), titleLength(at: start, end: i + 1) != i + 1 - start {
                result.append(start..<i)
                start = i
            }
        }
        result.append(start..<span.upperBound)
        return result
    }

    /// Whether token `i`'s flags were looked up (words and "&"): only then does a missing
    /// flag prove the word is in no list.
    @inline(__always)
    func isFlagged(_ i: Int) -> Bool { tokens[i].kind == .word || folded[i] == "&" }

    /// `gazetteer.names` of the span's words (commas skipped): when its first word starts no
    /// listed name, nothing is looked up.
    func listed(_ span: Range<Int>) -> EntityType? {
        if !span.isEmpty, numbers[span.lowerBound] != comma, isFlagged(span.lowerBound),
           !has(span.lowerBound, .gazetteerFirst) { return nil }
        return namesType(span)
    }

    /// `gazetteer.names` of token `i`'s folded word.
    func listedWord(_ i: Int) -> EntityType? { listed(i..<(i + 1)) }

    func isHead(_ i: Int) -> Bool {
        flags[i] & WordFlags.heads.rawValue != 0
    }

    /// The longest run of name tokens and connectors from `i`.
    func extend(from i: Int, limit: Int) -> Int {
        var end = i + 1
        while end < limit {
            if isNameToken(end) || has(end, .suffixes) && tokens[end].kind == .word {
                end += 1
            } else if has(end, .connectors), end + 1 < limit, isNameToken(end + 1) {
                end += 2
            } else if has(end, .englishConnectors), !capitalised[end], end + 1 < limit, isNameToken(end + 1),
                      has(end - 1, .englishConnectors) == false, !isCommon(end - 1) || isHead(i) || has(end - 1, .organizationWords) {
                end += 2
            } else if tokens[end].kind == .number, tokens[end].end - tokens[end].start <= 3, listedWord(i) == .product {
                end += 1
            } else if tokens[end].kind == .number || folded[end].hasPrefix("ke-"),
                      (i..<end).contains(where: { has($0, .eventHeads) }) {
                end += 1
            } else if folded[end] == "(", end + 2 < limit, has(end + 1, .legalForms),
                      folded[end + 2] == ")" {
                end += 3
            } else if folded[end] == ".", end + 1 < limit, has(end + 1, .domains),
                      tokens[end + 1].start == tokens[end].end, tokens[end].start == tokens[end - 1].end {
                end += 2
            } else if tokens[end].kind == .number, has(end - 1, .eventTails) {
                end += 1
            } else if folded[end] == "dan" || folded[end] == ",", let through = nameThrough(from: i, at: end, limit: limit) {
                end = through
            } else if let official = officialName(from: end, start: i, limit: limit) {
                end = official
            } else {
                break
            }
        }
        return end
    }

    /// A listed name that goes on past "dan" or a comma (Kementerian Pemuda dan Olahraga), or a
    /// body's field joined by "dan" (Dinas Pekerjaan Umum dan Perumahan Rakyat NTT).
    func nameThrough(from i: Int, at end: Int, limit: Int) -> Int? {
        for h in i..<end where h == i || isHead(h) {
            if let match = gazetteerMatch(at: h, end: limit), match.end > end + 1 { return match.end }
        }
        guard folded[end] == "dan", end + 1 < limit, capitalised[end + 1], isCommon(end + 1), !isHead(end + 1),
              gazetteerMatch(at: end + 1, end: limit) == nil,
              (i..<end).contains(where: { has($0, .organizationHeads) }),
              (i..<end).allSatisfy({ !has($0, .givenName) }) else { return nil }
        return end + 2
    }

    /// "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": commas and "dan" inside an
    /// organisation's name, accepted when an acronym in parentheses follows the name.
    func officialName(from end: Int, start: Int, limit: Int) -> Int? {
        guard (start..<end).contains(where: { has($0, .organizationHeads) }),
              folded[end] == "," || folded[end] == "dan" else { return nil }
        var j = end
        while j < limit && j < end + 12 {
            // A second head word means a list of organisations, not one name.
            if isHead(j) { return nil }
            if folded[j] == "," || folded[j] == "dan" || isNameToken(j) { j += 1; continue }
            break
        }
        guard j + 2 < limit, folded[j] == "(", isAcronym(j + 1), folded[j + 2] == ")", isNameToken(j - 1) else { return nil }
        return j
    }

    /// In a headline, only names already known (or in the gazetteer) count.
    func knownPrefix(from i: Int, end: Int) -> Int {
        var best = i
        var length = 1
        // The known and the listed names that i..<(i + length) (commas skipped) starts, word
        // by word: once neither list has a name going on, no longer one can match.
        var knownNode: Int32? = CodeTrie.root
        // Only a word that starts a listed name can start a listed key here.
        let mayBeListed = numbers[i] == comma || !isFlagged(i) || has(i, .gazetteerFirst)
        var namesNode: Int32? = mayBeListed ? CodeTrie.root : nil
        while i + length <= end {
            let last = i + length - 1
            if numbers[last] != comma {
                knownNode = knownNode.flatMap { known.next($0, numbers[last]) }
                namesNode = namesNode.flatMap { lists.names.child($0, codes[last]) }
            }
            // A lone comma is a key of its own, and no name.
            let lone = length == 1 && numbers[i] == comma
            let isKnown = !lone && knownNode.map { known.type($0) != nil } == true
            let isListed = !lone && namesNode.map { lists.names.payload($0) != 0 } == true
            if isKnown || isListed || (length == 1 && isAcronym(i)) {
                best = i + length
            }
            if knownNode == nil && namesNode == nil { break }
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
              gazetteerMatch(at: start, end: end) == nil, knownWord(start) == nil, knownParts[Int(numbers[start])] == nil,
              knownType(start..<end) == nil {
            start += 1
        }
        guard start < end else { return }
        if titled {
            handleTitled(start..<end, range: range)
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
    }

    /// The initials of a span's words, skipping "dan", "dari" and the like: the acronym it would have.
    func initials(_ span: Range<Int>) -> String {
        let skip: Set<String> = ["dan", "dari", "untuk", "di", "ke", "&", "of", "and", "the", "for", ","]
        return String(span.filter { !skip.contains(folded[$0]) && tokens[$0].kind == .word }.compactMap { folded[$0].first })
    }

    func isCommon(_ i: Int) -> Bool {
        let word = folded[i]
        if has(i, .nonNames) { return true }
        if has(i, .givenName) || isAcronym(i) || isBrand(i) { return false }
        if has(i, .commonWord) { return true }
        if let known = commonMemo.value(Int(entries[i])) { return known }
        let common = analyzer.analyze(word).contains { $0.source != "number" }
        commonMemo.set(Int(entries[i]), common)
        return common
    }

    /// Token `i`'s text, as written.
    func text(of i: Int) -> String {
        utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[tokens[i].byteStart..<tokens[i].byteEnd]), as: UTF8.self) }
    }

    /// An inner capital after a capital: DeepSeek, OpenAI, SoftBank, TikTok (not an acronym).
    func isBrand(_ i: Int) -> Bool {
        guard innerCapital[i], tokens[i].end - tokens[i].start >= 3, !isAcronym(i) else { return false }
        return !utf8[tokens[i].byteStart..<tokens[i].byteEnd].contains(45)
    }

    /// Letters with digits: model and product names (R1, H800, A320).
    func isModelName(_ i: Int) -> Bool {
        guard capitalised[i] else { return false }
        let bytes = utf8[tokens[i].byteStart..<tokens[i].byteEnd]
        return !bytes.contains(UInt8(ascii: "-")) && bytes.contains { $0 >= 48 && $0 <= 57 }
    }

    func titleLength(at start: Int, end: Int) -> Int? {
        guard has(start, .titleFirst), let candidates = lists.titlesByFirst[codes[start]] else { return nil }
        for title in candidates where title.count < end - start {
            if codes[start..<(start + title.count)].elementsEqual(title) {
                if let match = gazetteerMatch(at: start, end: end), match.end > start + title.count { return nil }
                return title.count
            }
        }
        return nil
    }

    /// A lower-case role just before the name: "pelatih Patrick Kluivert", "ekonom Faisal Basri".
    func hasTitle(endingAt start: Int) -> Bool {
        guard start > 0, has(start - 1, .titleLast) else { return false }
        for title in lists.titlesByLast[codes[start - 1]] ?? [] where title.count <= start {
            if codes[(start - title.count)..<start].elementsEqual(title) { return true }
        }
        return false
    }

    func gazetteerMatch(at start: Int, end: Int) -> (end: Int, type: EntityType)? {
        guard start < end, has(start, .gazetteerFirst) else { return nil }
        // Word by word, commas skipped (Kementerian Pendidikan Tinggi, Sains, dan Teknologi),
        // while some listed name can still go on.
        guard var node = lists.names.child(CodeTrie.root, codes[start]) else { return nil }
        var best: (end: Int, type: EntityType)? = nil
        if let type = NameCodes.type(lists.names.payload(node)) { best = (start + 1, type) }
        var j = start + 1
        while j < end, lists.names.branches(node) {
            if numbers[j] != comma {
                guard let next = lists.names.child(node, codes[j]) else { break }
                node = next
                if let type = NameCodes.type(lists.names.payload(node)) { best = (j + 1, type) }
            }
            j += 1
        }
        return best
    }

    /// An organisation or place opening the span (a gazetteer entry or an acronym).
    func prefixEntity(at start: Int, end: Int) -> (end: Int, type: EntityType)? {
        if let match = knownMatch(at: start, limit: end), match.type != .person,
           // "Dinas Pekerjaan Umum dan Perumahan Rakyat NTT": the listed name goes on.
           match.end == end || (folded[match.end] != "dan" && folded[match.end] != ",") {
            var e = match.end
            // Sumba + Timur: a compass word after a place belongs to it.
            if match.type == .location, e < end, has(e, .directions) { e += 1 }
            // A body's regional branch: "KPU Jawa Barat", "DPRD NTT", "Pengadilan Tipikor Palembang".
            if match.type == .organization, e < end, let place = knownMatch(at: e, limit: end), place.type == .location {
                if place.end == end { return nil }
                if isAcronym(start) || isHead(start) { e = place.end }
            }
            return e < end ? (e, match.type) : nil
        }
        if isHead(start) || isAcronym(start) {
            // The body runs over its name, then Roman numerals, acronyms and places ("Komisi III
            // DPR", "Polda Sumsel", "Universitas Sriwijaya"); the person starts at a given name or
            // at the first other word after those.
            var sawDesignator = isAcronym(start) && !isHead(start)
            var e = start + 1
            while e < end {
                if isAcronym(e) || has(e, .romanNumerals) { sawDesignator = true; e += 1; continue }
                if let place = knownMatch(at: e, limit: end), place.type != .person { sawDesignator = true; e = place.end; continue }
                if has(e, .givenName), e > start + 1 || sawDesignator { return (e, .organization) }
                if sawDesignator, !isCommon(e) { return (e, .organization) }
                if isAcronym(start), !isHead(start) { return (e, knownWord(start) ?? .organization) }
                e += 1
            }
            return nil
        }
        // "Indofood CBP Gideon Andreas Putra": a name that ends in an acronym, then the person.
        if let last = (start..<(end - 1)).last(where: { isAcronym($0) }), last > start,
           ((last + 1)..<end).allSatisfy({ !isAcronym($0) && listedWord($0) == nil }) {
            return (last + 1, .organization)
        }
        // "Mirae Asset Sekuritas Indonesia Yoga Prasetya": a word that marks a company, then a given name.
        if let signal = (start..<(end - 1)).first(where: { has($0, .organizationWords) }),
           let person = ((signal + 1)..<end).first(where: { has($0, .givenName) }) {
            return (person, .organization)
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
        // The span's words with its commas (no listed or known name holds a comma).
        let hasComma = span.contains { numbers[$0] == comma }
        if span.count == 1, has(span.lowerBound, .nonNames) { return nil }
        if !hasComma, isNonEntity(span) { return nil }
        if span.allSatisfy({ tokens[$0].kind == .number || folded[$0].hasPrefix("ke-") }) { return nil }
        if span.count == 1, commonAcronyms[Int(numbers[span.lowerBound])] { return nil }
        // "Grup A", "Pool B": a draw's group is no name.
        if span.count == 2, has(span.lowerBound, .groupWords), tokens[span.upperBound - 1].end - tokens[span.upperBound - 1].start == 1 {
            return nil
        }
        let listedType = hasComma ? nil : listed(span)
        let knownType = hasComma ? nil : knownType(span)
        // "RUU Perampasan Aset", "UU Cipta Kerja": the title of a law.
        if span.lowerBound > 0, has(span.lowerBound - 1, .lawWords)
            || (span.lowerBound > 2 && folded[span.lowerBound - 1] == ")" && has(span.lowerBound - 2, .lawWords)),
           listedType == nil { return nil }
        // A head word alone (Divisi, Tim, Pemerintah) names nothing.
        if span.count == 1, isHead(span.lowerBound), listedType == nil, knownType == nil { return nil }
        if let type = listedType {
            // In a sports report a country stands for its team: "Vietnam unggul", "atas Thailand".
            if type == .location, isSportsReport, isTeamContext(span) { return .organization }
            return type
        }
        if let type = knownType { return type }
        // A listed body and the place of its branch: "HNSI Natuna", "Grab Vietnam".
        if span.count == 2, listedWord(span.lowerBound) == .organization, listedWord(span.upperBound - 1) == .location {
            return .organization
        }
        // "Komite Stabilitas Sistem Keuangan (KSSK)": a name spelled out before its acronym is
        // an organisation.
        let after = span.upperBound
        if span.count > 1, after + 2 < tokens.count, folded[after] == "(", isAcronym(after + 1),
           folded[after + 2] == ")", initials(span) == folded[after + 1] {
            return .organization
        }
        let hasGivenName = span.contains { has($0, .givenName) }
        if has(span.lowerBound, .organizationHeads) || has(span.upperBound - 1, .organizationTails) { return .organization }
        if has(span.lowerBound, .locationHeads) { return .location }
        if has(span.lowerBound, .eventHeads) { return .event }
        // "ASEAN Dengue Day", "M7 World Championship", "Indonesia Open 2026".
        if span.count > 1, let word = span.last(where: { tokens[$0].kind == .word }), word > span.lowerBound,
           has(word, .eventTails) {
            return .event
        }
        // "Ford Motor Company", "Mirae Asset Sekuritas": a word that marks a company.
        if span.count > 1, !hasGivenName, span.contains(where: { has($0, .organizationWords) }) {
            return .organization
        }
        // A short form of a name found earlier (Liang → Liang Wenfeng, Kluivert → Patrick Kluivert).
        if span.count == 1, let type = shortFormType(of: span.lowerBound) { return type }
        // A product line and its model: "Galaxy A26", "Redmi Note 14".
        if gazetteerMatch(at: span.lowerBound, end: span.upperBound)?.type == .product { return .product }
        // "vaksin Qdenga", "biskuit Roma", "aplikasi DanaKilat": a kind of goods before the name;
        // "Pop Mie dan Chitato Lite": a second product in a list.
        if span.lowerBound > 0, !capitalised[span.lowerBound - 1], tokens[span.lowerBound - 1].kind == .word,
           has(span.lowerBound - 1, .productNouns)
            || (span.lowerBound > 1 && !capitalised[span.lowerBound - 2] && has(span.lowerBound - 2, .productNouns))
            || (span.lowerBound > 1 && (folded[span.lowerBound - 1] == "dan" || folded[span.lowerBound - 1] == ",")
                && found.last.map({ $0.type == .product && $0.end == tokens[span.lowerBound - 2].end }) == true) {
            return .product
        }
        // Capitalised common words are a phrase, not a person: "Perampasan Aset", "Margin",
        // or the rest of a title ("Wakil Menteri Keuangan").
        if !hasGivenName, span.allSatisfy({ tokens[$0].kind != .word || isCommon($0) }) {
            return nil
        }
        if titled { return .person }
        if span.count > 1, has(span.upperBound - 1, .directions) { return .location }
        if span.lowerBound > 0, has(span.lowerBound - 1, .placePrepositions),
           !has(span.lowerBound, .givenName) {
            return .location
        }
        // "Sorowako, Kabupaten Luwu Timur": a place followed by the larger place it lies in.
        if !hasGivenName, after + 1 < tokens.count, folded[after] == ",",
           has(after + 1, .locationHeads) || knownMatch(at: after + 1, limit: min(tokens.count, after + 6))?.type == .location {
            return .location
        }
        if span.count == 1, isAcronym(span.lowerBound) { return .organization }
        if span.count > 1, span.allSatisfy({ isAcronym($0) }) { return .organization }
        if span.count == 1, isModelName(span.lowerBound) { return .product }
        if span.count == 1, isBrand(span.lowerBound) { return .organization }
        if span.count == 1, let scalar = Unicode.Scalar(tokens[span.lowerBound].first), !scalar.properties.isUppercase {
            // "ber-Wolbachia", "di-PHK": a lower-case prefix on a name is no name.
            if utf8[tokens[span.lowerBound].byteStart..<tokens[span.lowerBound].byteEnd].contains(45) { return nil }
            return text(of: span.lowerBound).hasPrefix("i") ? .product : .organization
        }
        // One unknown capitalised word, with no title, no given name and no earlier full name,
        // is as likely a brand or a product as a person: leave it unmarked rather than guess.
        if span.count == 1, !has(span.lowerBound, .givenName) { return nil }
        // Words with a common word among them and no given name ("Kereta Cepat", "Pasar Baru",
        // "Kopi Kenangan") name a place, a body or a thing more often than a person.
        if !hasGivenName, !span.contains(where: { knownParts[Int(numbers[$0])] != nil }), span.contains(where: { tokens[$0].kind == .word && isCommon($0) }) {
            return nil
        }
        return .person
    }

    /// A country playing: "atas Vietnam", "menghadapi Thailand", "Vietnam unggul", "Indonesia memimpin".
    func isTeamContext(_ span: Range<Int>) -> Bool {
        if span.lowerBound > 0, has(span.lowerBound - 1, .opponentWords) { return true }
        if span.upperBound < tokens.count, has(span.upperBound, .teamVerbs) { return true }
        // "bermain imbang 1-1 dengan Filipina"
        if span.lowerBound > 0, folded[span.lowerBound - 1] == "dengan",
           (max(0, span.lowerBound - 6)..<(span.lowerBound - 1)).contains(where: { folded[$0] == "imbang" || folded[$0] == "bertanding" || folded[$0] == "berhadapan" }) {
            return true
        }
        return false
    }

    /// A single word that is part of a name found earlier (Kluivert → Patrick Kluivert).
    func shortFormType(of i: Int) -> EntityType? {
        knownParts[Int(numbers[i])]
    }

    /// Detached clitics that are not part of a name, as bytes ("Colossus-nya").
    static let clitics: [[UInt8]] = ["-nya", "-ku", "-mu"].map { Array($0.utf8) }

    mutating func add(_ span: Range<Int>, type: EntityType) {
        guard !span.isEmpty else { return }
        let first = tokens[span.lowerBound], last = tokens[span.upperBound - 1]
        var end = last.end, endByte = last.byteEnd
        // Colossus-nya: the clitic is not part of the name.
        let lastWord = folded[span.upperBound - 1]
        for clitic in EntityScan.clitics where lastWord.utf8.count > clitic.count + 1 && lastWord.utf8.reversed().starts(with: clitic.reversed()) {
            end -= clitic.count
            endByte -= clitic.count
        }
        let from = first.byteStart
        let text = utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[from..<endByte]), as: UTF8.self) }
        found.append(EntityMention(type: type, start: first.start, end: end, text: text))
        setKnown(span, type)
        if span.count > 1, type == .person {
            let first = Int(numbers[span.lowerBound]), last = Int(numbers[span.upperBound - 1])
            knownParts[first] = knownParts[first] ?? type
            knownParts[last] = knownParts[last] ?? type
        }
        // The acronym or short name defined right after: "(BNPB)", "(Komdigi)", "(Apindo)".
        let after = span.upperBound
        if after + 2 < tokens.count, folded[after] == "(", folded[after + 2] == ")",
           isAcronym(after + 1) || (capitalised[after + 1] && type == .organization && !has(after + 1, .legalForms)
                                    && !has(after + 1, .nonNames)) {
            known.set(CollectionOfOne(numbers[after + 1]), type)
        }
        learnParts(span, type: type)
    }

    /// The names inside a name: "Vale Indonesia" in "PT Vale Indonesia Tbk", "Musi Rawas" in
    /// "Kabupaten Musi Rawas", "Luwu Timur" in "Polres Luwu Timur".
    mutating func learnParts(_ span: Range<Int>, type: EntityType) {
        guard span.count >= 2 else { return }
        var lower = span.lowerBound, upper = span.upperBound
        if type == .organization {
            if folded[lower] == "pt" || folded[lower] == "cv" { lower += 1 }
            while upper > lower, has(upper - 1, .legalForms) || folded[upper - 1] == ")" || folded[upper - 1] == "(" {
                upper -= 1
            }
            if lower < upper, (lower, upper) != (span.lowerBound, span.upperBound) {
                let core = lower..<upper
                if knownType(core) == nil, namesType(core) == nil, !(upper - lower == 1 && isCommon(lower)) { setKnown(core, .organization) }
            }
            if has(span.lowerBound, .regionalHeads) {
                let place = (span.lowerBound + 1)..<span.upperBound
                if knownType(place) == nil, namesType(place) == nil { setKnown(place, .location) }
            }
        } else if type == .location, has(lower, .locationHeads) {
            let place = (lower + 1)..<upper
            if knownType(place) == nil, namesType(place) == nil { setKnown(place, .location) }
        }
    }

    /// Before the scan: places named with their kind anywhere in the text (Kabupaten Musi
    /// Rawas, Kota Bogor) are places wherever they appear.
    mutating func learnPlaces() {
        var i = 0
        while i + 1 < tokens.count {
            if capitalised[i], has(i, .administrativeHeads), capitalised[i + 1] {
                var end = i + 1
                while end < tokens.count, capitalised[end], !isHead(end) { end += 1 }
                if end < tokens.count, has(end, .directions) { end += 1 }
                let place = (i + 1)..<end
                if end > i + 1, knownType(place) == nil, namesType(place) == nil, !has(i + 1, .givenName) {
                    setKnown(place, .location)
                }
                i = end
            } else {
                i += 1
            }
        }
    }
}

/// The analyser's answer per token, filled in as the scan asks (a reference, so the scan's
/// non-mutating tests can fill it).
final class CommonMemo {
    private var values: [UInt8]

    init(count: Int) { values = [UInt8](repeating: 0, count: count) }

    @inline(__always)
    func value(_ i: Int) -> Bool? { values[i] == 0 ? nil : values[i] == 2 }

    @inline(__always)
    func set(_ i: Int, _ value: Bool) { values[i] = value ? 2 : 1 }
}

/// What a folded word is in the rules and name lists, computed once per recognizer for every
/// listed word, so the scan tests a token with a bit instead of a string lookup.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt32
    static let connectors = WordFlags(rawValue: 1 << 0)
    static let suffixes = WordFlags(rawValue: 1 << 1)
    static let eventHeads = WordFlags(rawValue: 1 << 2)
    static let organizationHeads = WordFlags(rawValue: 1 << 3)
    static let locationHeads = WordFlags(rawValue: 1 << 4)
    static let nonNames = WordFlags(rawValue: 1 << 5)
    static let directions = WordFlags(rawValue: 1 << 6)
    static let romanNumerals = WordFlags(rawValue: 1 << 7)
    static let organizationWords = WordFlags(rawValue: 1 << 8)
    static let organizationTails = WordFlags(rawValue: 1 << 9)
    static let eventTails = WordFlags(rawValue: 1 << 10)
    static let placePrepositions = WordFlags(rawValue: 1 << 11)
    static let sportsWords = WordFlags(rawValue: 1 << 12)
    static let lawWords = WordFlags(rawValue: 1 << 13)
    static let groupWords = WordFlags(rawValue: 1 << 14)
    static let ranks = WordFlags(rawValue: 1 << 15)
    static let productNouns = WordFlags(rawValue: 1 << 16)
    static let opponentWords = WordFlags(rawValue: 1 << 17)
    static let teamVerbs = WordFlags(rawValue: 1 << 18)
    static let legalForms = WordFlags(rawValue: 1 << 19)
    static let regionalHeads = WordFlags(rawValue: 1 << 20)
    static let administrativeHeads = WordFlags(rawValue: 1 << 21)
    static let englishConnectors = WordFlags(rawValue: 1 << 22)
    static let domains = WordFlags(rawValue: 1 << 23)
    static let givenName = WordFlags(rawValue: 1 << 24)
    static let commonWord = WordFlags(rawValue: 1 << 25)
    static let gazetteerFirst = WordFlags(rawValue: 1 << 26)
    static let titleFirst = WordFlags(rawValue: 1 << 27)
    static let titleLast = WordFlags(rawValue: 1 << 28)
    static let closedClass = WordFlags(rawValue: 1 << 29)
    /// Heads of organisation, place and event names (isHead).
    static let heads: WordFlags = [.organizationHeads, .eventHeads, .locationHeads]

    /// Every listed word and its flags.
    static func table(gazetteer: Gazetteer, commonWords: Set<String>, closedClassWords: Set<String> = []) -> [String: UInt32] {
        var table: [String: UInt32] = [:]
        func mark(_ words: Set<String>, _ flag: WordFlags) {
            for word in words { table[word, default: 0] |= flag.rawValue }
        }
        mark(EntityRules.connectors, .connectors)
        mark(EntityRules.suffixes, .suffixes)
        mark(EntityRules.eventHeads, .eventHeads)
        mark(EntityRules.organizationHeads.union(["pt"]), .organizationHeads)
        mark(EntityRules.locationHeads, .locationHeads)
        mark(EntityRules.nonNames, .nonNames)
        mark(EntityRules.directions, .directions)
        mark(EntityRules.romanNumerals, .romanNumerals)
        mark(EntityRules.organizationWords, .organizationWords)
        mark(EntityRules.organizationTails, .organizationTails)
        mark(EntityRules.eventTails, .eventTails)
        mark(EntityRules.placePrepositions, .placePrepositions)
        mark(EntityRules.sportsWords, .sportsWords)
        mark(EntityRules.lawWords, .lawWords)
        mark(EntityRules.groupWords, .groupWords)
        mark(EntityRules.ranks, .ranks)
        mark(EntityRules.productNouns, .productNouns)
        mark(EntityRules.opponentWords, .opponentWords)
        mark(EntityRules.teamVerbs, .teamVerbs)
        mark(EntityRules.legalForms, .legalForms)
        mark(EntityRules.regionalHeads, .regionalHeads)
        mark(EntityRules.administrativeHeads, .administrativeHeads)
        mark(EntityRules.englishConnectors, .englishConnectors)
        mark(EntityRules.domains, .domains)
        mark(gazetteer.givenNames, .givenName)
        mark(commonWords, .commonWord)
        mark(closedClassWords, .closedClass)
        mark(gazetteer.firstWords, .gazetteerFirst)
        mark(Set(gazetteer.titlesByFirst.keys), .titleFirst)
        mark(Set(gazetteer.titlesByLast.keys), .titleLast)
        return table
    }
}
