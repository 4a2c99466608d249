using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PostGenerator.Tests.Robustness;

/// <summary>
/// A fuzz run: the case stream of a seed, cut into batches (many posts per compilation keeps the cost per case
/// low), each batch with its own site options. A failed batch is re-run case by case so that every failure names
/// the case, and each failing case is written out (bytes, path, options) to become a regression test.
/// Configured from the environment so the normal test run and a long run are the same code:
/// <list type="bullet">
/// <item><c>POSTGEN_FUZZ_SEED</c>: the master seed (decimal or 0x hex); default <see cref="DefaultSeed"/>.</item>
/// <item><c>POSTGEN_FUZZ_CASES</c>: how many cases; default <see cref="DefaultCases"/>.</item>
/// <item><c>POSTGEN_FUZZ_START</c>: the index of the first case (to resume or split a long run); default 0.</item>
/// <item><c>POSTGEN_FUZZ_BATCH</c>: cases per compilation; default <see cref="DefaultBatch"/>.</item>
/// <item><c>POSTGEN_FUZZ_REPLAY</c>: comma-separated cases to run alone instead, each <c>CASESEED</c> or <c>CASESEED@BATCH</c>
/// (the batch's options, with the master seed of <c>POSTGEN_FUZZ_SEED</c>), as a failure message names them.</item>
/// <item><c>POSTGEN_FUZZ_OUT</c>: folder for the report and failing cases; default <c>fuzz-results</c> beside the test binaries.</item>
/// </list>
/// </summary>
public sealed record FuzzRun(ulong Seed, long Cases, long Start, int BatchSize, IReadOnlyList<(ulong Case, long Batch)> Replay, string OutputFolder)
{
    public const ulong DefaultSeed = 0x5EED_2024_0007UL;
    public const long DefaultCases = 2500;
    public const int DefaultBatch = 50;

