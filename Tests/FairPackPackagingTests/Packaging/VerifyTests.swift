import FairPackTestSupport
@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
@testable import FairPackFormats
@testable import FairPackHashing
@testable import FairPackAudit
@testable import FairPackPackaging
import Foundation
import Testing

/// A way to damage a packed bag, and the path the verifier must name.
struct Damage: Sendable, CustomTestStringConvertible {
    let name: String
    let path: String
    let damage: @Sendable (String) throws -> Void
    var testDescription: String { name }
}

@Suite("verify finds what changed")
struct VerifyTests {
    static let damages: [Damage] = [
        Damage(name: "one byte flipped", path: "data/data/entretiens.csv") { bag in
            let file = bag + "/data/data/entretiens.csv"
            var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            bytes[3] ^= 0x01
            try bytes.write(to: URL(fileURLWithPath: file))
        },
        Damage(name: "a payload file deleted", path: "data/data/entretiens.csv") { bag in
            try FileManager.default.removeItem(atPath: bag + "/data/data/entretiens.csv")
        },
        Damage(name: "a file added", path: "data/data/extra.csv") { bag in
            try Data("x\n".utf8).write(to: URL(fileURLWithPath: bag + "/data/data/extra.csv"))
        },
        Damage(name: "a manifest edited", path: "manifest-sha256.txt") { bag in
            let file = bag + "/manifest-sha256.txt"
            let text = try String(contentsOfFile: file, encoding: .utf8)
            try (text + "").replacingOccurrences(of: "  data/deposit.yaml", with: "  data/deposit.yml")
                .write(toFile: file, atomically: true, encoding: .utf8)
        },
        Damage(name: "bag-info.txt edited", path: "bag-info.txt") { bag in
            let file = bag + "/bag-info.txt"
            let text = try String(contentsOfFile: file, encoding: .utf8)
            try text.replacingOccurrences(of: "Bagging-Date: 2026-11-23", with: "Bagging-Date: 2026-11-24")
                .write(toFile: file, atomically: true, encoding: .utf8)
        },
    ]

    func packedBag(_ folder: TemporaryFolder) throws -> String {
        try folder.write("deposit/deposit.yaml", "title: \"Entretiens avec des enseignants\"\nlicence: etalab-2.0\n")
        try folder.write("deposit/data/entretiens.csv", "id,académie\nE01,Poitiers\n")
        let bag = folder.url("bag")
        _ = try Packer(baggingDate: "2026-11-23").pack(try Deposit.open(at: folder.url("deposit")), to: bag)
        return bag
    }

    @Test("a damaged bag folder fails, naming the path", arguments: damages)
    func folder(_ damage: Damage) throws {
        let folder = try TemporaryFolder()
        let bag = try packedBag(folder)
        #expect(try Verifier.verify(bag).isValid)
        try damage.damage(bag)
        let result = try Verifier.verify(bag)
        #expect(!result.isValid)
        #expect(result.problems.contains { $0.path == damage.path }, "\(result.problems)")
    }

    @Test("a damaged archive fails, naming the path", arguments: ["zip", "tar", "tar.gz"])
    func archive(_ form: String) throws {
        let folder = try TemporaryFolder()
        let bag = try packedBag(folder)
        try Self.damages[0].damage(bag)
        let archive = folder.url("damaged.\(form)")
        let flags = form == "zip" ? ["-qr", archive, "damaged"] : [form == "tar" ? "-cf" : "-czf", archive, "damaged"]
        try FileManager.default.moveItem(atPath: bag, toPath: folder.url("damaged"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: form == "zip" ? "/usr/bin/env" : "/bin/tar")
        process.arguments = form == "zip" ? ["python3", "-m", "zipfile", "-c", archive, "damaged"] : flags
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let result = try Verifier.verify(archive)
        #expect(result.problems.contains { $0.path == "data/data/entretiens.csv" }, "\(result.problems)")
    }

    @Test("entries with .. or absolute paths and links are reported, never followed")
    func hostileArchive() throws {
        let folder = try TemporaryFolder()
        let bag = try packedBag(folder)
        let script = """
            import tarfile, io, sys
            with tarfile.open(sys.argv[1], "w") as t:
                t.add(sys.argv[2], arcname="bag")
                for name in ["../escape.txt", "/etc/evil.txt"]:
                    info = tarfile.TarInfo(name); data = b"x"; info.size = 1
                    t.addfile(info, io.BytesIO(data))
                link = tarfile.TarInfo("bag/data/link"); link.type = tarfile.SYMTYPE; link.linkname = "/etc/passwd"
                t.addfile(link)
            """
        let archive = folder.url("hostile.tar")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, archive, bag]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let result = try Verifier.verify(archive)
        let paths = Set(result.problems.compactMap(\.path))
        #expect(paths.contains("../escape.txt"))
        #expect(paths.contains("/etc/evil.txt"))
        #expect(paths.contains("bag/data/link") || paths.contains("data/link"), "\(result.problems)")
        #expect(!FileManager.default.fileExists(atPath: folder.url("escape.txt")))
    }

    @Test("a folder or file that is not a bag, and a truncated archive, are told apart")
    func notABag() throws {
        let folder = try TemporaryFolder()
        try folder.write("plain/readme.txt", "x")
        #expect(throws: VerifyError.notABag(folder.url("plain"))) { try Verifier.verify(folder.url("plain")) }
        #expect(throws: VerifyError.notFound(folder.url("none"), reason: "No such file or directory")) { try Verifier.verify(folder.url("none")) }
        let bag = try packedBag(folder)
        _ = bag
        _ = try Packer(baggingDate: "2026-11-23").pack(try Deposit.open(at: folder.url("deposit")), to: folder.url("bag.tar.gz"))
        let data = try Data(contentsOf: URL(fileURLWithPath: folder.url("bag.tar.gz")))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: folder.url("cut.tar.gz")))
        #expect(throws: VerifyError.self) { try Verifier.verify(folder.url("cut.tar.gz")) }
    }
}
