import Foundation
import KabarCore

/// stdout and stderr for the subcommands.
enum Output {
    /// One line on stderr: "kabar: message", made safe for the terminal (file names and
    /// titles in it can hold anything).
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("kabar: \(message.terminalSafe)\n".utf8))
    }

    /// Every load warning, one line each on stderr.
    static func warnings(_ warnings: [LoadWarning]) {
        for warning in warnings { error("warning: \(warning)") }
    }

    /// Each line on stderr as "kabar: PREFIXline".
    static func lines(_ lines: [String], prefix: String) {
        for line in lines { error(prefix + line) }
    }

    /// Text on stdout: the reports' lines and tabs as they are, any other control or
    /// invisible format character shown as U+FFFD (`TerminalSafeText.multiline`). The
    /// reports make each field safe already; this is the last guard for every text output.
    static func write(_ text: String) {
        writeRaw(TerminalSafeText.multiline(text))
    }

    /// Text on stdout exactly as given: only for text whose escape sequences are Kabar's
    /// own (`kabar show` in colour, where `ANSIText` made the article's text safe).
    static func writeRaw(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// A JSON document on stdout, followed by a newline.
    static func json(_ value: JSONValue) {
        writeRaw(value.serialized(pretty: true) + "\n")
    }
}
