import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real `kabar` and its index file under faults: killed with SIGKILL in the middle of a
/// build, run twice at once on one folder, a cache folder that can't be made, a damaged file.
/// (A full disk and a read-only folder are `Scripts/faults.sh`, which needs tmpfs mounts;
/// `IndexFaultTests` injects both at the SQLite level.)
@Suite(.serialized) struct IndexFaultProcessTests {
    /// The article ids of `kabar search --json`'s hits.
    func hits(_ json: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (object?["hits"] as? [[String: Any]] ?? []).compactMap { $0["article"] as? String }
    }

    /// stderr without the progress lines a long run prints every ten seconds when it is not a
    /// terminal (a slow debug build may).
    func problems(_ stderr: String) -> [Substring] {
        stderr.split(separator: "\n").filter { !$0.hasPrefix("kabar: indexing ") }
    }

    /// The number of articles in the folder's index, as `kabar index --check` counts them
    /// (0 while there is no index yet).
    func indexedCount(_ corpus: GeneratedFolder) throws -> Int {
        let check = try KabarBinary.run(["index", "--check", corpus.folder], environment: corpus.environment)
        guard check.status == 0, let line = check.stdout.split(separator: "\n").first, line.hasPrefix("index ok: ") else { return 0 }
        return Int(line.dropFirst("index ok: ".count).prefix { $0 != " " }.filter { $0 != "," }) ?? 0
    }

    @Test func aBuildKilledInTheMiddleIsFinishedByTheNextRun() throws {
        let corpus = try GeneratedFolder(count: 3000)
        defer { corpus.remove() }
        // The build waits 3 s after each commit (fault injection), so it is still running when
        // the first batch shows, however fast the machine.
        var slow = corpus.environment
        slow["KABAR_FAULT_PAUSE_AFTER_BATCH_MS"] = "3000"
        let build = try KabarProcess(["index", corpus.folder], environment: slow)
        // Once the first batch of articles is committed (another kabar sees it), kill the
        // build before the next.
        let deadline = Date().addingTimeInterval(300)
        var committed = 0
        while build.process.isRunning && committed == 0 && Date() < deadline {
            committed = try indexedCount(corpus)
        }
        try #require(build.process.isRunning, "the build ended before it could be killed")
        kill(build.process.processIdentifier, SIGKILL)
        #expect(build.wait() == 128 + SIGKILL)
        #expect(committed > 0 && committed < 3000)

        // The next run keeps what was committed and does the rest.
        let again = try KabarBinary.run(["index", corpus.folder], environment: corpus.environment)
        #expect(again.status == 0)
        #expect(problems(again.stderr) == [])
        let kept = try indexedCount(corpus)
        #expect(kept == 3000)
        #expect(again.stdout.hasPrefix("3000 articles indexed ("))
        #expect(!again.stdout.contains("(3000 added"))
        #expect(!again.stdout.contains(" 0 unchanged"))
        let check = try KabarBinary.run(["index", "--check", corpus.folder], environment: corpus.environment)
        #expect(check.status == 0)
        #expect(check.stdout.hasPrefix("index ok: 3,000 articles in \(corpus.cache)/kabar/"))
        let search = try KabarBinary.run(["search", "--json", "zamrud", corpus.folder], environment: corpus.environment)
        #expect(search.status == 0)
        #expect(try hits(search.stdout) == [corpus.lastID])
    }

    @Test func twoProcessesOnOneFolderBothWork() throws {
        let corpus = try GeneratedFolder(count: 600)
        defer { corpus.remove() }
        // Two builds at once on a new cache: both create, both write, both finish.
        let builds = try (0..<2).map { _ in try KabarProcess(["index", corpus.folder], environment: corpus.environment) }
        for build in builds {
            #expect(build.wait() == 0)
            #expect(problems(build.stderr) == [])
            #expect(build.stdout.hasPrefix("600 articles indexed ("))
        }
        let check = try KabarBinary.run(["index", "--check", corpus.folder], environment: corpus.environment)
        #expect(check.stdout.hasPrefix("index ok: 600 articles in "))

        // Two searches at once on another new cache: each builds (or waits for) the index.
        let other = ["XDG_CACHE_HOME": corpus.root + "/cache-2"]
        let searches = try (0..<2).map { _ in try KabarProcess(["search", "--json", "zamrud", corpus.folder], environment: other) }
        for search in searches {
            #expect(search.wait() == 0)
            #expect(problems(search.stderr) == [])
            #expect(try hits(search.stdout) == [corpus.lastID])
        }
        let checkOther = try KabarBinary.run(["index", "--check", corpus.folder], environment: other)
        #expect(checkOther.stdout.hasPrefix("index ok: 600 articles in "))
    }

    @Test func aCacheFolderThatCannotBeMadeGivesOneWarningAndSearchesFromMemory() throws {
        let corpus = try GeneratedFolder(count: 20)
        defer { corpus.remove() }
        // A regular file where a folder of the cache path should be: nothing can be created
        // under it, even by root (for whom a chmod'ed folder is no obstacle).
        try Data("x".utf8).write(to: URL(fileURLWithPath: corpus.root + "/file"))
        let result = try KabarBinary.run(["search", "--json", "zamrud", corpus.folder],
                                         environment: ["XDG_CACHE_HOME": corpus.root + "/file/cache"])
        #expect(result.status == 0)
        let lines = problems(result.stderr)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("kabar: warning: cannot write the search index in \(corpus.root)/file/cache/kabar (") == true)
        #expect(lines.first?.hasSuffix("; searching from memory this time") == true)
        #expect(try hits(result.stdout) == [corpus.lastID])
    }

    @Test func aDamagedIndexFileIsRebuiltWithOneWarning() throws {
        let corpus = try GeneratedFolder(count: 50)
        defer { corpus.remove() }
        #expect(try KabarBinary.run(["index", corpus.folder], environment: corpus.environment).status == 0)
        let path = try #require(corpus.databasePath)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 100))
        try handle.close()
        let damaged = try KabarBinary.run(["index", "--check", corpus.folder], environment: corpus.environment)
        #expect(damaged.status == 1)
        #expect(damaged.stdout.hasPrefix("index damaged: \(path)\n"))

        let result = try KabarBinary.run(["search", "--json", "zamrud", corpus.folder], environment: corpus.environment)
        #expect(result.status == 0)
        #expect(problems(result.stderr) == ["kabar: warning: the search index was damaged; rebuilt it"])
        #expect(try hits(result.stdout) == [corpus.lastID])
        let check = try KabarBinary.run(["index", "--check", corpus.folder], environment: corpus.environment)
        #expect(check.stdout.hasPrefix("index ok: 50 articles in "))
    }
}
