/// How a quantity's number bounds the true amount.
public enum QuantityBound: String, Codable, Sendable, Hashable {
    /// The amount is `value` ("250 clashes", "about 250 clashes" with `approximate`).
    case exact
    /// The amount is at least `min` ("more than 600").
    case lower
    /// The amount is at most `max` ("nearly 100", "up to 50").
    case upper
    /// The amount lies in `[min, max]` ("1,500 to 2,200").
    case range
}

/// A counted or measured amount, money included.
public struct Quantity: Codable, Sendable, Hashable {
    public var text: String
    /// The stated number for exact, lower and upper bounds.
    public var value: Double?
    public var min: Double?
    public var max: Double?
    public var bound: QuantityBound
    /// Hedged with "about", "around", "nearly", "roughly", …
    public var approximate: Bool
    /// The singular counted noun or unit of measure ("fighter", "kilogram", "percent").
    public var unit: String?
    /// ISO 4217 code for money.
    public var currency: String?

    public init(text: String, value: Double? = nil, min: Double? = nil, max: Double? = nil,
                bound: QuantityBound, approximate: Bool = false, unit: String? = nil, currency: String? = nil) {
        self.text = text
        self.value = value
        self.min = min
        self.max = max
        self.bound = bound
        self.approximate = approximate
        self.unit = unit
        self.currency = currency
    }
}
