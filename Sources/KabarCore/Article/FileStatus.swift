import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file's kind, size and modification time from one `lstat`/`stat` call: folder scans and
/// the index check ask it of every file, and Foundation's attribute dictionaries cost
/// tens of times more.
public struct FileStatus: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case file, directory, symbolicLink, other }

    public var kind: Kind
    public var size: Int
    /// Seconds since 1970, with the file system's sub-second part.
    public var modified: Double

    /// The status of `path` itself (a symbolic link is `.symbolicLink`), or of what it points
    /// to with `followingLinks`; nil when there is nothing there.
    public static func of(_ path: String, followingLinks: Bool = false) -> FileStatus? {
        var info = stat()
        let failed = path.withCString { followingLinks ? stat($0, &info) : lstat($0, &info) }
        guard failed == 0 else { return nil }
        let kind: Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        #if os(Linux)
        let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        #else
        let modified = Double(info.st_mtimespec.tv_sec) + Double(info.st_mtimespec.tv_nsec) / 1e9
        #endif
        return FileStatus(kind: kind, size: Int(info.st_size), modified: modified)
    }
}
