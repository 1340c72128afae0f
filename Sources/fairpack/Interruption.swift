import FairPackBase
import FairPackDeposit
import FairPackInspection
import FairPackChecks
import FairPackAudit
import FairPackReports
import FairPackPackaging
import FairPackExport
import FairPackHashing
import FairPackFormats
import Foundation

/// Removes a half-written output when the user presses Ctrl-C or the process is terminated.
enum Interruption {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var pending: String?
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Sets the path to remove on SIGINT, SIGTERM or SIGHUP (nil: nothing to remove); each exits 130.
    static func removeOnSignal(_ path: String?) {
        lock.withLock {
            pending = path
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM, SIGHUP] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    let path = lock.withLock { pending }
                    if let path { try? FileManager.default.removeItem(atPath: path) }
                    Terminal.error("interrupted; nothing was written")
                    // `_exit`, not `exit`: `exit` runs the libraries' clean-up (OpenSSL frees its locks)
                    // while the reading threads still use them, which crashed instead of exiting 130.
                    _exit(130)
                }
                source.resume()
                sources.append(source)
            }
        }
    }
}
