/// An immutable value on the heap, compared and hashed by value.
///
/// Large optional parts of per-document records (a mention's time or quantity, a fact's) are
/// stored boxed, so the records that lack them (most) take eight bytes for them instead of the
/// part's full inline size. The extractor makes each box once and shares it between the
/// mention and the facts that carry the same time or amount.
package final class Boxed<Value: Hashable & Sendable>: Hashable, Sendable {
    package let value: Value

    package init(_ value: Value) { self.value = value }

    package static func == (a: Boxed, b: Boxed) -> Bool { a === b || a.value == b.value }
    package func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

extension Optional {
    /// Boxes a value for storage: `nil` stays `nil`.
    static func boxing<V>(_ value: V?) -> Boxed<V>? where Wrapped == Boxed<V> { value.map(Boxed.init) }
}
