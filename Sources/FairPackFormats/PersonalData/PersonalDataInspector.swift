import Crypto
import FairPackDeposit
import FairPackInspection

/// Makes a personal-data scanner for each text file (tables, JSON and XML included).
///
/// E-mail addresses `deposit.yaml` publishes for the authors and the contact are not reported: they are
/// meant to be read. They are compared by their masked form, the only form the scanner gives.
public struct PersonalDataInspectorFactory: InspectorFactory {
    private let publishedMasks: Set<String>

    /// Creates the factory.
    /// - Parameter publishedAddresses: the e-mail addresses the metadata itself publishes.
    public init(publishedAddresses: [String] = []) {
        publishedMasks = Set(publishedAddresses.compactMap { address in
            var scanner = PersonalDataScanner(hitsPerKind: 1)
            Array(address.utf8).withUnsafeBytes { _ = scanner.consume($0) }
            return scanner.finish().hits(of: .email).first?.maskedValue
        })
    }

    /// Personal data in text files.
    public var provides: FactKind { .personalData }

    public func makeInspector(for entry: FileEntry) -> (any Inspector)? {
        guard TextFiles.isText(entry) else { return nil }
        return PersonalDataInspector(publishedMasks: publishedMasks)
    }

    /// The SHA-256 (hex) of a masked value: what `reviewed: accepted:` names.
    public static func digest(of masked: String) -> String {
        SHA256.hash(data: Array(masked.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}

/// Scans a text file for personal data; stops at once on a binary file.
struct PersonalDataInspector: Inspector {
    let publishedMasks: Set<String>
    private var scanner = PersonalDataScanner()
    private var started = false
    private var isBinary = false

    init(publishedMasks: Set<String>) {
        self.publishedMasks = publishedMasks
    }

    mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        if !started {
            started = true
            if TextFiles.looksBinary(chunk) {
                isBinary = true
                return false
            }
        }
        return scanner.consume(chunk)
    }

    mutating func finish(into facts: inout FileFacts) {
        guard !isBinary else { return }
        let report = scanner.finish()
        var counts: [PersonalDataCategory: Int] = [:]
        for (kind, count) in report.counts {
            guard let category = PersonalDataCategory(rawValue: kind.rawValue) else { continue }
            counts[category] = count
        }
        var hits: [PersonalDataFinding] = []
        for hit in report.hits {
            guard let category = PersonalDataCategory(rawValue: hit.kind.rawValue) else { continue }
            if category == .email, publishedMasks.contains(hit.maskedValue) {
                counts[category, default: 1] -= 1
                continue
            }
            hits.append(PersonalDataFinding(
                category: category, place: TextPlace(line: hit.position.line, column: hit.position.column),
                masked: hit.maskedValue, digest: PersonalDataInspectorFactory.digest(of: hit.maskedValue)))
        }
        facts.personalData = PersonalDataFacts(hits: hits, counts: counts.filter { $0.value > 0 })
    }
}
