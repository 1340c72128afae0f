import FairPackBase
import FairPackInspection
import FairPackAudit
import FairPackReports
import ArgumentParser
import Foundation

/// Which reports to write and where, and how the terminal shows them; shared by the commands
/// that report an audit.
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Report format, or a comma list of them with --output-dir.",
        valueName: "format[,format…]"))
    var format: ReportFormatList = ReportFormatList(formats: [.text])

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("output-dir"),
            help: ArgumentHelp("Write each report to this folder: report.txt, report.json, report.sarif, report.junit.xml, report.md, report.html, report.github.txt.",
                               valueName: "dir"))
    var outputDirectory: String?

    @Flag(name: .customLong("no-color"), help: "Never colour the output (as does a non-empty NO_COLOR).")
    var noColour = false

    @Flag(name: .shortAndLong, help: "Print nothing but the report; nothing at all when it goes to a file.")
    var quiet = false

    func validate() throws {
        if let unknown = format.unknown.first {
            throw ValidationError("Unknown report format '\(unknown)': use \(ReportFormatList.allValueStrings.joined(separator: ", ")).")
        }
        if output != nil && outputDirectory != nil {
            throw ValidationError("Give --output FILE or --output-dir DIR, not both.")
        }
        if format.formats.count > 1 && outputDirectory == nil {
            throw ValidationError("Several formats need --output-dir DIR to write them into.")
        }
    }

    /// The facts the reports show beyond what the rules need.
    var gathers: Set<FactKind> { format.formats.reduce(into: []) { $0.formUnion($1.gathers) } }

    /// Writes every report asked for: to the folder, the file, or standard output. Files are
    /// written whole then renamed into place. Unless quiet, a report written to a file is
    /// followed by the summary line and where it went, on standard error.
    func deliver(_ result: AuditResult) throws(CommandExit) {
        var written: [String] = []
        if let outputDirectory {
            do {
                try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
            } catch {
                throw CommandExit(status: .io, message: "cannot create the folder '\(outputDirectory)': \(error.localizedDescription)")
            }
            for format in format.formats {
                let path = URL(fileURLWithPath: outputDirectory).appendingPathComponent(format.fileName).path
                try Terminal.write(format.render(result), to: path)
                written.append(path)
            }
        } else if let output, let format = format.formats.first {
            try Terminal.write(format.render(result), to: output)
            written.append(output)
        } else if let format = format.formats.first {
            Terminal.write(format.render(result, colour: format == .text && !noColour && Terminal.stdoutWantsColour))
        }
        guard !quiet, !written.isEmpty else { return }
        let summary = TextReport(result: result, colour: !noColour && Terminal.stderrWantsColour).summary()
        Terminal.note(summary + "\n" + Words.wrote(written.map(TerminalText.escaped)) + "\n")
    }

    enum Words {
        static func wrote(_ paths: [String]) -> String { "Wrote \(paths.joined(separator: ", "))." }
    }
}

/// The formats of `--format`, comma-separated, each once, in the order given. Names that are
/// no format are kept in `unknown`, for `validate()` to name them in one clear line.
struct ReportFormatList: ExpressibleByArgument, Sendable {
    var formats: [ReportFormat]
    var unknown: [String] = []

    init(formats: [ReportFormat]) {
        self.formats = formats
    }

    init?(argument: String) {
        formats = []
        for name in argument.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let format = ReportFormat(rawValue: trimmed.lowercased()) else {
                unknown.append(trimmed)
                continue
            }
            if !formats.contains(format) { formats.append(format) }
        }
    }

    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }

    static var allValueStrings: [String] { ReportFormat.allCases.map(\.rawValue) }
}
