import FactExtraction
import FactModel
import FoundationEssentials

/// Reads one file of the seeds folder and extracts it, deciding whether it is served or
/// skipped (and why). Never throws: every problem becomes a skip reason or a warning.
struct DocumentLoader: Sendable {
    let root: String
    let maxBytes: Int
    let extractor: Extractor
    /// Documents that stopped the extractor before, and the guard that records this run's.
    var quarantine = ExtractionQuarantine()

    /// What loading a path produced.
    enum Outcome: Sendable {
        case change(DocumentChange)
        /// Not in the model at all (hidden, editor leftover, vanished).
        case absent
    }

    func load(_ relativePath: String) -> Outcome {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        let kind = SeedFile.kind(of: name)
        if kind == .ignored || SeedFile.isIgnoredPath(relativePath) { return .absent }
        let fullPath = root + "/" + relativePath
        guard let status = FileStatus.of(fullPath) else { return .absent }
        var target = status
        if status.kind == .symlink {
            guard let resolved = FileSystem.realPath(fullPath), let followed = FileStatus.of(resolved, follow: true) else {
                return skipped(relativePath, status, "broken symlink")
            }
            guard resolved == root || resolved.hasPrefix(root + "/") else {
                return skipped(relativePath, status, "symlink leads outside the seeds folder")
            }
            target = followed
        }
        switch target.kind {
        case .regular: break
        case .directory: return .absent
        default: return skipped(relativePath, target, "not a regular file")
        }
        guard case .document(let markdown) = kind else {
            if case .unsupported(let reason) = kind { return skipped(relativePath, target, reason) }
            return .absent
        }
        if target.size > maxBytes {
            return skipped(relativePath, target, "larger than the size limit (\(target.size) > \(maxBytes) bytes)")
        }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(fullPath, limit: maxBytes)
        } catch FileError.tooLarge {
            return skipped(relativePath, target, "larger than the size limit (\(maxBytes) bytes)")
        } catch {
            return skipped(relativePath, target, "unreadable: \(error)")
        }
        // A version that stopped the extractor (and the daemon) before is not read again: the
        // service manager would restart into it for ever. Editing the file makes a new version.
        if quarantine.stoppedBefore(fullPath, size: target.size, modifiedNanoseconds: target.modifiedNanoseconds) {
            return skipped(relativePath, target, "stopped the extractor when last read, so factd restarted; "
                + "it is read again once the file changes (please report it)")
        }
        let source = SourceText(decoding: bytes)
        let modifiedDay = DocumentLoader.day(ofNanoseconds: target.modifiedNanoseconds)
        // Mentions are not made: they are read again when the document is asked for (RequestDispatcher).
        var extraction = quarantine.guarding(fullPath, size: target.size, modifiedNanoseconds: target.modifiedNanoseconds) {
            #if DEBUG
            // Tests of the quarantine stop a debug build on purpose with a marker in the text.
            if let marker = ProcessInfo.processInfo.environment["FACTD_TEST_TRAP_MARKER"], !marker.isEmpty,
               String(decoding: bytes, as: UTF8.self).contains(marker) { fatalError("FACTD_TEST_TRAP_MARKER in \(relativePath)") }
            #endif
            return extractor.extract(source, fallbackDate: modifiedDay, markdown: markdown, keepingMentions: false)
        }
        // Search postings are built here, on the loading cores, not when the snapshot is swapped;
        // then the text is deflated, also here, to be inflated only when a query reads it.
        extraction.prepareSearch()
        extraction.compressText()
        let info = DocumentInfo(
            path: relativePath, bytes: bytes.count, modified: DocumentLoader.timestamp(target.modifiedNanoseconds),
            date: extraction.date, title: extraction.title, sentences: extraction.sentences.count,
            facts: extraction.facts.count, skipped: nil,
            warning: extraction.warnings.isEmpty ? nil : extraction.warnings.joined(separator: "; "))
        return .change(.upsert(info, extraction))
    }

    private func skipped(_ path: String, _ status: FileStatus, _ reason: String) -> Outcome {
        let info = DocumentInfo(path: path, bytes: status.size, modified: DocumentLoader.timestamp(status.modifiedNanoseconds),
                                date: DocumentLoader.day(ofNanoseconds: status.modifiedNanoseconds), skipped: reason)
        return .change(.upsert(info, nil))
    }

    /// The UTC calendar day of a timestamp.
    static func day(ofNanoseconds ns: Int64) -> CalendarDate {
        let seconds = ns / 1_000_000_000
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        return CalendarDate(dayNumber: days)
    }

    /// ISO 8601 UTC with seconds: "2025-02-02T14:20:00Z".
    static func timestamp(_ ns: Int64) -> String {
        let seconds = Int(ns / 1_000_000_000)
        let day = day(ofNanoseconds: ns)
        let secondOfDay = seconds - day.dayNumber * 86_400
        return day.description + "T" + CalendarDate.pad(secondOfDay / 3600, 2) + ":" + CalendarDate.pad(secondOfDay / 60 % 60, 2)
            + ":" + CalendarDate.pad(secondOfDay % 60, 2) + "Z"
    }

    static func timestamp(_ date: Date) -> String {
        timestamp(Int64(date.timeIntervalSince1970 * 1_000_000_000))
    }
}
