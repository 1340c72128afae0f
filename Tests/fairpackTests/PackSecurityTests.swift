import FairPackTestSupport
import Foundation
import Testing

/// `pack` and external programs on deposits made by someone else.
@Suite("security: pack and programs on deposits from others")
struct PackSecurityTests {
    /// A small deposit that passes fair-core with --force.
    static func deposit(in folder: TemporaryFolder, _ name: String = "deposit") throws -> String {
        let path = folder.url(name)
        try FileManager.default.copyItem(atPath: BinaryRun.samples("gtnum-reve"), toPath: path)
        return path
    }

    @Test("an output inside the deposit is refused with exit 2 and nothing is written")
    func outputInsideDeposit() throws {
        let folder = try TemporaryFolder()
        let deposit = try Self.deposit(in: folder)
        for output in [deposit + "/out.zip", deposit + "/data/../bag", deposit + "/new/bag.tar"] {
            let run = try BinaryRun.fairpack(["pack", deposit, "-o", output, "--force"])
            #expect(run.status == 2, "\(output): \(run.stdout)")
            #expect(run.stderr.contains("inside the deposit"), "\(run.stderr)")
        }
        let each = try BinaryRun.fairpack(["pack", "--each", folder.path, "-o", folder.url("bags"), "--force"])
        #expect(each.status == 2, "\(each.stdout)")
        #expect(!FileManager.default.fileExists(atPath: deposit + "/out.zip"))
        #expect(!FileManager.default.fileExists(atPath: deposit + "/new"))
    }

    @Test("a dangling symbolic link given as -o is refused, never replaced nor followed")
    func danglingOutput() throws {
        let folder = try TemporaryFolder()
        let deposit = try Self.deposit(in: folder)
        let elsewhere = try TemporaryFolder()
        let link = folder.url("out")
        #expect(symlink(elsewhere.url("made"), link) == 0)
        for arguments in [["pack", deposit, "-o", link], ["pack", "--each", deposit, "-o", link]] {
            let run = try BinaryRun.fairpack(arguments + ["--force"])
            #expect(run.status == 2, "\(arguments): \(run.stdout)\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: elsewhere.url("made")))
            #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == elsewhere.url("made"))
        }
    }

    @Test("pack --each skips children that are links to folders elsewhere, and says so")
    func eachSkipsLinks() throws {
        let parent = try TemporaryFolder()
        _ = try Self.deposit(in: parent, "real")
        let outside = try TemporaryFolder()
        _ = try Self.deposit(in: outside, "secret")
        #expect(symlink(outside.url("secret"), parent.url("linked")) == 0)
        let bags = try TemporaryFolder()
        let run = try BinaryRun.fairpack(["pack", "--each", parent.path, "-o", bags.url("out"), "--force"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("Skipped linked"), "\(run.stdout)")
        let made = try FileManager.default.contentsOfDirectory(atPath: bags.url("out"))
        #expect(made == ["real"])
    }

    @Test("swapping a folder for a link to outside during pack never puts an outside byte in the bag")
    func symlinkRace() throws {
        let folder = try TemporaryFolder()
        let deposit = try Self.deposit(in: folder)
        let outside = try TemporaryFolder()
        // Same sizes inside and outside, so a size check alone cannot catch the swap.
        let marker = "SECRET!"
        for index in 0..<300 {
            let number = String(format: "%04d", index)
            try folder.write("deposit/sub/f\(index).txt", "inside \(number)\n")
            try outside.write("f\(index).txt", "\(marker)\(number)\n")
        }
        let sub = deposit + "/sub"
        let parked = deposit + "/.sub-parked"
        let target = outside.path
        let finished = DispatchSemaphore(value: 0)
        let stop = DispatchSemaphore(value: 0)
        let seconds = 6.0
        // The swapping runs until the packing below is done: at least 6 s and 3 packs, so that a
        // loaded machine (slow packs) still tries the race as often.
        DispatchQueue.global().async {
            while stop.wait(timeout: .now()) == .timedOut {
                rename(sub, parked)
                symlink(target, sub)
                usleep(300)
                unlink(sub)
                rename(parked, sub)
                usleep(300)
            }
            finished.signal()
        }
        var runs = 0
        var packed = 0
        let start = Date()
        while Date().timeIntervalSince(start) < seconds || (runs < 3 && Date().timeIntervalSince(start) < 120) {
            let output = folder.url("bag\(runs).tar")
            let run = try BinaryRun.fairpack(["pack", deposit, "-o", output, "--force"])
            runs += 1
            if let data = FileManager.default.contents(atPath: output) {
                packed += 1
                #expect(data.range(of: Data(marker.utf8)) == nil, "run \(runs): an outside file is in the bag (\(run.status))")
            }
        }
        stop.signal()
        finished.wait()
        #expect(runs >= 3)
        #expect(packed >= 1, "no run packed, so the race was not tried (\(runs) runs)")
        print("symlink race: \(runs) runs, \(packed) bags written")
    }

    static let talkative = """
        id: talk
        title: Talk
        external:
          - id: lab.out
            command: [sh, -c, "head -c 20000000 /dev/zero; echo"]
            timeout: 30
          - id: lab.err
            command: [sh, -c, "head -c 1000000 /dev/zero | tr '\\\\0' x >&2; echo '[{\\"message\\": \\"spoke\\"}]'"]
            timeout: 30
          - id: lab.orphan
            command: [sh, -c, "(sleep 4; touch ORPHAN) & sleep 60"]
            timeout: 2
        """

    @Test("programs that talk too much are reported as such, fast, and leave no process behind")
    func talkativePrograms() throws {
        let folder = try TemporaryFolder()
        try folder.write("d/deposit.yaml", "title: T\n")
        let profile = try folder.write("talk.yaml", Self.talkative)
        let start = Date()
        let run = try BinaryRun.fairpack(["check", folder.url("d"), "--profile", profile])
        #expect(Date().timeIntervalSince(start) < 15)
        #expect(run.stdout.contains("wrote more than 16 MB"), "\(run.stdout)")
        #expect(run.stdout.contains("spoke"), "\(run.stdout)")
        #expect(run.stdout.contains("did not finish within 2 seconds"), "\(run.stdout)")
        Thread.sleep(forTimeInterval: 4)
        #expect(!FileManager.default.fileExists(atPath: folder.url("d/ORPHAN")))
    }
}