    public static FuzzRun FromEnvironment()
    {
        var seed = Environment.GetEnvironmentVariable("POSTGEN_FUZZ_SEED") is { Length: > 0 } s ? CaseStream.ParseSeed(s) : DefaultSeed;
        var cases = Environment.GetEnvironmentVariable("POSTGEN_FUZZ_CASES") is { Length: > 0 } c ? long.Parse(c, CultureInfo.InvariantCulture) : DefaultCases;
        var start = Environment.GetEnvironmentVariable("POSTGEN_FUZZ_START") is { Length: > 0 } st ? long.Parse(st, CultureInfo.InvariantCulture) : 0;
        var batch = Environment.GetEnvironmentVariable("POSTGEN_FUZZ_BATCH") is { Length: > 0 } b ? int.Parse(b, CultureInfo.InvariantCulture) : DefaultBatch;
        var replay = Environment.GetEnvironmentVariable("POSTGEN_FUZZ_REPLAY") is { Length: > 0 } r
            ? r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseReplay).ToList()
            : [];
        var output = Environment.GetEnvironmentVariable("POSTGEN_FUZZ_OUT") is { Length: > 0 } o ? o : Path.Combine(AppContext.BaseDirectory, "fuzz-results");
        return new FuzzRun(seed, cases, start, Math.Max(1, batch), replay, output);
    }

    private static (ulong Case, long Batch) ParseReplay(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? (CaseStream.ParseSeed(text), -1) : (CaseStream.ParseSeed(text[..at]), long.Parse(text[(at + 1)..], CultureInfo.InvariantCulture));
    }

    public (FuzzStats Stats, List<FuzzFailure> Failures) Execute(Action<string> log)
    {
        var stats = new FuzzStats();
        var failures = new List<FuzzFailure>();
        var clock = Stopwatch.StartNew();
        if (Replay.Count > 0)
        {
            foreach (var (caseSeed, batch) in Replay)
            {
                var fuzzCase = CaseStream.Replay(caseSeed);
                var settings = batch < 0 ? SiteSettings.Default : CaseStream.Settings(Seed, batch);
                failures.AddRange(FuzzHarness.RunBatch([fuzzCase], settings, stats));
            }
        }
        else
        {
            var batchCount = (Cases + BatchSize - 1) / BatchSize;
            var firstBatch = Start / BatchSize;
            for (var b = firstBatch; b < firstBatch + batchCount; b++)
            {
                var from = b * BatchSize;
                var count = Math.Min(BatchSize, Start + Cases - from);
                var cases = CaseStream.Cases(Seed, count, from).ToList();
                var settings = CaseStream.Settings(Seed, b);
                var batchFailures = FuzzHarness.RunBatch(cases, settings, stats);
                failures.AddRange(Attribute(batchFailures, cases, settings));
                if ((b - firstBatch + 1) % 20 == 0)
                {
                    log($"{stats.Cases} cases, {failures.Count} failures, {clock.Elapsed.TotalSeconds:F0} s");
                }
            }
        }

        var report = Report(stats, failures, clock.Elapsed);
        Directory.CreateDirectory(OutputFolder);
        File.WriteAllText(Path.Combine(OutputFolder, "report.md"), report);
        foreach (var failure in failures.Where(f => f.Case is not null).DistinctBy(f => f.Case!.Seed).Take(200))
        {
            Save(failure);
        }

        log(report);
        return (stats, failures);
    }

    /// <summary>A failure of the batch as a whole is looked for again case by case, each case alone with the batch's options.</summary>
    private static IEnumerable<FuzzFailure> Attribute(List<FuzzFailure> failures, List<FuzzCase> cases, SiteSettings settings)
    {
        foreach (var failure in failures.Where(f => f.Case is not null))
        {
            yield return failure;
        }

        if (failures.All(f => f.Case is not null))
        {
            yield break;
        }

        var found = false;
        foreach (var fuzzCase in cases)
        {
            foreach (var alone in FuzzHarness.RunBatch([fuzzCase], settings, new FuzzStats()))
            {
                found = true;
                yield return alone with { Case = fuzzCase };
            }
        }

        if (!found)
        {
            // Only the combination fails (two posts colliding): keep the batch-level failures.
            foreach (var failure in failures.Where(f => f.Case is null))
            {
                yield return failure with { Message = "only in combination with the batch's other cases: " + failure.Message };
            }
        }
    }

    private void Save(FuzzFailure failure)
    {
        var c = failure.Case!;
        var folder = Path.Combine(OutputFolder, "failures");
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, CaseStream.FormatSeed(c.Seed));
        File.WriteAllBytes(stem + ".bin", c.Bytes ?? Encoding.UTF8.GetBytes(c.Text!));
        File.WriteAllText(stem + ".json", JsonSerializer.Serialize(new
        {
            seed = CaseStream.FormatSeed(c.Seed),
            c.Family,
            c.RelativePath,
            c.Kind,
            givenAsString = c.Bytes is null,
            settings = failure.Settings.Properties,
            failure.Message,
        }, new JsonSerializerOptions { WriteIndented = true }));
    }

    public string Report(FuzzStats stats, List<FuzzFailure> failures, TimeSpan elapsed)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"PostGenerator fuzz run: seed {CaseStream.FormatSeed(Seed)}, cases {Start}..{Start + Cases - 1}, {BatchSize} per compilation{(Replay.Count > 0 ? ", replay " + string.Join(",", Replay.Select(r => CaseStream.FormatSeed(r.Case) + (r.Batch >= 0 ? "@" + r.Batch : ""))) : "")}");
        b.AppendLine(CultureInfo.InvariantCulture, $"analyzers run: {(FuzzHarness.Analyzers.IsEmpty ? "none in the generator's assembly (generator only)" : string.Join(", ", FuzzHarness.Analyzers.Select(a => a.GetType().Name)))}");
        b.AppendLine(CultureInfo.InvariantCulture, $"cases: {stats.Cases} ({string.Join(", ", stats.Families.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} {f.Value}"))}), {stats.Bytes / 1024.0 / 1024.0:F1} MiB of input, {stats.Batches} compilations");
        b.AppendLine(CultureInfo.InvariantCulture, $"posts generated, compiled, loaded and compared: {stats.Generated}; cases carrying exact expected values: {stats.WithExpectations} ({stats.ExpectationsChecked} values checked)");
        b.AppendLine(CultureInfo.InvariantCulture, $"parser diagnostics: {string.Join(", ", stats.Diagnostics.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key} {d.Value}"))}; analyzer diagnostics: {stats.AnalyzerDiagnostics}");
        b.AppendLine(CultureInfo.InvariantCulture, $"slowest post: {stats.SlowestParse.TotalMilliseconds:F0} ms ({stats.SlowestParseCase}); slowest compilation: {stats.SlowestBatch.TotalSeconds:F1} s; bounds {FuzzHarness.CaseBound.TotalSeconds} s and {FuzzHarness.BatchBound.TotalSeconds} s");
        b.AppendLine(CultureInfo.InvariantCulture, $"elapsed: {elapsed.TotalSeconds:F0} s; failures: {failures.Count}");
        foreach (var failure in failures.Take(50))
        {
            b.AppendLine(failure.ToString());
        }

        return b.ToString();
    }
}
