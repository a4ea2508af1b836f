import FactModel

// The wire types' JSON, written directly. Keys go in byte order (what `.sortedKeys` gives);
// optional members are left out when nil unless the contract says null (a fact's subject and
// object, status's lastChange). `WireJSONTests` checks each against the Codable encoding.

extension EntityType: JSONWritable {
    public func write(to w: inout JSONWriter) { w.string(rawValue) }
}

extension CalendarDate: JSONWritable {
    public func write(to w: inout JSONWriter) { w.string(description) }
}

extension EntityRef: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(id)
        w.key("name"); w.string(name)
        w.key("type"); type.write(to: &w)
        w.endObject()
    }
}

extension Entity: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("aliases"); w.strings(aliases)
        w.key("id"); w.string(id)
        w.key("mentions"); w.int(mentions)
        w.key("name"); w.string(name)
        w.key("type"); type.write(to: &w)
        w.endObject()
    }
}

extension Evidence: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("document"); w.string(document)
        w.key("end"); w.int(end)
        w.key("line"); w.int(line)
        w.key("start"); w.int(start)
        w.key("text"); w.string(text)
        w.endObject()
    }
}

extension TimeExpression: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        if let end { w.key("end"); end.write(to: &w) }
        if let mod { w.key("mod"); w.string(mod) }
        if let signal { w.key("signal"); w.string(signal) }
        if let start { w.key("start"); start.write(to: &w) }
        w.key("text"); w.string(text)
        w.key("value"); w.string(value)
        w.endObject()
    }
}

extension Quantity: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("approximate"); w.bool(approximate)
        w.key("bound"); w.string(bound.rawValue)
        if let currency { w.key("currency"); w.string(currency) }
        if let max { w.key("max"); w.double(max) }
        if let min { w.key("min"); w.double(min) }
        w.key("text"); w.string(text)
        if let unit { w.key("unit"); w.string(unit) }
        if let value { w.key("value"); w.double(value) }
        w.endObject()
    }
}

extension Attribution: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        if let entity { w.key("entity"); entity.write(to: &w) }
        w.key("name"); w.string(name)
        w.endObject()
    }
}

extension FactObject: JSONWritable {
    public func write(to w: inout JSONWriter) {
        switch self {
        case .entity(let ref): ref.write(to: &w)
        case .text(let text):
            w.beginObject()
            w.key("text"); w.string(text)
            w.endObject()
        }
    }
}

extension Fact: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        if let agents { w.key("agents"); w.array(agents) }
        if let attribution { w.key("attribution"); attribution.write(to: &w) }
        w.key("evidence"); evidence.write(to: &w)
        w.key("id"); w.string(id)
        w.key("negated"); w.bool(negated)
        w.key("object"); w.value(object)
        if let place { w.key("place"); place.write(to: &w) }
        w.key("predicate"); w.string(predicate)
        if let quantity { w.key("quantity"); quantity.write(to: &w) }
        w.key("subject"); w.value(subject)
        if let time { w.key("time"); time.write(to: &w) }
        w.endObject()
    }
}

extension Mention: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("end"); w.int(end)
        if let entity { w.key("entity"); entity.write(to: &w) }
        w.key("kind"); w.string(kind.rawValue)
        if let quantity { w.key("quantity"); quantity.write(to: &w) }
        w.key("start"); w.int(start)
        w.key("text"); w.string(text)
        if let time { w.key("time"); time.write(to: &w) }
        w.endObject()
    }
}

extension DocumentInfo: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("bytes"); w.int(bytes)
        w.key("date"); date.write(to: &w)
        w.key("facts"); w.int(facts)
        w.key("modified"); w.string(modified)
        w.key("path"); w.string(path)
        w.key("sentences"); w.int(sentences)
        if let skipped { w.key("skipped"); w.string(skipped) }
        if let title { w.key("title"); w.string(title) }
        if let warning { w.key("warning"); w.string(warning) }
        w.endObject()
    }
}

extension SearchHit: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("document"); w.string(document)
        w.key("end"); w.int(end)
        w.key("line"); w.int(line)
        w.key("score"); w.double(score)
        w.key("start"); w.int(start)
        w.key("text"); w.string(text)
        w.endObject()
    }
}

// MARK: - Method results

extension StatusResult: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("documents"); w.int(documents)
        w.key("entities"); w.int(entities)
        w.key("facts"); w.int(facts)
        w.key("generation"); w.uint(generation)
        w.key("lastChange"); if let lastChange { w.string(lastChange) } else { w.null() }
        w.key("pid"); w.int(pid)
        w.key("ready"); w.bool(ready)
        w.key("seeds"); w.string(seeds)
        w.key("uptimeSeconds"); w.double(uptimeSeconds)
        w.key("version"); w.string(version)
        w.key("warnings"); w.strings(warnings)
        w.endObject()
    }
}

