import FairPackBase
import FairPackDeposit
import FairPackInspection
/// `format.preferred`: files are in formats suited to long-term archiving.
public struct FormatPreferenceCheck: Check {
    public static let description = CheckDescription(
        id: "format.preferred",
        title: "Files are in archival formats",
        rationale: "Repositories can only preserve what stays readable: open, documented formats outlive the software that wrote them, proprietary and binary ones do not.",
        principle: "R1.3",
        defaultSeverity: .warning,
        parameters: [
            Self.preferredParameter.declaration,
            Self.acceptedParameter.declaration,
            Self.discouragedParameter.declaration,
            Self.reportAcceptedParameter.declaration,
        ],
        needs: [.format],
        passing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 20)],
                         facts: [FormatExamples.facts("data/a.csv", FormatExamples.csv)]),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "notes.doc", size: 2_048)],
                         facts: [FormatExamples.facts("notes.doc", FormatExamples.doc)], settings: ["accepted": .list(["doc"])]),
        ],
        failing: [
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "notes.doc", size: 2_048)],
                         facts: [FormatExamples.facts("notes.doc", FormatExamples.doc)]).landing(at: .path("notes.doc")),
            CheckExample(ExampleMetadata.complete, files: [FileEntry(path: "data/a.csv", size: 20)],
                         facts: [FormatExamples.facts("data/a.csv", FormatExamples.csv)],
                         settings: ["discouraged": .list(["csv"])]).landing(at: .path("data/a.csv")),
        ])

    /// The `preferred` parameter.
    static let preferredParameter = Parameter<[String]>("preferred", "Formats (such as doc, xlsx, pdf) treated as preferred, whatever the default.", default: [])
    /// The `accepted` parameter.
    static let acceptedParameter = Parameter<[String]>("accepted", "Formats treated as accepted, whatever the default.", default: [])
    /// The `discouraged` parameter.
    static let discouragedParameter = Parameter<[String]>("discouraged", "Formats treated as discouraged, whatever the default.", default: [])
    /// The `report-accepted` parameter.
    static let reportAcceptedParameter = Parameter<Bool>("report-accepted", "Whether accepted formats with an archival alternative get a note.", default: false)

    let overrides: [String: FormatFacts.Preference]
    let reportAccepted: Bool

    public init(settings: CheckSettings) {
        var overrides: [String: FormatFacts.Preference] = [:]
        for (parameter, level) in [(Self.preferredParameter, FormatFacts.Preference.preferred),
                                   (Self.acceptedParameter, .accepted), (Self.discouragedParameter, .discouraged)] {
            for name in settings[parameter] { overrides[name.lowercased()] = level }
        }
        self.overrides = overrides
        reportAccepted = settings[Self.reportAcceptedParameter]
    }

    public func check(_ deposit: InspectedDeposit) -> [Problem] {
        deposit.inventory.files.compactMap { file in
            // An empty file has no format to judge (it is `files.empty`'s), and a left-behind system
            // file (.DS_Store, Thumbs.db) is `files.junk`'s: no second finding for either.
            guard file.size > 0, JunkFileCheck.junk(file.path) == nil,
                  let format = deposit.facts[file.path]?.format else { return nil }
            switch level(of: format) {
            case .preferred:
                return nil
            case .discouraged:
                return Problem(message: Messages.discouraged(format), fix: Messages.convert(format), path: file.path)
            case .accepted:
                guard reportAccepted, !format.convertTo.isEmpty else { return nil }
                var note = Problem(message: Messages.accepted(format), fix: Messages.convert(format), path: file.path)
                note.severity = .note
                return note
            }
        }
    }

    /// The level a profile gives the format, by its identifier or its first extension, else the default.
    func level(of format: FormatFacts) -> FormatFacts.Preference {
        let names = [format.format.lowercased()] + format.expectedExtensions.prefix(1)
        return names.lazy.compactMap { overrides[$0] }.first ?? format.preference
    }

    enum Messages {
        static func discouraged(_ format: FormatFacts) -> String {
            "\(format.name) is not an archival format: \(clause(format.preferenceReason))."
        }
        static func accepted(_ format: FormatFacts) -> String {
            "\(format.name) is accepted, but an archival form exists: \(clause(format.preferenceReason))."
        }
        /// A sentence as a clause: no final period, and a lowercase start unless it begins with an acronym.
        static func clause(_ sentence: String) -> String {
            let text = sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence
            let start = text.prefix(2)
            guard start.count == 2, start.last?.isLowercase == true else { return text }
            return text.prefix(1).lowercased() + text.dropFirst()
        }
        static func convert(_ format: FormatFacts) -> String {
            guard !format.convertTo.isEmpty else { return "Deposit an open format instead, or explain in the README why this one is needed." }
            return "Convert it to \(format.convertTo.joined(separator: " or ")) (keep the original beside it if it holds more)."
        }
    }
}
