import FairPackTestSupport
@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
import Foundation
import Testing

@Suite("The walk of a deposit folder")
struct InventoryTests {
    @Test("files come sorted with relative POSIX paths and sizes")
    func sortedWalk() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", "bb")
        try folder.write("a/z.csv", "1,2\n")
        try folder.write("a/b/c.txt", "")
        try folder.write("deposit.yaml", "title: x\n")
        let deposit = try Deposit.open(at: folder.path)
        #expect(deposit.inventory.entries.map(\.path) == ["a/b/c.txt", "a/z.csv", "b.txt", "deposit.yaml"])
        #expect(deposit.inventory.entry(at: "b.txt")?.size == 2)
        #expect(deposit.inventory.totalBytes == 2 + 4 + 9)
        #expect(deposit.metadata?.title?.value == "x")
    }

    @Test("symbolic links are recorded and never followed")
    func symlinks() throws {
        let outside = try TemporaryFolder()
        try outside.write("secret/data.csv", "secret")
        let folder = try TemporaryFolder()
        try folder.write("real.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.url("escape"), withDestinationPath: outside.url("secret"))
        try FileManager.default.createSymbolicLink(atPath: folder.url("link.txt"), withDestinationPath: "real.txt")
        let inventory = try Deposit.open(at: folder.path).inventory
        #expect(inventory.entries.map(\.path) == ["escape", "link.txt", "real.txt"])
        #expect(inventory.entry(at: "escape")?.kind == .symlink)
        #expect(inventory.entry(at: "escape")?.linkTarget == outside.url("secret"))
        #expect(inventory.files.map(\.path) == ["real.txt"])
    }

    @Test("names that are not UTF-8 are kept and flagged")
    func nonUTF8Names() throws {
        let folder = try TemporaryFolder()
        let name: [UInt8] = Array("donn".utf8) + [0xE9] + Array("es.csv".utf8)
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let fd = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        try #require(fd >= 0)
        close(fd)
        let deposit = try Deposit.open(at: folder.path)
        let entry = try #require(deposit.inventory.entries.first)
        #expect(entry.nameIsUTF8 == false)
        #expect(entry.path == "donn\u{FFFD}es.csv")
        let problems = NamePortabilityCheck(settings: CheckSettings()).check(InspectedDeposit(deposit, facts: [:], gathered: []))
        #expect(problems.count == 1)
    }

    @Test("exclude: patterns and .git/.fairpack are left out and listed")
    func exclusions() throws {
        let folder = try TemporaryFolder()
        try folder.write("deposit.yaml", "exclude: [\"drafts/**\", \"*.tmp\"]\n")
        try folder.write("drafts/v1/a.docx")
        try folder.write("data/x.tmp")
        try folder.write("data/x.csv")
        try folder.write(".git/HEAD")
        try folder.write(".fairpack/profiles/p.yaml")
        let inventory = try Deposit.open(at: folder.path).inventory
        #expect(inventory.entries.map(\.path) == ["data/x.csv", "deposit.yaml"])
        #expect(Set(inventory.excluded) == [".fairpack/", ".git/", "data/x.tmp", "drafts/"])
    }

    @Test("a FIFO is recorded as a special entry, not read")
    func fifo() throws {
        let folder = try TemporaryFolder()
        try #require(mkfifo(folder.url("pipe"), 0o644) == 0)
        let deposit = try Deposit.open(at: folder.path)
        #expect(deposit.inventory.entry(at: "pipe")?.kind == .special)
        #expect(UnreadableCheck(settings: CheckSettings()).check(InspectedDeposit(deposit, facts: [:], gathered: [])).map(\.path) == ["pipe"])
    }

    @Test("an unreadable folder becomes an entry and the walk goes on",
          .enabled(if: getuid() != 0, "root reads every folder, so permissions cannot make one unreadable"))
    func unreadableFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("closed/a.txt")
        try folder.write("open.txt")
        chmod(folder.url("closed"), 0)
        defer { chmod(folder.url("closed"), 0o755) }
        let inventory = try Deposit.open(at: folder.path).inventory
        #expect(inventory.entry(at: "closed")?.kind == .unreadableFolder)
        #expect(inventory.entry(at: "open.txt") != nil)
    }

    @Test("a missing folder or a file is not a deposit")
    func notAFolder() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("file.txt")
        #expect(throws: DepositError.notAFolder(file)) { try Deposit.open(at: file) }
        #expect(throws: DepositError.notFound(folder.url("none"))) { try Deposit.open(at: folder.url("none")) }
    }

    @Test("deposit.yaml states: missing, invalid with its line, a link")
    func metadataStates() throws {
        let folder = try TemporaryFolder()
        guard case .missing = try Deposit.open(at: folder.path).metadataState else {
            Issue.record("expected missing")
            return
        }
        try folder.write("deposit.yaml", "title: a\n  b: [\n")
        guard case .invalid(let error) = try Deposit.open(at: folder.path).metadataState else {
            Issue.record("expected invalid")
            return
        }
        #expect(error.line == 2)
        try FileManager.default.removeItem(atPath: folder.url("deposit.yaml"))
        let outside = try TemporaryFolder()
        try outside.write("deposit.yaml", "title: elsewhere\n")
        try FileManager.default.createSymbolicLink(atPath: folder.url("deposit.yaml"),
                                                   withDestinationPath: outside.url("deposit.yaml"))
        guard case .invalid = try Deposit.open(at: folder.path).metadataState else {
            Issue.record("a linked deposit.yaml was followed")
            return
        }
    }

    @Test("a deposit.yaml that is not UTF-8 is invalid, not a crash")
    func notUTF8Metadata() throws {
        let folder = try TemporaryFolder()
        try Data([0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xE9, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: folder.url("deposit.yaml")))
        guard case .invalid = try Deposit.open(at: folder.path).metadataState else {
            Issue.record("expected invalid")
            return
        }
    }
}
