/// A deterministic generator of news-like documents for benchmarks: varied sentence shapes with
/// dates, numbers, money, organisations, people and places. The same seed gives the same text.
public struct NewsCorpus: Sendable {
    /// SplitMix64: small, fast, and the same on every platform.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ xs: [T]) -> T { xs[int(xs.count)] }
    }

    static let firstNames = ["Amal", "Tomas", "Helen", "Mirela", "Anika", "Samir", "Lucia", "Oleksandr", "Priya", "Jonas", "Fatima", "Marco"]
    static let lastNames = ["Haddad", "Ibarra", "Achterberg", "Osei", "Roth", "Karimi", "Moreau", "Petrenko", "Nair", "Lindqvist", "Okafor", "Bianchi"]
    static let orgStems = ["Northern Harbor", "Helios", "Valdane", "Kestrel", "Orrin", "Meridian", "Boreal", "Cobalt", "Aurora", "Harrow", "Serrano", "Marlow"]
    static let orgHeads = ["Authority", "Consortium", "Construction", "Motors", "Energy", "Institute", "Agency", "Group", "Bank", "Union", "Council", "Foundation"]
    static let places = ["Lundmark", "Aachen", "Alta Vista", "Kabul", "Marlow", "Lisbon", "Oslo", "Kiruna", "Geneva", "Nairobi", "Quito", "Dhaka"]
    static let titles = ["Governor", "Dr.", "Minister", "Commissioner", "Mayor", "President"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let nouns = ["workers", "homes", "vehicles", "containers", "patients", "students", "families", "tonnes of grain", "flights", "jobs"]
    static let verbs = ["approved", "announced", "opened", "closed", "rejected", "signed", "launched", "delayed", "expanded", "reviewed"]
    static let objects = ["a new contract", "the plan", "a research centre", "the budget", "a trade agreement", "the project", "a rescue mission"]
    static let hedges = ["about", "nearly", "more than", "at least", "up to", "roughly", "fewer than", "an estimated"]
    static let fillers = [
        "The decision followed weeks of talks between officials and local residents.",
        "Critics said the process had been rushed and poorly explained.",
        "Supporters argued that the region could not afford to wait any longer.",
        "Details of the agreement were not made public.",
        "The announcement came as the region prepared for a difficult winter.",
    ]

    public let seed: UInt64

    public init(seed: UInt64 = 1) { self.seed = seed }

    /// Document `index` of the corpus, about `targetBytes` long.
    public func document(_ index: Int, targetBytes: Int = 2_000) -> String {
        var rng = Random(state: seed &* 1_000_003 &+ UInt64(index))
        var text = "---\ntitle: Report \(index)\ndate: \(2020 + rng.int(6))-\(pad(1 + rng.int(12)))-\(pad(1 + rng.int(28)))\n---\n"
        while text.utf8.count < targetBytes {
            text += sentence(&rng) + " "
            if rng.int(4) == 0 { text += "\n" }
        }
        return text + "\n"
    }

    /// Concatenated documents until `bytes` is reached.
    public func text(bytes: Int) -> String {
        var out = ""
        var i = 0
        while out.utf8.count < bytes {
            out += document(i)
            i += 1
        }
        return out
    }

    func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    func org(_ rng: inout Random) -> String { rng.pick(Self.orgStems) + " " + rng.pick(Self.orgHeads) }
    func person(_ rng: inout Random) -> String { rng.pick(Self.firstNames) + " " + rng.pick(Self.lastNames) }
    func number(_ rng: inout Random) -> String {
        let n = 10 + rng.int(9_990)
        return n >= 1000 ? "\(n / 1000),\(String(n % 1000 + 1000).dropFirst())" : String(n)
    }
    func date(_ rng: inout Random) -> String {
        switch rng.int(5) {
        case 0: return "on \(rng.pick(Self.weekdays))"
        case 1: return "on \(rng.pick(Self.months)) \(1 + rng.int(28)), \(2015 + rng.int(10))"
        case 2: return "in \(rng.pick(Self.months)) \(2015 + rng.int(10))"
        case 3: return "in late \(2010 + rng.int(15))"
        default: return "last week"
        }
    }

    func sentence(_ rng: inout Random) -> String {
        switch rng.int(7) {
        case 0:
            return "The \(org(&rng)) \(rng.pick(Self.verbs)) \(rng.pick(Self.objects)) \(date(&rng)), according to \(rng.pick(Self.titles)) \(person(&rng))."
        case 1:
            return "\(rng.pick(Self.titles)) \(person(&rng)) said \(rng.pick(Self.hedges)) \(number(&rng)) \(rng.pick(Self.nouns)) were affected in \(rng.pick(Self.places))."
        case 2:
            return "The project will cost $\(1 + rng.int(900)) million and employ between \(number(&rng)) and \(number(&rng)) people."
        case 3:
            // An organization with its acronym, as news introduces one: "Orrin Foundation (OF)".
            let stem = rng.pick(Self.orgStems), head = rng.pick(Self.orgHeads)
            return "\(stem) \(head) (\(stem.prefix(1))\(head.prefix(1))) opened an office in \(rng.pick(Self.places)) \(date(&rng))."
        case 4:
            return "Since \(rng.pick(Self.months)) \(2015 + rng.int(10)), the group has received €\(1 + rng.int(90)) million in funding."
        case 5:
            return "Two days later, \(person(&rng)) of the \(org(&rng)) announced that \(rng.int(90) + 5)% of the \(rng.pick(Self.nouns)) had been moved."
        default:
            return rng.pick(Self.fillers)
        }
    }
}
