@testable import FairPackBase
@testable import FairPackDeposit
@testable import FairPackInspection
@testable import FairPackChecks
import Testing
import Foundation

/// One case per check: its examples are its documentation and its tests at once.
struct CheckCase: Sendable, CustomTestStringConvertible {
    let check: any Check.Type
    var testDescription: String { check.description.id }
}

@Suite("Every check's own examples")
struct CheckExamplesTests {
    static let cases = CheckRegistry.all.map { CheckCase(check: $0) }

    @Test("passing examples yield no problem", arguments: cases)
    func passing(_ item: CheckCase) {
        let description = item.check.description
        #expect(!description.passing.isEmpty, "\(description.id) has no passing example")
        for example in description.passing {
            let settings = CheckSettings(defaults: description.parameters, overrides: example.settings)
            let problems = item.check.init(settings: settings).check(example.deposit)
            #expect(problems.isEmpty, "\(description.id) flagged its passing example: \(problems.map(\.message))")
        }
    }

    @Test("failing examples yield located, actionable problems", arguments: cases)
    func failing(_ item: CheckCase) {
        let description = item.check.description
        #expect(!description.failing.isEmpty, "\(description.id) has no failing example")
        for example in description.failing {
            let settings = CheckSettings(defaults: description.parameters, overrides: example.settings)
            let problems = item.check.init(settings: settings).check(example.deposit)
            #expect(!problems.isEmpty, "\(description.id) passed its failing example:\n\(example.metadata ?? "(none)")")
            if let lands = example.lands {
                #expect(problems.contains { lands.matches($0) },
                        "\(description.id): no problem lands at \(lands); they land at \(problems.map { ($0.path, $0.location?.pointer) })")
            } else {
                Issue.record("\(description.id) has a failing example that does not say where its problem lands")
            }
            for problem in problems {
                #expect(problem.message.hasSuffix("."), "message of \(description.id) is not a sentence: \(problem.message)")
                #expect(problem.fix.hasSuffix(".") || problem.fix.hasSuffix("?"), "fix of \(description.id): \(problem.fix)")
                #expect(problem.path != nil, "\(description.id) reported a problem with no path")
                if problem.path == DepositMetadata.fileName, example.metadata != nil, case .parsed = example.deposit.metadataState {
                    #expect(problem.location != nil, "\(description.id) did not locate its problem in deposit.yaml")
                }
            }
        }
    }

    @Test("ids are unique, dotted and described")
    func registry() {
        let ids = CheckRegistry.ids
        #expect(Set(ids).count == ids.count)
        for check in CheckRegistry.all {
            let description = check.description
            #expect(description.id.range(of: "^[a-z]+(-[a-z]+)*(\\.[a-z-]+)+$", options: .regularExpression) != nil, "\(description.id)")
            #expect(!description.title.isEmpty && !description.rationale.isEmpty)
            #expect(["F", "A", "I", "R"].contains(String(description.principle.prefix(1))), "\(description.id)")
            for example in description.passing + description.failing {
                for name in example.settings.keys {
                    #expect(description.parameters.contains { $0.name == name }, "\(description.id) example sets unknown \(name)")
                }
            }
        }
    }
}

