using System.Globalization;
using BenchmarkDotNet.Running;
using PostGenerator.Benchmarks;

// corpus <dir> <N> [--size 4096] [--seed 1]     writes N posts under <dir>/_posts/
// measure <N> [--size 4096] [--seed 1] [--runs 3] quick side-by-side timings, regenerated outputs, design-time bytes
// profile <N> [--size 4096]                      the parser's pieces timed apart (best of 10), to see where a parse goes
// literals [MB] [--runs 3]                       what each representation of the HTML costs Roslyn to compile
// literal-phases [--mb 20] [--runs 3] [--only a,b] [--list] [--serial] [--debugopt] [--validate-items 3] [--loop parse|diag|emit N]
//                                                Roslyn's parse, bind and emit timed apart for each C# shape of the HTML
//                                                (--list the shapes, --loop one shape's phase N times for a profiler)
// cold <N> [--runs 10]                           cold driver runs only, one after the other: a loop for a profiler
// edit <N> [--runs 100]                          re-runs after one post's body is edited (flipped back and forth): a loop for a profiler
// anything else                                  BenchmarkDotNet (e.g. --filter '*')
return args.FirstOrDefault() switch
{
    "corpus" when args.Length >= 3 => Corpus(args),
    "measure" when args.Length >= 2 => Measure.Run(Int(args[1]), Option(args, "--size", CorpusMaker.DefaultSize), Option(args, "--seed", 1), Option(args, "--runs", 3)),
    "profile" when args.Length >= 2 => Profile.Run(Int(args[1]), Option(args, "--size", CorpusMaker.DefaultSize)),
    "analyze" when args.Length >= 2 => Analyze(Int(args[1])),
    "startup" when args.Length >= 3 => Startup.Run(args[1], args[2]),
    "literal-phases" => LiteralPhases.Run(args[1..]),
    "literals" => LiteralCost.Run(args.Length >= 2 && !args[1].StartsWith("--", StringComparison.Ordinal) ? Int(args[1]) : 20, Option(args, "--runs", 3)),
    "cold" when args.Length >= 2 => Cold(Int(args[1]), Option(args, "--runs", 10)),
    "edit" when args.Length >= 2 => Edit(Int(args[1]), Option(args, "--runs", 100)),
    "corpus" or "measure" or "profile" or "cold" or "edit" => Usage(),
    _ => Bench(args),
};

static int Corpus(string[] args)
{
    var count = Int(args[2]);
    var bytes = CorpusMaker.Write(args[1], count, Option(args, "--size", CorpusMaker.DefaultSize), Option(args, "--seed", 1));
    Console.WriteLine($"wrote {count} posts, {bytes} bytes, to {Path.Combine(args[1], "_posts")}");
    return 0;
}

static int Analyze(int count)
{
    var workload = Workload.Create(count);
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var diagnostics = workload.Analyze(Workload.CreateAnalyzer());
    Console.WriteLine($"analyzer over {count} posts: {watch.ElapsedMilliseconds} ms, {diagnostics.Length} diagnostics");
    foreach (var group in diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
    {
        Console.WriteLine($"  {group.Key} x{group.Count()}: {group.First().GetMessage(CultureInfo.InvariantCulture)}");
    }

    return 0;
}

static int Cold(int count, int runs)
{
    var workload = Workload.Create(count);

    // The first run of the process, as a command-line build's compiler makes it: the runtime still compiling our code
    // and the libraries' (making the workload ran none of the parser).
    var first = System.Diagnostics.Stopwatch.StartNew();
    workload.CreateDriver().RunGenerators(workload.Compilation);
    Console.WriteLine($"first run of the process: {first.ElapsedMilliseconds} ms");
    for (var i = 0; i < runs; i++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        workload.CreateDriver().RunGenerators(workload.Compilation);
        Console.WriteLine($"cold run {i + 1}: {watch.ElapsedMilliseconds} ms");
    }

    return 0;
}

static int Edit(int count, int runs)
{
    var workload = Workload.Create(count);
    var driver = workload.CreateDriver().RunGenerators(workload.Compilation);
    var watch = System.Diagnostics.Stopwatch.StartNew();
    for (var i = 0; i < runs; i++)
    {
        driver = i % 2 == 0
            ? driver.ReplaceAdditionalText(workload.Edited, workload.BodyEdited).RunGenerators(workload.Compilation)
            : driver.ReplaceAdditionalText(workload.BodyEdited, workload.Edited).RunGenerators(workload.Compilation);
    }

    Console.WriteLine($"{runs} re-runs after a body edit: {watch.Elapsed.TotalMilliseconds / runs:F1} ms each");
    return 0;
}

static int Bench(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: corpus <dir> <N> [--size 4096] [--seed 1] | measure <N> [--size 4096] [--seed 1] [--runs 3] | profile <N> | BenchmarkDotNet arguments");
    return 2;
}

static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

static int Option(string[] args, string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? Int(args[at + 1]) : fallback;
}
