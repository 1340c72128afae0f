@testable import FairPackBase
import Foundation
import Testing

@Suite("Moving a finished output into place")
struct MoveIfAbsentTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fairpack-move-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("a file or a folder moves when the name is free, and nothing moves when it is taken")
    func fileAndFolder() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for isFolder in [false, true] {
            let source = root + "/source-\(isFolder)", destination = root + "/bag-\(isFolder)"
            if isFolder {
                try FileManager.default.createDirectory(atPath: source + "/data", withIntermediateDirectories: true)
            } else {
                try Data("first".utf8).write(to: URL(fileURLWithPath: source))
            }
            #expect(try SystemFolder.moveIfAbsent(source, to: destination))
            #expect(FileManager.default.fileExists(atPath: destination) && !FileManager.default.fileExists(atPath: source))
            // A second output for the same name: refused, and both stay as they are.
            if isFolder {
                try FileManager.default.createDirectory(atPath: source + "/other", withIntermediateDirectories: true)
            } else {
                try Data("second".utf8).write(to: URL(fileURLWithPath: source))
            }
            #expect(try !SystemFolder.moveIfAbsent(source, to: destination))
            #expect(FileManager.default.fileExists(atPath: source))
            if !isFolder { #expect(try String(contentsOfFile: destination, encoding: .utf8) == "first") }
        }
    }

    @Test("a missing source is an error naming it")
    func missingSource() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: SystemError.self) { try SystemFolder.moveIfAbsent(root + "/none", to: root + "/bag") }
    }

    @Test("a process that has ended is gone; this one is not")
    func processes() throws {
        #expect(SystemFolder.processExists(SystemFolder.processID))
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        #expect(!SystemFolder.processExists(ended.processIdentifier))
    }
}
