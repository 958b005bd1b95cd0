import Foundation
import Testing
@testable import KabarCore

@Suite("JSONValue")
struct JSONValueTests {
    @Test("scalars", arguments: [
        (JSONValue.null, "null"),
        (.bool(true), "true"),
        (.bool(false), "false"),
        (.int(0), "0"),
        (.int(-42), "-42"),
        (.int(Int.max), "9223372036854775807"),
        (.double(1.5), "1.5"),
        (.double(-0.25), "-0.25"),
        (.double(3), "3.0"),
        (.double(.nan), "null"),
        (.double(.infinity), "null"),
        (.string(""), "\"\""),
        (.string("kabar"), "\"kabar\""),
    ])
    func scalars(value: JSONValue, expected: String) {
        #expect(value.serialized() == expected)
        #expect(value.serialized(pretty: true) == expected)
    }

    @Test("string escapes", arguments: [
        ("say \"hi\"", #""say \"hi\"""#),
        (#"back\slash"#, #""back\\slash""#),
        ("a/b", #""a/b""#),
        ("line\nnext", #""line\nnext""#),
        ("tab\there", #""tab\there""#),
        ("cr\r", #""cr\r""#),
        ("\u{8}\u{C}", #""\b\f""#),
        ("\u{0}\u{1}\u{1B}[31m\u{1F}", #""\u0000\u0001\u001b[31m\u001f""#),
        ("del\u{7F}c1\u{80}\u{9B}\u{9F}", #""del\u007fc1\u0080\u009b\u009f""#),
        ("\u{A0}é", "\"\u{A0}é\""),
        ("\u{2028}\u{2029}", #""\u2028\u2029""#),
        ("\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}", #""\u202a\u202b\u202c\u202d\u202e""#),
        ("\u{2066}\u{2067}\u{2068}\u{2069}", #""\u2066\u2067\u2068\u2069""#),
        ("\u{200E}\u{200F}\u{61C}\u{FEFF}", #""\u200e\u200f\u061c\ufeff""#),
        ("“kutip” — em", "\"“kutip” — em\""),
        ("emoji 😀 𝕏", "\"emoji 😀 𝕏\""),
    ])
    func escapes(input: String, expected: String) {
        #expect(JSONValue.string(input).serialized() == expected)
    }

    @Test("terminal sequences and invisible characters are escaped, losing nothing", arguments: [
        ("\u{1B}]2;pwned\u{7}", #""\u001b]2;pwned\u0007""#),
        ("\u{1B}]52;c;aGVsbG8=\u{7}", #""\u001b]52;c;aGVsbG8=\u0007""#),
        ("\u{1B}]8;;https://contoh.id\u{1B}\\klik", #""\u001b]8;;https://contoh.id\u001b\\klik""#),
        ("\u{9B}2J", #""\u009b2J""#),
        ("a\u{200B}b\u{2060}c", #""a\u200bb\u2060c""#),
        ("x\u{E0041}y", #""x\udb40\udc41y""#),
        ("keluarga 👨\u{200D}👩", "\"keluarga 👨\u{200D}👩\""),
    ])
    func terminalSafety(input: String, expected: String) throws {
        let json = JSONValue.string(input).serialized()
        #expect(json == expected)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String
        #expect(decoded == input)
    }

    @Test func compactNesting() {
        let value = JSONValue.object([
            ("title", .string("A")),
            ("date", .null),
            ("tags", .array([.string("x"), .string("y")])),
            ("empty", .array([])),
            ("meta", .object([])),
            ("n", .int(2)),
        ])
        #expect(value.serialized() == #"{"title":"A","date":null,"tags":["x","y"],"empty":[],"meta":{},"n":2}"#)
    }

    @Test func prettyNesting() {
        let value = JSONValue.object([
            ("id", .string("a")),
            ("tags", .array([.string("x"), .int(1)])),
            ("none", .array([])),
            ("inner", .object([("ok", .bool(true)), ("list", .array([.object([("k", .null)])]))])),
        ])
        let expected = """
        {
          "id": "a",
          "tags": [
            "x",
            1
          ],
          "none": [],
          "inner": {
            "ok": true,
            "list": [
              {
                "k": null
              }
            ]
          }
        }
        """
        #expect(value.serialized(pretty: true) == expected)
    }

    @Test func keysKeepTheirOrder() {
        let value = JSONValue.object([("z", .int(1)), ("a", .int(2)), ("m", .int(3))])
        #expect(value.serialized() == #"{"z":1,"a":2,"m":3}"#)
    }

    @Test func keysAreEscaped() {
        let value = JSONValue.object([("a\"b\n", .int(1))])
        #expect(value.serialized() == #"{"a\"b\n":1}"#)
    }

    @Test func equalityAndHashingRespectKeyOrder() {
        let ab = JSONValue.object([("a", .int(1)), ("b", .int(2))])
        let ab2 = JSONValue.object([("a", .int(1)), ("b", .int(2))])
        let ba = JSONValue.object([("b", .int(2)), ("a", .int(1))])
        #expect(ab == ab2)
        #expect(ab.hashValue == ab2.hashValue)
        #expect(ab != ba)
        #expect(JSONValue.int(1) != .double(1))
        #expect(JSONValue.array([.null]) != .array([]))
        #expect(Set([ab, ab2, ba]).count == 2)
    }

    @Test func optionalHelpers() {
        #expect(JSONValue.string(orNull: nil) == .null)
        #expect(JSONValue.string(orNull: "x") == .string("x"))
        #expect(JSONValue.int(orNull: nil) == .null)
        #expect(JSONValue.int(orNull: 7) == .int(7))
    }
}
