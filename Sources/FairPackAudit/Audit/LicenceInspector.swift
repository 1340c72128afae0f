import FairPackDeposit
import FairPackInspection
import FairPackLicences

/// Reads licence files (LICENSE, LICENCE, COPYING at any depth) and the root README and
/// NOTICE with the licence engine's streaming scanner, during the one read.
public struct LicenceInspectorFactory: InspectorFactory {
    /// Creates the factory.
    public init() {}

    public var provides: FactKind { .licences }

    public func makeInspector(for entry: FileEntry) -> (any Inspector)? {
        if LicenceFacts.isRootReadme(entry.path) { return LicenceInspector(readsAttribution: true) }
        return LicenceFacts.isLicenceFile(entry.path) ? LicenceInspector() : nil
    }
}

/// Feeds one file's chunks to a ``LicenceTextScanner`` and turns its findings into facts.
struct LicenceInspector: Inspector {
    var scanner = LicenceTextScanner()
    /// Whether to look for the producer and the date of last update too (root READMEs).
    var readsAttribution = false

    mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        scanner.consume(chunk)
    }

    mutating func finish(into facts: inout FileFacts) {
        var licences = Self.facts(from: scanner.finish())
        if readsAttribution {
            let mentions = scanner.attribution()
            licences.producerLine = mentions.producerLine
            licences.updateLine = mentions.updateLine
        }
        facts.licences = licences
    }

    /// The engine's findings as plain facts.
    static func facts(from findings: LicenceFindings) -> LicenceFacts {
        LicenceFacts(statements: findings.detections.map { detection in
            LicenceStatement(spdx: detection.licenceId, kind: kind(detection.kind),
                             confidence: detection.confidence, line: detection.line)
        })
    }

    private static func kind(_ kind: LicenceDetection.Kind) -> LicenceStatement.Kind {
        switch kind {
        case .fullText: return .fullText
        case .partialText: return .partialText
        case .alteredText: return .alteredText
        case .notice: return .notice
        case .identifier: return .identifier
        case .url: return .url
        }
    }
}
