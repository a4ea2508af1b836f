import FactModel
import FactTestSupport
import Testing

@Suite("Wire types encode as the API contract says")
struct WireCodingTests {
    let isisK = EntityRef(id: "isis-k", name: "ISIS-K", type: .organization)

    @Test func timeWithModAndSignal() throws {
        let time = TimeExpression(text: "late 2019", value: "2019", mod: "END", signal: "in",
                                  start: CalendarDate(year: 2019, month: 9, day: 1), end: CalendarDate(year: 2019, month: 12, day: 31))
        try checkCoding(time, json: #"{"text":"late 2019","value":"2019","mod":"END","signal":"in","start":"2019-09-01","end":"2019-12-31"}"#)
    }

    @Test func durationHasNoInterval() throws {
        try checkCoding(TimeExpression(text: "six weeks", value: "P6W"), json: #"{"text":"six weeks","value":"P6W"}"#)
    }

    @Test func rangeQuantity() throws {
        let q = Quantity(text: "around 1,500 to 2,200 fighters", min: 1500, max: 2200, bound: .range, approximate: true, unit: "fighter")
        try checkCoding(q, json: #"{"text":"around 1,500 to 2,200 fighters","min":1500,"max":2200,"bound":"range","approximate":true,"unit":"fighter"}"#)
    }

    @Test func moneyQuantity() throws {
        let q = Quantity(text: "$100 million", value: 100_000_000, bound: .exact, currency: "USD")
        try checkCoding(q, json: #"{"text":"$100 million","value":100000000,"bound":"exact","approximate":false,"currency":"USD"}"#)
    }

    @Test func factWithNullSubjectAndTextObject() throws {
        let fact = Fact(id: "f-1", subject: nil, predicate: "kill", object: .text("scores of people"), negated: false,
                        evidence: Evidence(document: "a.txt", line: 3, start: 10, end: 40, text: "A bomb killed scores of people."))
        try checkCoding(fact, json: """
            {"id":"f-1","subject":null,"predicate":"kill","object":{"text":"scores of people"},"negated":false,
             "evidence":{"document":"a.txt","line":3,"start":10,"end":40,"text":"A bomb killed scores of people."}}
            """)
    }

    @Test func factWithEntitiesAgentsAndAttribution() throws {
        let fact = Fact(id: "f-2", subject: isisK, predicate: "form", object: nil,
                        agents: [EntityRef(id: "afghan-taliban", name: "Afghan Taliban", type: .organization)],
                        attribution: Attribution(name: "Center", entity: EntityRef(id: "center", name: "Center", type: .organization)),
                        negated: true, evidence: Evidence(document: "b.md", line: 1, start: 0, end: 5, text: "Text."))
        try checkCoding(fact, json: """
            {"id":"f-2","subject":{"id":"isis-k","name":"ISIS-K","type":"organization"},"predicate":"form","object":null,
             "agents":[{"id":"afghan-taliban","name":"Afghan Taliban","type":"organization"}],
             "attribution":{"name":"Center","entity":{"id":"center","name":"Center","type":"organization"}},
             "negated":true,"evidence":{"document":"b.md","line":1,"start":0,"end":5,"text":"Text."}}
            """)
    }

    @Test func entityObjectDecodesAsEntity() throws {
        try checkCoding(FactObject.entity(isisK), json: #"{"id":"isis-k","name":"ISIS-K","type":"organization"}"#)
    }

    @Test func mentionAndDocumentInfo() throws {
        try checkCoding(Mention(kind: .entity, start: 3, end: 9, text: "ISIS-K", entity: isisK),
                        json: #"{"kind":"entity","start":3,"end":9,"text":"ISIS-K","entity":{"id":"isis-k","name":"ISIS-K","type":"organization"}}"#)
        try checkCoding(DocumentInfo(path: "x.png", bytes: 12, modified: "2025-01-02T03:04:05Z", date: CalendarDate(year: 2025, month: 1, day: 2),
                                     skipped: "not a .txt or .md file"),
                        json: #"{"path":"x.png","bytes":12,"modified":"2025-01-02T03:04:05Z","date":"2025-01-02","sentences":0,"facts":0,"skipped":"not a .txt or .md file"}"#)
    }
}
