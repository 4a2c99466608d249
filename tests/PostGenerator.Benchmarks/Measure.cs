using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace PostGenerator.Benchmarks;

/// <summary>
/// A quick side-by-side run (Stopwatch, best of a few runs) that also shows what BenchmarkDotNet cannot: which generated
/// files each edit re-produced, and the bytes of the full and the design-time output, file by file. Prints Markdown
/// tables for docs/performance.md.
/// </summary>
public static class Measure
{
    public static int Run(int count, int size, int seed, int runs)
    {
        var watch = Stopwatch.StartNew();
        var w = Workload.Create(count, size, seed);
        var corpusBytes = w.Corpus.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Text));
        Console.WriteLine($"N = {count:N0} posts, {corpusBytes / 1024.0 / 1024.0:F1} MiB of post text (made in {watch.ElapsedMilliseconds} ms), best of {runs} runs");
        Console.WriteLine();

        // Warm the JIT so the first timed run is not a cold start of the process.
        Floor.Run(w.Corpus.Take(50).ToList());
        Workload.Create(50, size, seed + 1).CreateDriver().RunGenerators(w.Compilation);

        var floor = Best(runs, () => Floor.Run(w.Corpus), out var floorCost);
        var cold = Best(runs, () => w.CreateDriver().RunGenerators(w.Compilation), out var coldCost);
        var designCold = Best(runs, () => w.CreateDriver(designTime: true).RunGenerators(w.Compilation), out var designCost);

        var full = w.CreateDriver().RunGenerators(w.Compilation);
        var design = w.CreateDriver(designTime: true).RunGenerators(w.Compilation);
        var fullBytes = Bytes(full);
        var designBytes = Bytes(design);

        Console.WriteLine("| run | time (ms) | × floor | × cold |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Row("Floor: YAML + Markdig", floor, floor, cold);
        Row("Cold run", cold, floor, cold);
        Row("Cold run, design-time", designCold, floor, cold);
        Console.WriteLine();

        // What the garbage collector had to do, which a noisy machine does not change: bytes allocated, collections
        // (server GC, as the compiler runs), and what the driver still holds once the run is over.
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var held = w.CreateDriver().RunGenerators(w.Compilation);
        var heldBytes = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        GC.KeepAlive(held);
        Console.WriteLine("| run (the last of the runs above) | allocated (MB) | gen0 / gen1 / gen2 collections | paused for GC (ms) | held after the run (MB) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Floor: YAML + Markdig | {floorCost.Allocated / 1e6:F0} | {floorCost.Collections} | {floorCost.PausedMs:F0} | 0 |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Cold run | {coldCost.Allocated / 1e6:F0} | {coldCost.Collections} | {coldCost.PausedMs:F0} | {heldBytes / 1e6:F0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Cold run, design-time | {designCost.Allocated / 1e6:F0} | {designCost.Collections} | {designCost.PausedMs:F0} | |"));
        Console.WriteLine();
        Console.WriteLine("| run | time (ms) | × floor | × cold |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");

        // Which outputs each edit re-produced, at full N: a cached output keeps its SourceText object, a re-produced
        // one gets a new one. (Roslyn's own step tracking is not used here: recording it is super-linear in N.)
        var edits = new (string Name, Func<GeneratorDriver, GeneratorDriver> Edit, Func<GeneratorDriver, GeneratorDriver> Undo)[]
        {
            ("one body edited", d => d.ReplaceAdditionalText(w.Edited, w.BodyEdited).RunGenerators(w.Compilation), d => d.ReplaceAdditionalText(w.BodyEdited, w.Edited).RunGenerators(w.Compilation)),
            ("one title edited", d => d.ReplaceAdditionalText(w.Edited, w.TitleEdited).RunGenerators(w.Compilation), d => d.ReplaceAdditionalText(w.TitleEdited, w.Edited).RunGenerators(w.Compilation)),
            ("unrelated .cs edited", d => d.RunGenerators(w.EditedCompilation), d => d.RunGenerators(w.Compilation)),
            ("nothing edited", d => d.RunGenerators(w.Compilation), d => d.RunGenerators(w.Compilation)),
        };

        var reasons = new List<string>();
        foreach (var (name, edit, undo) in edits)
        {
            // Timed without step tracking, as the compiler runs; flipped back and forth so each run is a real edit.
            var driver = full;
            var best = double.MaxValue;
            for (var i = 0; i < Math.Max(runs, 3); i++)
            {
                var t = Stopwatch.StartNew();
                driver = edit(driver);
                best = Math.Min(best, t.Elapsed.TotalMilliseconds);
                driver = undo(driver);
            }

            Row("Re-run: " + name, best, floor, cold);
            reasons.Add($"| {name} | {Reproduced(full, edit(full))} |");
        }

        Console.WriteLine();
        Console.WriteLine("| edit | generated files re-produced (of all) |");
        Console.WriteLine("| --- | --- |");
        reasons.ForEach(Console.WriteLine);

        Console.WriteLine();
        Console.WriteLine("| output | files | bytes (UTF-8) | share of full |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Console.WriteLine($"| full (command-line build) | {Files(full)} | {fullBytes:N0} | 100% |");
        Console.WriteLine($"| design-time (IDE: implementation outputs disabled) | {Files(design)} | {designBytes:N0} | {100.0 * designBytes / fullBytes:F2}% |");

        Console.WriteLine();
        Console.WriteLine("| generated file (full output) | files | bytes (UTF-8) | bytes per post |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var group in full.GetRunResult().Results.SelectMany(r => r.GeneratedSources).GroupBy(s => Kind(s.HintName)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var bytes = group.Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
            Console.WriteLine($"| {group.Key} | {group.Count()} | {bytes:N0} | {bytes / count:N0} |");
        }

        return 0;
    }

    private static double Best(int runs, Action action) => Best(runs, action, out _);

    /// <summary>The best time of <paramref name="runs"/>, and what the last run allocated and how often it collected.</summary>
    private static double Best(int runs, Action action, out (long Allocated, string Collections, double PausedMs) cost)
    {
        var best = double.MaxValue;
        cost = default;
        for (var i = 0; i < runs; i++)
        {
            var run = GcCost.Measure(action);
            best = Math.Min(best, run.Ms);
            cost = (run.Allocated, run.Collections(" / "), run.PausedMs);
        }

        return best;
    }

    private static void Row(string name, double ms, double floor, double cold) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {ms:F1} | {ms / floor:F3} | {100 * ms / cold:F2}% |"));

    private static long Bytes(GeneratorDriver driver) =>
        driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString()));

    /// <summary>The posts' data shards as one row (Posts/Data00.g.cs … Posts/Dataff.g.cs).</summary>
    private static string Kind(string hintName) =>
        hintName.StartsWith("Posts/", StringComparison.Ordinal) ? "Posts/Data*.g.cs (shards of post data)" : hintName;

    private static int Files(GeneratorDriver driver) => driver.GetRunResult().Results.Sum(r => r.GeneratedSources.Length);

    /// <summary>Files whose text is a new object after the edit (or that appeared), out of all.</summary>
    private static string Reproduced(GeneratorDriver before, GeneratorDriver after)
    {
        var old = before.GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText);
        var now = after.GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToList();
        var fresh = now.Where(s => !old.TryGetValue(s.HintName, out var text) || !ReferenceEquals(text, s.SourceText)).Select(s => s.HintName).ToList();
        return $"{fresh.Count} of {now.Count}" + (fresh.Count > 0 ? " (" + string.Join(", ", fresh) + ")" : "");
    }

}
