import Foundation
import KabarCore

/// stdout and stderr for the subcommands.
enum Output {
    /// One line on stderr: "kabar: message".
    static func error(_ message: String) {
        let line = message.replacingOccurrences(of: "\n", with: " ")
        FileHandle.standardError.write(Data("kabar: \(line)\n".utf8))
    }

    /// Every load warning, one line each on stderr.
    static func warnings(_ warnings: [LoadWarning]) {
        for warning in warnings { error("warning: \(warning)") }
    }

    /// Each line on stderr as "kabar: PREFIXline".
    static func lines(_ lines: [String], prefix: String) {
        for line in lines { error(prefix + line) }
    }

    /// Text on stdout, exactly as given.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// A JSON document on stdout, followed by a newline.
    static func json(_ value: JSONValue) {
        write(value.serialized(pretty: true) + "\n")
    }
}
