import Foundation

/// Writes an output whole or not at all: into a temporary file in the target folder, renamed over
/// the target only when complete. A failure removes the temporary file and leaves any existing
/// output untouched.
public enum AtomicOutput {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public static func write(to url: URL, _ body: (URL) throws -> Void) throws {
        let dir = url.deletingLastPathComponent()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw Failure(path: url.path, reason: "folder does not exist")
        }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue {
            throw Failure(path: url.path, reason: "is a folder")
        }
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        // Probe that the folder is writable before doing any work.
        guard FileManager.default.createFile(atPath: temp.path, contents: nil) else {
            throw Failure(path: url.path, reason: "folder is not writable")
        }
        do {
            try body(temp)
            if rename(temp.path, url.path) != 0 {
                throw Failure(path: url.path, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw error
        }
    }

    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { temp in
            do { try data.write(to: temp) } catch {
                throw Failure(path: url.path, reason: error.localizedDescription)
            }
        }
    }

    /// Writes what `produce` hands over, piece by piece, so a large output is never held whole.
    public static func write(to url: URL, streaming produce: ((UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        try write(to: url) { temp in
            let fd = open(temp.path, O_WRONLY | O_TRUNC)
            guard fd >= 0 else { throw Failure(path: url.path, reason: String(cString: strerror(errno))) }
            defer { close(fd) }
            try produce { piece in
                var offset = 0
                while offset < piece.count {
                    let n = Foundation.write(fd, piece.baseAddress! + offset, piece.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw Failure(path: url.path, reason: String(cString: strerror(errno)))
                    }
                    offset += n
                }
            }
        }
    }
}
