import KabarCore
import Testing

/// The TOML subset Kabar's themes and configuration use, and its errors' line:col.
@Suite struct TOMLParserTests {
    @Test func readsTablesKeysAndValues() throws {
        let table = try TOMLParser.parse("""
        # a comment
        title = "Kabar"   # trailing comment
        count = 1_000
        hex = 0xff
        ratio = 2.5
        on = true
        off = false
        literal = 'C:\\path'
        escaped = "tab\\there \\u00e9 \\"q\\""
        list = [1, 2,
          3, # comment inside
        ]
        inline = { fg = 240, modifiers = ["bold"] }

        [keys]
        next-mention = "]"
        "quoted.key" = "x"
        dotted.inner = 5

        [keys.article]
        previous-word = ["b", "h"]
        """)
        #expect(table.keys == ["title", "count", "hex", "ratio", "on", "off", "literal", "escaped", "list", "inline", "keys"])
        #expect(table["title"]?.string == "Kabar")
        #expect(table["count"]?.integer == 1000)
        #expect(table["hex"]?.integer == 255)
        if case .float(let ratio)? = table["ratio"]?.value { #expect(ratio == 2.5) } else { Issue.record("ratio") }
        #expect(table["on"]?.boolean == true)
        #expect(table["off"]?.boolean == false)
        #expect(table["literal"]?.string == "C:\\path")
        #expect(table["escaped"]?.string == "tab\there é \"q\"")
        #expect(table["list"]?.array?.compactMap(\.integer) == [1, 2, 3])
        let inline = try #require(table["inline"]?.table)
        #expect(inline["fg"]?.integer == 240)
        #expect(inline["modifiers"]?.array?.first?.string == "bold")
        let keys = try #require(table["keys"]?.table)
        #expect(keys["next-mention"]?.string == "]")
        #expect(keys["quoted.key"]?.string == "x")
        #expect(keys["dotted"]?.table?["inner"]?.integer == 5)
        #expect(keys["article"]?.table?["previous-word"]?.array?.compactMap(\.string) == ["b", "h"])
    }

    @Test func positionsAreOneBasedLineAndColumn() throws {
        let table = try TOMLParser.parse("a = 1\n[t]\n  key = \"v\"\n")
        let t = try #require(table["t"]?.table)
        #expect(t["key"]?.position == TOMLPosition(line: 3, column: 9))
        #expect(t.position(ofKey: "key") == TOMLPosition(line: 3, column: 3))
    }

    @Test(arguments: [
        ("a = ", "1:5: expected a value"),
        ("a = 1\nb = \"open", "2:5: unterminated string"),
        ("a = 1\na = 2", "2:1: duplicate key 'a'"),
        ("[t]\n[t]", "2:2: table 't' is defined twice"),
        ("a = 1 b = 2", "1:7: expected the end of the line"),
        ("a = [1, 2", "1:10: unterminated array"),
        ("a = { b = 1, }", "1:14: trailing comma in an inline table"),
        ("a = nope", "1:5: expected a value, found 'nope' (strings need quotes)"),
        ("a = 012", "1:5: invalid number '012'"),
        ("a = 1979-05-27", "1:5: dates and times are not supported"),
        ("[[items]]", "1:1: arrays of tables ([[…]]) are not supported"),
        ("a = \"\"\"x\"\"\"", "1:5: multi-line strings are not supported"),
        ("a = \"\\q\"", "1:6: unknown escape \\q"),
        ("a = { b = 1 }\n[a]", "2:2: 'a' is an inline table and cannot be extended"),
        ("a.b = 1\n[a]", "2:2: table 'a' was already made by dotted keys"),
        ("= 1", "1:1: expected a key, found '='"),
        ("a = 1\n\n  b 2", "3:5: expected '=' after the key, found '2'"),
    ])
    func errorsSayWhere(text: String, expected: String) {
        do {
            _ = try TOMLParser.parse(text)
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error.description)")
        }
    }

    @Test func aProblemNamesTheFile() {
        let problem = FileProblem(path: "/tmp/x.toml", TOMLError("bad", at: TOMLPosition(line: 2, column: 4)))
        #expect(problem.description == "/tmp/x.toml:2:4: bad")
        #expect(FileProblem(path: "theme 'x'", position: nil, message: "not found").description == "theme 'x': not found")
    }
}
