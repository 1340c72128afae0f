import FairPackBase
import Foundation

/// Paths written in deposit.yaml, compared with the inventory's.
public enum DepositPath {
    /// A path as written (` ./data/a.csv`) in the inventory's form (`data/a.csv`): trimmed,
    /// no leading `./`, no trailing `/`.
    public static func normalised(_ written: String) -> String {
        var path = Substring(written.trimmingCharacters(in: .whitespaces))
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        while path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }

    /// True when `written` names the inventory path `path`.
    public static func matches(_ written: Located<String>?, _ path: String) -> Bool {
        written.map { normalised($0.value) == path } ?? false
    }
}
