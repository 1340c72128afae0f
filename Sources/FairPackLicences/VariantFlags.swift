/// The words that tell Creative Commons and Etalab relatives apart, found in a text.
struct VariantFlags: Sendable, Hashable {
    var shareAlike = false
    var nonCommercial = false
    var noDerivatives = false

    init(shareAlike: Bool = false, nonCommercial: Bool = false, noDerivatives: Bool = false) {
        self.shareAlike = shareAlike
        self.nonCommercial = nonCommercial
        self.noDerivatives = noDerivatives
    }

    /// Flags raised by the discriminating words of `words` (English and French).
    init(words: [String]) {
        var previous = ""
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            switch word {
            case "sharealike": shareAlike = true
            case "alike" where previous == "share": shareAlike = true
            case "noncommercial": nonCommercial = true
            case "commercial" where previous == "non" && index >= 2 && words[index - 2] != "or": nonCommercial = true
            case "commerciale" where previous == "utilisation": nonCommercial = true
            case "noderivatives", "noderivs": noDerivatives = true
            case "derivatives" where previous == "no": noDerivatives = true
            case "memes" where next == "conditions" && previous == "les": shareAlike = true
            case "modification" where previous == "de" && index >= 2 && words[index - 2] == "pas": noDerivatives = true
            default: break
            }
            previous = word
        }
    }
}
