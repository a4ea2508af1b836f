import Benchmark
import FactExtraction
import FactModel
import NewsCorpus

/// Extraction throughput on generated news text, one core: time per MB and allocations.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration.maxDuration = .seconds(10)
    let extractor = Extractor(gazetteer: .system())
    let megabyte = SourceText(NewsCorpus(seed: 7).text(bytes: 1_000_000))

    Benchmark("Extract 1 MB of news",
              configuration: .init(metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
                                   scalingFactor: .one)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(extractor.extract(megabyte, fallbackDate: CalendarDate(year: 2025, month: 1, day: 1)))
        }
    }
}
