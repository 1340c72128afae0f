import Foundation
import FairPackBase

/// The time all of an audit's declared patterns may take together.
///
/// A pattern from a profile can be written to take exponential time (`^(a+)+$`); a limit per
/// match does not help when a deposit repeats the value sixty times. One budget is shared by
/// every match of one audit; once it is spent, each further match is undecided at once.
public final class PatternBudget: Sendable {
    /// What a match found.
    public enum Outcome: Sendable, Equatable {
        case matches, doesNotMatch, undecided
    }

    private let deadline: Locked<ContinuousClock.Instant?>
    /// The seconds the budget allows, for messages.
    public let seconds: Double

    /// A budget of `seconds` for all matches; the clock starts at the first match.
    public init(seconds: Double = 5) {
        self.seconds = seconds
        deadline = Locked(nil)
    }

    /// Whether `expression` finds a match in `text`, or `.undecided` when the budget ran out.
    public func firstMatch(_ expression: NSRegularExpression, in text: String) -> Outcome {
        let end = deadline.withLock { deadline in
            if deadline == nil { deadline = .now + .milliseconds(Int64(seconds * 1000)) }
            return deadline ?? .now
        }
        if ContinuousClock.now >= end { return .undecided }
        var found = false
        var stopped = false
        expression.enumerateMatches(in: text, options: [.reportProgress],
                                    range: NSRange(text.startIndex..., in: text)) { match, _, stop in
            if match != nil {
                found = true
                stop.pointee = true
            } else if ContinuousClock.now >= end {
                stopped = true
                stop.pointee = true
            }
        }
        if found { return .matches }
        return stopped ? .undecided : .doesNotMatch
    }
}
