import CZlib

/// Raw deflate (RFC 1951) through zlib, for a served document's text: news compresses to about
/// 40% of its size, and a document is inflated only when a query reads its words.
enum Deflate {
    /// The window for `count` bytes: no larger than the text (a 2 KB document needs 2 KB, not
    /// zlib's 32 KB, which it would allocate and clear for every document), from 512 B to 32 KB.
    /// Inflating needs the same, worked out again from the text's length.
    static func windowBits(for count: Int) -> Int32 {
        Int32(min(15, max(9, Int.bitWidth - max(count - 1, 1).leadingZeroBitCount)))
    }

    /// `bytes` deflated at `level` (1 fastest … 9 smallest).
    static func compress(_ bytes: UnsafeBufferPointer<UInt8>, level: Int32 = 1) -> [UInt8] {
        var stream = z_stream()
        // Raw deflate (negative window bits: no zlib header or checksum); a small hash table
        // (memory level 5: 8 KB), for texts of a few kilobytes.
        guard deflateInit2_(&stream, level, Z_DEFLATED, -windowBits(for: bytes.count), 5, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            preconditionFailure("zlib could not start deflating")
        }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(bytes.count)))
        var out = [UInt8](repeating: 0, count: bound)
        let written = out.withUnsafeMutableBufferPointer { output -> Int in
            stream.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress)
            stream.avail_in = uInt(bytes.count)
            stream.next_out = output.baseAddress
            stream.avail_out = uInt(output.count)
            let status = deflate(&stream, Z_FINISH)
            precondition(status == Z_STREAM_END, "deflate did not finish within its bound")
            return output.count - Int(stream.avail_out)
        }
        out.removeSubrange(written...)
        return out.trimmed()
    }

    /// Inflates `deflated` into `output`, which must hold exactly the original bytes; returns
    /// how many were written (all of them, or the input was not made by ``compress(_:level:)``).
    static func decompress(_ deflated: [UInt8], into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var stream = z_stream()
        guard inflateInit2_(&stream, -windowBits(for: output.count), ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            preconditionFailure("zlib could not start inflating")
        }
        defer { inflateEnd(&stream) }
        return deflated.withUnsafeBufferPointer { input -> Int in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            stream.next_out = output.baseAddress
            stream.avail_out = uInt(output.count)
            let status = inflate(&stream, Z_FINISH)
            precondition(status == Z_STREAM_END || output.isEmpty, "a stored text did not inflate")
            return output.count - Int(stream.avail_out)
        }
    }
}
