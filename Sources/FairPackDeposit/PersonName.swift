import FairPackBase
import Foundation

/// Compares people's names however they are written ("Cerisier, Jean-François" and
/// "Jean-Francois Cerisier" are the same person).
public enum PersonName {
    /// The name folded to a key: lower case, no accents, its words sorted.
    public static func key(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let words = folded.split { !$0.isLetter }.map(String.init)
        return words.sorted().joined(separator: " ")
    }
}
