import FairPackBase
import FairPackDeposit
import FairPackInspection
import Foundation

/// Reads an RDA maDMP (DMP Common Standard 1.x, JSON) into the summary deposits are checked against.
public enum MaDMPParser {
    /// Parses `data`; `.invalid` says what is wrong and, for JSON syntax errors, the line.
    public static func parse(_ data: Data) -> DMPReading {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            if Self.isTooDeep(error) { return .invalid(Messages.tooDeep(location(of: error, in: data))) }
            return .invalid(Messages.notJSON(location(of: error, in: data)))
        }
        guard let root = object as? [String: Any], let dmp = root["dmp"] as? [String: Any] else {
            return .invalid(Messages.noDMP)
        }
        guard let datasets = dmp["dataset"] as? [Any] else { return .invalid(Messages.noDatasets) }
        var result = MaDMP(title: dmp["title"] as? String)
        if let contact = dmp["contact"] as? [String: Any] {
            result.contact = person(contact, idKey: "contact_id")
        }
        result.contributors = (dmp["contributor"] as? [Any] ?? []).compactMap { item in
            (item as? [String: Any]).flatMap { person($0, idKey: "contributor_id") }
        }
        for (index, item) in datasets.enumerated() {
            guard let dataset = item as? [String: Any], let title = dataset["title"] as? String else {
                return .invalid(Messages.untitledDataset(index))
            }
            let distributions = (dataset["distribution"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }
            let licences = distributions.flatMap { distribution in
                (distribution["license"] as? [Any] ?? []).compactMap { ($0 as? [String: Any])?["license_ref"] as? String }
            }
            result.datasets.append(MaDMP.Dataset(
                index: index, title: title,
                identifier: (dataset["dataset_id"] as? [String: Any])?["identifier"] as? String,
                personalData: dataset["personal_data"] as? String, sensitiveData: dataset["sensitive_data"] as? String,
                licences: licences, distributionTitles: distributions.compactMap { $0["title"] as? String }))
        }
        return .parsed(result)
    }

    private static func person(_ object: [String: Any], idKey: String) -> MaDMP.Person? {
        guard let name = object["name"] as? String else { return nil }
        let id = object[idKey] as? [String: Any]
        let isORCID = (id?["type"] as? String)?.lowercased() == "orcid"
        return MaDMP.Person(name: name, orcid: isORCID ? id?["identifier"] as? String : nil)
    }

    /// Whether the JSON reader stopped at its nesting limit (512 levels) rather than at a syntax error.
    private static func isTooDeep(_ error: Error) -> Bool {
        (((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "").contains("Too many nested")
    }

    /// "line L, column C" from Foundation's "around character N" message, when it gives one.
    private static func location(of error: Error, in data: Data) -> String? {
        let text = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
        guard let range = text.range(of: "character "),
              let offset = Int(text[range.upperBound...].prefix { $0.isNumber }) else { return nil }
        var line = 1
        var column = 1
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return "line \(line), column \(column)"
    }

    enum Messages {
        static func notJSON(_ location: String?) -> String {
            "it is not valid JSON" + (location.map { " (near \($0))" } ?? "")
        }
        static func tooDeep(_ location: String?) -> String {
            "its arrays and objects nest more than 512 levels deep" + (location.map { " (at \($0))" } ?? "")
                + ", deeper than fairpack reads; an RDA maDMP needs a handful"
        }
        static let noDMP = "it has no top-level `dmp` object, so it is not an RDA maDMP"
        static let noDatasets = "its `dmp` has no `dataset` list"
        static func untitledDataset(_ index: Int) -> String { "`dmp.dataset[\(index)]` has no `title`" }
    }
}

/// Keeps the deposit's `dmp:` file (JSON, bounded in size) and parses it at the end of the read.
public struct MaDMPInspectorFactory: InspectorFactory {
    /// The largest maDMP read; larger files are reported, not loaded.
    public static let sizeLimit = 32 << 20

    /// The path of the DMP file relative to the root, from `deposit.yaml`.
    public let path: String?

    /// Creates a factory for the DMP at `path` (nil: no DMP, no inspector).
    public init(path: String?) {
        self.path = path.map(DepositPath.normalised)
    }

    public var provides: FactKind { .dmp }

    public func makeInspector(for entry: FileEntry) -> (any Inspector)? {
        entry.path == path ? MaDMPInspector() : nil
    }
}

struct MaDMPInspector: Inspector {
    var data = Data()
    var tooLarge = false

    mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard data.count + chunk.count <= MaDMPInspectorFactory.sizeLimit else {
            tooLarge = true
            return false
        }
        data.append(contentsOf: chunk)
        return true
    }

    mutating func finish(into facts: inout FileFacts) {
        facts.dmp = tooLarge ? .invalid("it is larger than 32 MB") : MaDMPParser.parse(data)
        if facts.mediaType == nil, case .parsed = facts.dmp { facts.mediaType = "application/json" }
    }
}
