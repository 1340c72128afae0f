import FairPackTestSupport
import Foundation
import Testing

/// Deposits and bags made by someone else: what they may not make fairpack do.
@Suite("security: hostile deposits and bags")
struct SecurityTests {
    static let evilProfile = """
        id: evil
        title: Evil
        external:
          - id: lab.e
            command: [sh, -c, "touch PWNED; echo '[]'"]
        """

    @Test("a deposit's own profile may not run a program unless the deposit is trusted")
    func depositProfileExternal() throws {
        let deposit = try TemporaryFolder()
        try deposit.write("deposit.yaml", "title: T\nprofiles: [evil]\n")
        try deposit.write(".fairpack/profiles/evil.yaml", Self.evilProfile)
        let refused = try BinaryRun.fairpack(["check", deposit.path], in: deposit.path)
        #expect(refused.status == 2)
        #expect(refused.isOneErrorLine && refused.stderr.contains("--trust-deposit"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: deposit.url("PWNED")))
        let packed = try BinaryRun.fairpack(["pack", deposit.path, "-o", deposit.path + "-bag"], in: deposit.path)
        #expect(packed.status == 2)
        #expect(!FileManager.default.fileExists(atPath: deposit.url("PWNED")))
        let trusted = try BinaryRun.fairpack(["check", deposit.path, "--trust-deposit"], in: deposit.path)
        #expect(trusted.status == 0, "\(trusted.stdout)\(trusted.stderr)")
        #expect(FileManager.default.fileExists(atPath: deposit.url("PWNED")))
    }

    @Test("naming the deposit's profile with --profile FILE trusts it")
    func profileFileTrusted() throws {
        let deposit = try TemporaryFolder()
        try deposit.write("deposit.yaml", "title: T\n")
        let file = try deposit.write(".fairpack/profiles/evil.yaml", Self.evilProfile)
        let run = try BinaryRun.fairpack(["check", deposit.path, "--profile", file], in: deposit.path)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: deposit.url("PWNED")))
    }

    @Test("catastrophic patterns share one time budget and are reported as undecided")
    func patternBudget() throws {
        let deposit = try TemporaryFolder()
        let value = String(repeating: "a", count: 27) + "b"
        let keywords = (0..<60).map { _ in "  - \(value)\n" }.joined()
        try deposit.write("deposit.yaml", "title: T\nkeywords:\n\(keywords)profiles: [slow]\n")
        try deposit.write(".fairpack/profiles/slow.yaml", """
            id: slow
            title: Slow
            declare:
              - id: lab.slow
                field: keywords
                pattern: "^(a+)+$"
            """)
        let start = Date()
        let run = try BinaryRun.fairpack(["check", deposit.path, "--format", "json"])
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < 15, "took \(seconds) s")
        #expect(run.status == 1)
        let findings = try #require(try run.json()["findings"] as? [[String: Any]])
        let messages = findings.compactMap { $0["message"] as? String }
        #expect(messages.count == 60)
        #expect(messages.contains { $0.contains("could not decide") })
    }

    @Test("control characters from the deposit are escaped in the text report and on stderr")
    func escapes() throws {
        let deposit = try TemporaryFolder()
        try deposit.write("deposit.yaml", "title: \"X\\e]0;PWNED\\a\\e[2J\"\nlicense: \"\\e[31mbad\"\n")
        try deposit.write("data/we\u{1B}[2Jird\nname.txt", "x")
        let run = try BinaryRun.fairpack(["check", deposit.path])
        #expect(!run.stdout.contains("\u{1B}"), "\(run.stdout)")
        #expect(run.stdout.contains("\\x1b"), "\(run.stdout)")
        #expect(!run.stdout.contains("we\\x1b[2Jird\nname"))
        let bad = try BinaryRun.fairpack(["check", deposit.url("no\u{1B}]0;PWNED\u{07}such")])
        #expect(bad.status == 2)
        #expect(bad.isOneErrorLine && !bad.stderr.contains("\u{1B}") && bad.stderr.contains("\\x1b"), "\(bad.stderr)")
    }

    @Test("a deposit profile's texts are escaped by `profiles list` and `profiles show`")
    func profileTextsEscaped() throws {
        let deposit = try TemporaryFolder()
        try deposit.write("deposit.yaml", "title: T\n")
        try deposit.write(".fairpack/profiles/odd.yaml", """
            id: odd
            title: "Odd \\e]0;PWNED\\a"
            declare:
              - id: lab.odd
                field: title
                required: true
                message: "Say \\e[2J hello"
            """)
        for arguments in [["profiles", "list", "--deposit", deposit.path], ["profiles", "show", "odd", "--deposit", deposit.path]] {
            let run = try BinaryRun.fairpack(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(!run.stdout.contains("\u{1B}") && run.stdout.contains("\\x1b"), "\(arguments): \(run.stdout)")
        }
    }
}