extension SubscribeMethod.Result: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("subscribed"); w.bool(subscribed)
        w.endObject()
    }
}

extension DocumentsListMethod.Result: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("documents"); w.array(documents)
        if let nextCursor { w.key("nextCursor"); w.string(nextCursor) }
        w.endObject()
    }
}

extension DocumentsGetMethod.Result: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("document"); document.write(to: &w)
        w.key("facts"); w.array(facts)
        w.key("mentions"); w.array(mentions)
        w.endObject()
    }
}

extension EntitiesListMethod.Result: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("entities"); w.array(entities)
        if let nextCursor { w.key("nextCursor"); w.string(nextCursor) }
        w.endObject()
    }
}

extension EntitiesGetMethod.Related: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("count"); w.int(count)
        w.key("entity"); entity.write(to: &w)
        w.endObject()
    }
}

extension EntitiesGetMethod.Result: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("entity"); entity.write(to: &w)
        w.key("facts"); w.array(facts)
        w.key("factsTotal"); w.int(factsTotal)
        if let nextCursor { w.key("nextCursor"); w.string(nextCursor) }
        w.key("related"); w.array(related)
        w.endObject()
    }
}

extension FactsQueryMethod.Result: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("facts"); w.array(facts)
        if let nextCursor { w.key("nextCursor"); w.string(nextCursor) }
        w.key("total"); w.int(total)
        w.endObject()
    }
}

extension SearchMethod.Result: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("hits"); w.array(hits)
        w.endObject()
    }
}

extension ChangedNotification.DocumentChange: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("change"); w.string(change.rawValue)
        w.key("path"); w.string(path)
        w.endObject()
    }
}

extension ChangedNotification: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("documents"); w.array(documents)
        w.key("generation"); w.uint(generation)
        w.endObject()
    }
}

// MARK: - Envelope

extension JSONValue: JSONWritable {
    public func write(to w: inout JSONWriter) {
        switch self {
        case .null: w.null()
        case .bool(let b): w.bool(b)
        case .number(let n):
            if n.rounded() == n, abs(n) < 9.0e15 { w.int(Int(n)) } else { w.double(n) }
        case .string(let s): w.string(s)
        case .array(let a): w.array(a)
        case .object(let o):
            w.beginObject()
            for key in o.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                w.dynamicKey(key)
                o[key]!.write(to: &w)
            }
            w.endObject()
        }
    }
}

extension RPCID: JSONWritable {
    public func write(to w: inout JSONWriter) {
        switch self {
        case .number(let n): w.int(Int(n))
        case .string(let s): w.string(s)
        case .null: w.null()
        }
    }
}

extension RPCError: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("code"); w.int(code)
        if let data { w.key("data"); data.write(to: &w) }
        w.key("message"); w.string(message)
        w.endObject()
    }
}

extension JSONWriter {
    /// A whole reply line (without newline): `{"id":…,"jsonrpc":"2.0","result":…}`.
    public static func reply(id: RPCID, result: some JSONWritable) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.key("id"); id.write(to: &w)
        w.key("jsonrpc"); w.string("2.0")
        w.key("result"); result.write(to: &w)
        w.endObject()
        return w.bytes
    }

    /// A whole reply line around a result already written as JSON.
    public static func reply(id: RPCID, rawResult: [UInt8]) -> [UInt8] {
        var w = JSONWriter(capacity: rawResult.count + 48)
        w.beginObject()
        w.key("id"); id.write(to: &w)
        w.key("jsonrpc"); w.string("2.0")
        w.key("result"); w.raw(rawResult)
        w.endObject()
        return w.bytes
    }

    /// A whole error reply line (without newline).
    public static func errorReply(id: RPCID, error: RPCError) -> [UInt8] {
        var w = JSONWriter(capacity: 256)
        w.beginObject()
        w.key("error"); error.write(to: &w)
        w.key("id"); id.write(to: &w)
        w.key("jsonrpc"); w.string("2.0")
        w.endObject()
        return w.bytes
    }

    /// A whole notification line (without newline).
    public static func notification(method: String, params: some JSONWritable) -> [UInt8] {
        var w = JSONWriter(capacity: 256)
        w.beginObject()
        w.key("jsonrpc"); w.string("2.0")
        w.key("method"); w.string(method)
        w.key("params"); params.write(to: &w)
        w.endObject()
        return w.bytes
    }
}
