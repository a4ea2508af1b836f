extension String {
    /// The string of valid or repairable UTF-8 `bytes`, as `String(decoding:as:)` makes it, but
    /// without validating a short ASCII run byte by byte: up to 15 bytes are written straight into
    /// an inline (small) string, whose ASCII test is two masks. The extractor makes a string like
    /// this for most words and names it reads.
    @inlinable
    public init(utf8Bytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 15, let base = bytes.baseAddress else {
            self.init(decoding: bytes, as: UTF8.self)
            return
        }
        self.init(unsafeUninitializedCapacity: bytes.count) { out in
            out.baseAddress!.update(from: base, count: bytes.count)
            return bytes.count
        }
    }
}
