import Foundation
import KabarCore
#if canImport(Glibc)
import Glibc
#endif

/// stdout and stderr for the subcommands.
enum Output {
    /// One line on stderr: "kabar: message", made safe for the terminal (file names and
    /// titles in it can hold anything).
    static func error(_ message: String) {
        send("kabar: \(message.terminalSafe)\n", to: STDERR_FILENO)
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
        send(text, to: STDOUT_FILENO)
    }

    /// Writes all of `text` to a file descriptor. When the reader of a pipe has gone
    /// (`kabar show ID | head`), there is nobody left to tell: Kabar stops quietly with the
    /// status a process killed by SIGPIPE has (141), instead of trapping in `FileHandle.write`.
    static func send(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written >= 0 {
                    offset += written
                } else if errno == EINTR {
                    continue
                } else if errno == EPIPE {
                    exit(128 + SIGPIPE)
                } else {
                    return  // a full disk or a closed descriptor: nothing more can be said
                }
            }
        }
    }

    /// A JSON document on stdout, followed by a newline.
    static func json(_ value: JSONValue) {
        writeRaw(value.serialized(pretty: true) + "\n")
    }
}
