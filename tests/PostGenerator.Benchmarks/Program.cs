using System.Globalization;
using BenchmarkDotNet.Running;
using PostGenerator.Benchmarks;
using PostGenerator.Parsing;

// corpus <dir> <N> [--size 4096] [--seed 1]     writes N posts under <dir>/_posts/
// measure <N> [--size 4096] [--seed 1] [--runs 3] quick side-by-side timings, regenerated outputs, design-time bytes
// anything else                                  BenchmarkDotNet (e.g. --filter '*')
if (args.FirstOrDefault() == "profile") { return Profile.Run(Int(args[1])); }
if (args.FirstOrDefault() == "htmldiff") { var w = Workload.Create(Int(args[1])); return HtmlDiff.Run(w.Corpus.Select(p => MarkdownRenderer.Render(p.Text.Substring(FrontMatterSplitter.Split(p.Text).BodyStart), "default")).Concat(w.Corpus.Select(p => p.Text)).Concat(args.Skip(2).SelectMany(d => Directory.GetFiles(d)).Select(File.ReadAllText).SelectMany(t => new[] { t, MarkdownRenderer.Render(t, "default") }))); }
if (args.FirstOrDefault() == "rerunloop") { var wl = Workload.Create(Int(args[1])); var dd = wl.CreateDriver(designTime: args.Length > 3).RunGenerators(wl.Compilation); var sw = System.Diagnostics.Stopwatch.StartNew(); for (var k = 0; k < Int(args[2]); k++) { dd.RunGenerators(wl.Compilation); } Console.WriteLine(sw.ElapsedMilliseconds / Int(args[2])); return 0; }
if (args.FirstOrDefault() == "editloop") { var wl = Workload.Create(Int(args[1])); var ed = args.Length > 3 && args[3] == "title" ? wl.TitleEdited : wl.BodyEdited; var dd = wl.CreateDriver(trackSteps: args.Length > 4).RunGenerators(wl.Compilation); for (var k = 0; k < Int(args[2]); k++) { var sw = System.Diagnostics.Stopwatch.StartNew(); dd = dd.ReplaceAdditionalText(k % 2 == 0 ? wl.Edited : ed, k % 2 == 0 ? ed : wl.Edited).RunGenerators(wl.Compilation); Console.WriteLine(sw.ElapsedMilliseconds); } return 0; }
if (args.FirstOrDefault() == "coldloop") { var wl = Workload.Create(Int(args[1])); for (var k = 0; k < Int(args[2]); k++) { wl.CreateDriver().RunGenerators(wl.Compilation); } return 0; }
return args.FirstOrDefault() switch
{
    "corpus" when args.Length >= 3 => Corpus(args),
    "measure" when args.Length >= 2 => Measure.Run(Int(args[1]), Option(args, "--size", CorpusMaker.DefaultSize), Option(args, "--seed", 1), Option(args, "--runs", 3)),
    "corpus" or "measure" => Usage(),
    _ => Bench(args),
};

static int Corpus(string[] args)
{
    var count = Int(args[2]);
    var bytes = CorpusMaker.Write(args[1], count, Option(args, "--size", CorpusMaker.DefaultSize), Option(args, "--seed", 1));
    Console.WriteLine($"wrote {count} posts, {bytes} bytes, to {Path.Combine(args[1], "_posts")}");
    return 0;
}

static int Bench(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: corpus <dir> <N> [--size 4096] [--seed 1] | measure <N> [--size 4096] [--seed 1] [--runs 3] | BenchmarkDotNet arguments");
    return 2;
}

static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

static int Option(string[] args, string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? Int(args[at + 1]) : fallback;
}
