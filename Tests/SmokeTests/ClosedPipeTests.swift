import Foundation
import Testing

/// `kabar … | head`: when the reader of stdout goes away, kabar stops quietly (status 141,
/// as if killed by SIGPIPE) with nothing on stderr, instead of trapping with a backtrace.
@Suite struct ClosedPipeTests {
    @Test func aClosedPipeEndsTheOutputQuietly() throws {
        let file = NSTemporaryDirectory() + "kabar-pipe-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try String(repeating: "Banjir merendam rumah warga di Jakarta. ", count: 20_000)
            .write(toFile: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try KabarBinary.executable())
        process.arguments = ["tokens", "--json", file]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read a little, then hang up, as `head -c 100` does.
        _ = output.fileHandleForReading.readData(ofLength: 100)
        try output.fileHandleForReading.close()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 141)
        #expect(String(decoding: stderr, as: UTF8.self) == "")
    }
}
