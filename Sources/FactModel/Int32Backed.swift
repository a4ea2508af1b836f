/// An `Int` kept in 32 bits: positions within one file (files over 2 GB are not read), paid once
/// per sentence or mention of a whole corpus. Values out of range are clamped.
@propertyWrapper
public struct Int32Backed: Sendable, Hashable {
    private var stored: Int32

    public init(wrappedValue: Int) {
        stored = Int32(clamping: wrappedValue)
    }

    public var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Int32(clamping: newValue) }
    }
}
