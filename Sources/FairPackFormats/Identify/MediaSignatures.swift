/// Images, audio and video, from their magic bytes and first structures.
enum MediaSignatures {
    static func identify(_ w: ByteWindow) -> FormatIdentity? {
        if w.has([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return png(w) }
        if w.has([0xFF, 0xD8, 0xFF]) { return jpeg(w) }
        if w.has("GIF87a") { return FormatIdentity(format: .gif, puid: "fmt/3", version: "87a") }
        if w.has("GIF89a") { return FormatIdentity(format: .gif, puid: "fmt/4", version: "89a") }
        if w.has([0x49, 0x49, 0x2A, 0x00]) || w.has([0x4D, 0x4D, 0x00, 0x2A]) {
            return FormatIdentity(format: .tiff, puid: "fmt/353")
        }
        if w.has([0x49, 0x49, 0x2B, 0x00]) || w.has([0x4D, 0x4D, 0x00, 0x2B]) {
            return FormatIdentity(format: .tiff, name: "BigTIFF", extras: ["variant": "bigtiff"])
        }
        if w.has([0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A]) {
            if w.has("jpx ", at: 20) {
                return FormatIdentity(format: .jpeg2000, puid: "fmt/151", name: "JPX (JPEG 2000 part 2)", mediaType: "image/jpx")
            }
            return FormatIdentity(format: .jpeg2000, puid: "x-fmt/392", name: "JP2 (JPEG 2000 part 1)")
        }
        if w.has([0xFF, 0x4F, 0xFF, 0x51]) {
            return FormatIdentity(format: .jpeg2000, name: "JPEG 2000 codestream", mediaType: "image/x-jp2-codestream")
        }
        if w.has("BM"), let header = w.uint32LE(14), [12, 40, 52, 56, 64, 108, 124].contains(header),
           w.uint16LE(26) == 1 {
            let ids = [12: "fmt/115", 40: "fmt/116", 108: "fmt/118", 124: "fmt/119"]
            return FormatIdentity(format: .bmp, puid: ids[header])
        }
        if w.has([0, 0, 1, 0]), let count = w.uint16LE(4), (1...255).contains(count), w.byte(9) == 0,
           let size = w.uint32LE(14), let offset = w.uint32LE(18), size > 0, offset >= 6 + 16 * count {
            return FormatIdentity(format: .icon, puid: "x-fmt/418")
        }
        if w.has("RIFF"), w.count >= 12 { return riff(w) }
        if w.has("FORM"), w.has("AIFF", at: 8) { return FormatIdentity(format: .aiff, puid: "fmt/414") }
        if w.has("FORM"), w.has("AIFC", at: 8) { return FormatIdentity(format: .aiff, puid: "x-fmt/136", name: "AIFF-C audio") }
        if w.has("fLaC") { return FormatIdentity(format: .flac, puid: "fmt/279") }
        if w.has("OggS") { return ogg(w) }
        if w.has([0x1A, 0x45, 0xDF, 0xA3]) { return ebml(w) }
        if w.has("ftyp", at: 4) { return isoMedia(w) }
        if ["moov", "mdat", "wide", "pnot"].contains(where: { w.has($0, at: 4) }) {
            return FormatIdentity(format: .quickTime, puid: "x-fmt/384")
        }
        if w.has("ID3"), let version = w.byte(3), version >= 2, version <= 4 {
            return FormatIdentity(format: .mp3, puid: "fmt/134", extras: ["id3": "2.\(version)"])
        }
        if MPEGAudioFrame(w, at: 0) != nil, let first = MPEGAudioFrame(w, at: 0),
           MPEGAudioFrame(w, at: first.length) != nil {
            return FormatIdentity(format: .mp3, puid: "fmt/134")
        }
        return nil
    }

    /// PRONOM splits PNG by the chunks present before the image data: iTXt → 1.2, iCCP/sPLT/sRGB → 1.1.
    private static func png(_ w: ByteWindow) -> FormatIdentity {
        var offset = 8
        var types: Set<String> = []
        while let length = w.uint32BE(offset), w.count >= offset + 8 {
            let type = w.ascii(offset + 4, 4)
            types.insert(type)
            if type == "IEND" { break }
            offset += 12 + length
        }
        if types.contains("acTL") {
            return FormatIdentity(format: .png, puid: "fmt/935", name: "Animated PNG", mediaType: "image/apng")
        }
        if types.contains("iTXt") { return FormatIdentity(format: .png, puid: "fmt/13", version: "1.2") }
        if !types.isDisjoint(with: ["iCCP", "sPLT", "sRGB"]) {
            return FormatIdentity(format: .png, puid: "fmt/12", version: "1.1")
        }
        return FormatIdentity(format: .png, puid: "fmt/11", version: "1.0")
    }

    /// JFIF by its APP0 version; Exif and raw JPEG streams get no id here (versions need the Exif IFD).
    private static func jpeg(_ w: ByteWindow) -> FormatIdentity {
        if w.has("JFIF\0", at: 6), let major = w.byte(11), let minor = w.byte(12) {
            let version = "\(major).\(minor < 10 ? "0" : "")\(minor)"
            let ids = ["1.00": "fmt/42", "1.01": "fmt/43", "1.02": "fmt/44"]
            return FormatIdentity(format: .jpeg, puid: ids[version], version: version,
                                  name: "JPEG (JFIF \(version))")
        }
        if w.has("Exif\0", at: 6) { return exif(w) }
        // Neither JFIF nor Exif: PRONOM's raw JPEG stream.
        if let marker = w.byte(3), marker != 0xE0, marker != 0xE1 { return FormatIdentity(format: .jpeg, puid: "fmt/41", name: "JPEG (raw stream)") }
        return FormatIdentity(format: .jpeg)
    }

    /// Exif JPEG by its ExifVersion entry (tag 0x9000, 4 bytes inline) in the APP1 segment.
    private static func exif(_ w: ByteWindow) -> FormatIdentity {
        let segmentEnd = 4 + (w.uint16BE(4) ?? 0)
        let bigEndian: [UInt8] = [0x90, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x04]
        let littleEndian: [UInt8] = [0x00, 0x90, 0x07, 0x00, 0x04, 0x00, 0x00, 0x00]
        let pattern = w.has("MM", at: 12) ? bigEndian : littleEndian
        guard let at = w.firstIndex(of: pattern, in: 12..<segmentEnd) else {
            return FormatIdentity(format: .jpeg, name: "JPEG (Exif)", extras: ["exif": "unknown version"])
        }
        let code = w.ascii(at + 8, 4)
        let ids = ["0200": "x-fmt/398", "0210": "x-fmt/390", "0220": "x-fmt/391", "0221": "fmt/645"]
        let puid = ids[code] ?? (code.hasPrefix("023") ? "fmt/1507" : nil)
        let version = code.count == 4 ? "\(Int(code.prefix(2)) ?? 0).\(code.dropFirst(2))" : code
        return FormatIdentity(format: .jpeg, puid: puid, version: "Exif \(version)", name: "JPEG (Exif \(version))",
                              extras: ["exif": version])
    }

    private static func riff(_ w: ByteWindow) -> FormatIdentity? {
        if w.has("WEBP", at: 8) {
            if w.has("VP8 ", at: 12) { return FormatIdentity(format: .webp, puid: "fmt/566", version: "lossy") }
            if w.has("VP8L", at: 12) { return FormatIdentity(format: .webp, puid: "fmt/567", version: "lossless") }
            if w.has("VP8X", at: 12) { return FormatIdentity(format: .webp, puid: "fmt/568", version: "extended") }
            return FormatIdentity(format: .webp)
        }
        if w.has("WAVE", at: 8) { return wave(w) }
        if w.has("AVI ", at: 8) {
            return FormatIdentity(format: .avi, puid: "fmt/5")
        }
        return nil
    }

    /// Broadcast WAVE by its `bext` version, else the WAVE variant by its `fmt ` chunk.
    private static func wave(_ w: ByteWindow) -> FormatIdentity {
        var offset = 12
        var formatChunk: (size: Int, tag: Int)?
        while let size = w.uint32LE(offset + 4), w.count >= offset + 8 {
            if w.has("bext", at: offset) {
                let ids = [0: "fmt/1", 1: "fmt/2", 2: "fmt/527"]
                let version = w.uint16LE(offset + 8 + 346)
                return FormatIdentity(format: .wav, puid: version.flatMap { ids[$0] },
                                      version: version.map { "BWF \($0)" }, name: "Broadcast WAVE")
            }
            if w.has("fmt ", at: offset) { formatChunk = (size, w.uint16LE(offset + 8) ?? 0) }
            if w.has("data", at: offset) { break }
            offset += 8 + size + (size & 1)
        }
        guard let chunk = formatChunk else { return FormatIdentity(format: .wav) }
        if chunk.tag == 0xFFFE { return FormatIdentity(format: .wav, puid: "fmt/143", name: "WAVE (WAVEFORMATEXTENSIBLE)") }
        if chunk.size == 16 && chunk.tag == 1 { return FormatIdentity(format: .wav, puid: "fmt/141", name: "WAVE (PCM)") }
        if chunk.size >= 18 { return FormatIdentity(format: .wav, puid: "fmt/142", name: "WAVE (WAVEFORMATEX)") }
        return FormatIdentity(format: .wav)
    }

    /// The codec of the first Ogg page's packet.
    private static func ogg(_ w: ByteWindow) -> FormatIdentity {
        let segments = Int(w.byte(26) ?? 0)
        let packet = 27 + segments
        if w.has([0x01] + Array("vorbis".utf8), at: packet) {
            return FormatIdentity(format: .ogg, puid: "fmt/203", name: "Ogg Vorbis")
        }
        if w.has("OpusHead", at: packet) { return FormatIdentity(format: .ogg, puid: "fmt/946", name: "Ogg Opus") }
        if w.has([0x80] + Array("theora".utf8), at: packet) {
            return FormatIdentity(format: .ogg, puid: "fmt/945", name: "Ogg Theora", mediaType: "video/ogg")
        }
        if w.has([0x7F] + Array("FLAC".utf8), at: packet) {
            return FormatIdentity(format: .ogg, puid: "fmt/947", name: "Ogg FLAC")
        }
        if w.has("Speex   ", at: packet) { return FormatIdentity(format: .ogg, puid: "fmt/948", name: "Ogg Speex") }
        return FormatIdentity(format: .ogg, puid: "fmt/944", name: "Ogg container", mediaType: "application/ogg")
    }

    /// Matroska and WebM share the EBML header; its DocType element (0x4282) tells them apart.
    private static func ebml(_ w: ByteWindow) -> FormatIdentity {
        let limit = min(w.count, 128)
        if let at = w.firstIndex(of: [0x42, 0x82], in: 4..<limit), let size = w.byte(at + 2), size & 0x80 != 0 {
            let docType = w.ascii(at + 3, Int(size & 0x7F))
            if docType == "webm" { return FormatIdentity(format: .webm, puid: "fmt/573") }
            if docType == "matroska" { return FormatIdentity(format: .matroska, puid: "fmt/569") }
        }
        return FormatIdentity(format: .matroska, name: "EBML container")
    }

    /// ISO base media files by their major brand.
    private static func isoMedia(_ w: ByteWindow) -> FormatIdentity {
        let brand = w.ascii(8, 4).trimmingCharacters(in: " ")
        switch brand {
        case "qt": return FormatIdentity(format: .quickTime, puid: "x-fmt/384")
        case "M4A", "M4B", "M4P": return FormatIdentity(format: .m4a, puid: "fmt/199", extras: ["brand": brand])
        case "heic", "heix", "mif1", "msf1", "hevc":
            return FormatIdentity(format: .heif, puid: "fmt/1101", extras: ["brand": brand])
        case "avif", "avis": return FormatIdentity(format: .avif)
        case "crx": return FormatIdentity(format: .unknown, extras: ["brand": brand])
        default:
            if brand.hasPrefix("3g") {
                return FormatIdentity(format: .mp4, puid: "fmt/357", name: "3GPP", mediaType: "video/3gpp",
                                      extras: ["brand": brand])
            }
            return FormatIdentity(format: .mp4, puid: "fmt/199", extras: ["brand": brand])
        }
    }
}

/// One MPEG-1/2 audio layer III frame header, checked well enough to find the next frame.
struct MPEGAudioFrame {
    let length: Int

    init?(_ w: ByteWindow, at offset: Int) {
        guard let b0 = w.byte(offset), let b1 = w.byte(offset + 1), let b2 = w.byte(offset + 2),
              b0 == 0xFF, b1 & 0xE0 == 0xE0 else { return nil }
        let versionBits = (b1 >> 3) & 0x03
        let layerBits = (b1 >> 1) & 0x03
        let bitrateIndex = Int(b2 >> 4)
        let rateIndex = Int((b2 >> 2) & 0x03)
        guard versionBits != 1, layerBits == 1, bitrateIndex != 0, bitrateIndex != 15, rateIndex != 3 else { return nil }
        let mpeg1 = versionBits == 3
        let bitrates1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
        let bitrates2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
        let rates = [44100, 48000, 32000]
        let sampleRate = rates[rateIndex] >> (versionBits == 3 ? 0 : versionBits == 2 ? 1 : 2)
        let bitrate = (mpeg1 ? bitrates1 : bitrates2)[bitrateIndex] * 1000
        let padding = Int((b2 >> 1) & 0x01)
        length = (mpeg1 ? 144 : 72) * bitrate / sampleRate + padding
        guard length > 4 else { return nil }
    }
}
