#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding words in a document's UTF-8, for the tables that store words as ranges of the text.
enum ByteSearch {
    /// Where `needle` first occurs in `bytes[within]`: memchr to each place its first byte
    /// occurs, memcmp there. Nil for an empty needle.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, within: Range<Int>) -> Int? {
        let n = needle.count
        guard n > 0, within.count >= n, let a = bytes.baseAddress, let b = needle.baseAddress else { return nil }
        var start = within.lowerBound
        let last = within.upperBound - n
        while start <= last, let hit = memchr(a + start, Int32(b[0]), last - start + 1) {
            start = UnsafeRawPointer(hit) - UnsafeRawPointer(a)
            if memcmp(a + start, b, n) == 0 { return start }
            start += 1
        }
        return nil
    }
}
