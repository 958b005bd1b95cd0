import Foundation

/// A temporary folder of many small generated articles (`berita-0000.md` …) and a cache
/// folder of its own. Only the last article has the word "zamrud".
struct GeneratedFolder {
    let root: String
    let count: Int
    var folder: String { root + "/articles" }
    var cache: String { root + "/cache" }
    var lastID: String { String(format: "berita-%04d", count - 1) }

    static let subjects = ["Warga", "Petani", "Nelayan", "Pedagang", "Guru", "Relawan", "Pemerintah daerah", "Mahasiswa"]
    static let verbs = ["membersihkan", "memperbaiki", "membangun", "mengunjungi", "membahas", "menanam", "menjual", "mengukur"]
    static let objects = ["selokan", "jembatan", "pasar", "sekolah", "sawah", "pelabuhan", "masjid", "puskesmas"]
    static let places = ["Semarang", "Garut", "Makassar", "Medan", "Ambon", "Pontianak", "Denpasar", "Bandung"]

    init(count: Int) throws {
        self.count = count
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kabar-folder-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for n in 0..<count {
            let pick = { (list: [String], salt: Int) in list[(n &* 7 &+ salt &* 13 &+ n / 5) % list.count] }
            let sentences = (0..<4).map { k in
                "\(pick(Self.subjects, k)) di \(pick(Self.places, k + 1)) \(pick(Self.verbs, k + 2)) \(pick(Self.objects, k + 3)) pada pekan ke-\(n % 52 + k)."
            }
            let marker = n == count - 1 ? " Batu zamrud ditemukan di sungai." : ""
            let text = "---\ntitle: Kabar Warga \(n)\nsource: Kabar Uji\ndate: 2025-03-05\n---\n\n" + sentences.joined(separator: " ") + marker + "\n"
            try text.write(toFile: folder + String(format: "/berita-%04d.md", n), atomically: false, encoding: .utf8)
        }
    }

    var environment: [String: String] { ["XDG_CACHE_HOME": cache] }

    /// The index database file (after a build).
    var databasePath: String? {
        let kabar = cache + "/kabar"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: kabar)) ?? []
        return names.first { $0.hasSuffix(".sqlite") }.map { kabar + "/" + $0 }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}

/// The real `kabar` running in the background, stdout and stderr to files.
final class KabarProcess {
    let process = Process()
    let stdoutPath: String
    let stderrPath: String

    init(_ arguments: [String], environment: [String: String]) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("kabar-run-\(UUID().uuidString.prefix(8))").path
        stdoutPath = base + ".out"
        stderrPath = base + ".err"
        _ = FileManager.default.createFile(atPath: stdoutPath, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: try KabarBinary.executable())
        process.arguments = arguments
        process.currentDirectoryURL = KabarBinary.repository
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "KABAR_ARTICLES")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle(forWritingAtPath: stdoutPath)
        process.standardError = FileHandle(forWritingAtPath: stderrPath)
        try process.run()
    }

    /// Waits for the end; the exit status (128 + N for signal N).
    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }

    var stdout: String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    deinit {
        try? FileManager.default.removeItem(atPath: stdoutPath)
        try? FileManager.default.removeItem(atPath: stderrPath)
    }
}
