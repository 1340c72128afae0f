import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackFormats
import FairPackHashing
import FairPackAudit
import Foundation

/// `ro-crate-preview.html`: the crate's metadata as one self-contained page for people.
enum CratePreview {
    static func html(deposit: InspectedDeposit, files: [(entry: FileEntry, sha256: String)]) -> Data {
        let metadata = deposit.metadata
        let title = escape(metadata?.title?.value ?? "Deposit")
        var body = "<h1>\(title)</h1>\n"
        if let description = metadata?.description?.value { body += "<p>\(escape(description))</p>\n" }
        body += "<dl>\n"
        let authors = (metadata?.authors?.value ?? []).map { author -> String in
            let name = escape(ContextualEntities.displayName(author.value.name?.value ?? ""))
            guard let orcid = author.value.orcid.flatMap({ ORCID($0.value) }) else { return name }
            return "\(name) (<a href=\"\(orcid.url)\">\(orcid.identifier)</a>)"
        }
        if !authors.isEmpty { body += "<dt>Authors</dt><dd>\(authors.joined(separator: "; "))</dd>\n" }
        if let licence = metadata?.licence.flatMap({ SPDXLicence.named($0.value) }) {
            body += "<dt>Licence</dt><dd><a href=\"https://spdx.org/licenses/\(licence.id)\">\(escape(licence.name))</a></dd>\n"
        }
        if let keywords = metadata?.keywords?.value.map(\.value), !keywords.isEmpty {
            body += "<dt>Keywords</dt><dd>\(escape(keywords.joined(separator: ", ")))</dd>\n"
        }
        if let contact = metadata?.contact?.value {
            let name = escape(ContextualEntities.displayName(contact.name?.value ?? ""))
            let email = contact.email.map { " &lt;\(escape($0.value))&gt;" } ?? ""
            body += "<dt>Contact</dt><dd>\(name)\(email)</dd>\n"
        }
        body += "</dl>\n<h2>Files</h2>\n<table>\n<tr><th>Path</th><th>Size</th><th>Type</th><th>SHA-256</th></tr>\n"
        for (entry, sha256) in files {
            let format = MediaType.format(of: entry, facts: deposit.facts[entry.path])
            body += "<tr><td>\(escape(entry.path))</td><td>\(ByteCount.format(entry.size))</td>"
                + "<td>\(escape(format.mediaType))</td><td><code>\(sha256.prefix(16))…</code></td></tr>\n"
        }
        body += "</table>\n"
        let page = """
            <!DOCTYPE html>
            <html lang="\(metadata?.language.flatMap { LanguageCode($0.value)?.code } ?? "en")">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}
            table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}
            dt{font-weight:bold}</style>
            </head>
            <body>
            \(body)<p>The machine-readable description is in <a href="ro-crate-metadata.json">ro-crate-metadata.json</a> (RO-Crate 1.2).</p>
            </body>
            </html>

            """
        return Data(page.utf8)
    }

    static func escape(_ text: String) -> String {
        // Most names need no escaping: one scan of the bytes spares four Foundation searches.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                                        || $0 == UInt8(ascii: "\"") }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
