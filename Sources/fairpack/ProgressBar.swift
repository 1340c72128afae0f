import FairPackBase
import FairPackInspection
import Foundation

/// The progress line drawn on standard error during long work (`check`, `pack`, `verify`):
/// files and bytes done, rate and time left. Drawn only on a terminal, after the work has
/// lasted ``delay`` seconds, and erased once it is over, so that short runs and pipelines see nothing.
/// It uses no escape sequence (a shorter line is padded with spaces), so it shows on any terminal
/// and never brings colour codes where NO_COLOR asks for none.
final class ProgressBar: ProgressObserver {
    /// Seconds before the line appears: FAIRPACK_PROGRESS_AFTER when set (tests set 0), else one.
    static var delay: Double {
        ProcessInfo.processInfo.environment["FAIRPACK_PROGRESS_AFTER"].flatMap(Double.init) ?? 1
    }

    /// A bar for this run, or nil when standard error is no terminal (CI, a pipe) or `quiet`.
    static func forTerminal(quiet: Bool) -> ProgressBar? {
        guard !quiet, isatty(2) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" else { return nil }
        return ProgressBar(delay: delay, width: terminalWidth())
    }

    private struct State {
        /// The length of the line on screen, 0 when none is.
        var shown = 0
        var finished = false
    }

    private let delay: Double
    private let width: Int
    private let state = Locked(State())

    init(delay: Double, width: Int) {
        self.delay = delay
        self.width = width
    }

    func progressed(_ progress: ReadProgress) {
        guard progress.elapsed >= delay else { return }
        let line = Self.line(progress, width: width)
        state.withLock { state in
            guard !state.finished else { return }
            Terminal.note("\r" + line + String(repeating: " ", count: max(0, state.shown - line.count)))
            state.shown = max(state.shown, line.count)
        }
    }

    /// Erases the line, if it was drawn; nothing is drawn afterwards.
    func finish() {
        state.withLock { state in
            if state.shown > 0 { Terminal.note("\r" + String(repeating: " ", count: state.shown) + "\r") }
            state.finished = true
        }
    }

    /// `[=====>     ] 42/200 files, 1.2 GB of 3.4 GB, 85 MB/s, 25 s left`, cut to `width` columns.
    static func line(_ progress: ReadProgress, width: Int) -> String {
        var parts: [String] = []
        if progress.totalFiles > 0 {
            parts.append("\(progress.files)/\(progress.totalFiles) file" + (progress.totalFiles == 1 ? "" : "s"))
        } else {
            parts.append("\(progress.files) file" + (progress.files == 1 ? "" : "s"))
        }
        parts.append(progress.totalBytes > 0
                     ? "\(ByteCount.format(progress.bytes)) of \(ByteCount.format(progress.totalBytes))"
                     : ByteCount.format(progress.bytes))
        if let rate = progress.rate { parts.append("\(ByteCount.format(UInt64(rate)))/s") }
        if let remaining = progress.remaining { parts.append(duration(remaining) + " left") }
        let text = parts.joined(separator: ", ")
        guard let fraction = progress.fraction else { return String(text.prefix(max(0, width - 1))) }
        let barWidth = min(30, width - text.count - 4)
        guard barWidth >= 5 else { return String(text.prefix(max(0, width - 1))) }
        let filled = Int((fraction * Double(barWidth)).rounded(.down))
        let bar = String(repeating: "=", count: filled) + (filled < barWidth ? ">" : "")
            + String(repeating: " ", count: max(0, barWidth - filled - 1))
        return "[\(bar)] " + text
    }

    /// `25 s`, `3 min 05 s`, `1 h 02 min`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total) s" }
        if total < 3600 { return "\(total / 60) min " + String(format: "%02d s", total % 60) }
        return "\(total / 3600) h " + String(format: "%02d min", total % 3600 / 60)
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
