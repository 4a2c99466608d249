using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PostGenerator.Benchmarks;

/// <summary>
/// Everything the issue asks for in one class, so the Ratio column compares each row with the floor measured in the
/// same run on the same noisy machine. Every benchmark works over all N posts:
/// the floor (YAML + Markdig alone), a cold generator run (full, and design-time as the IDE runs it), the re-runs
/// after each kind of edit, and the analyzer.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class GeneratorBenchmarks
{
    private Workload _workload = null!;
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _bodyDriver = null!;
    private GeneratorDriver _titleDriver = null!;
    private GeneratorDriver _csDriver = null!;
    private bool _bodyEdited;
    private bool _titleEdited;
    private bool _csEdited;
    private DiagnosticAnalyzer _analyzer = null!;

    [Params(1_000, 10_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.Create(N);
        _warm = _workload.CreateDriver().RunGenerators(_workload.Compilation);
        _bodyDriver = _titleDriver = _csDriver = _warm;
        _analyzer = Workload.CreateAnalyzer();
    }

    [Benchmark(Baseline = true, Description = "Floor: YAML + Markdig")]
    public long Floor_() => Floor.Run(_workload.Corpus);

    [Benchmark(Description = "Cold run")]
    public GeneratorDriver Cold() => _workload.CreateDriver().RunGenerators(_workload.Compilation);

    [Benchmark(Description = "Cold run, design-time")]
    public GeneratorDriver ColdDesignTime() => _workload.CreateDriver(designTime: true).RunGenerators(_workload.Compilation);

    /// <summary>Each invocation flips the post between its two bodies, so every run re-runs after a real edit.</summary>
    [Benchmark(Description = "Re-run: one body edited")]
    public GeneratorDriver BodyEdit()
    {
        var (from, to) = _bodyEdited ? (_workload.BodyEdited, _workload.Edited) : (_workload.Edited, _workload.BodyEdited);
        _bodyEdited = !_bodyEdited;
        return _bodyDriver = _bodyDriver.ReplaceAdditionalText(from, to).RunGenerators(_workload.Compilation);
    }

    [Benchmark(Description = "Re-run: one title edited")]
    public GeneratorDriver TitleEdit()
    {
        var (from, to) = _titleEdited ? (_workload.TitleEdited, _workload.Edited) : (_workload.Edited, _workload.TitleEdited);
        _titleEdited = !_titleEdited;
        return _titleDriver = _titleDriver.ReplaceAdditionalText(from, to).RunGenerators(_workload.Compilation);
    }

    [Benchmark(Description = "Re-run: unrelated .cs edited")]
    public GeneratorDriver CsEdit()
    {
        _csEdited = !_csEdited;
        return _csDriver = _csDriver.RunGenerators(_csEdited ? _workload.EditedCompilation : _workload.Compilation);
    }

    [Benchmark(Description = "Re-run: nothing edited")]
    public GeneratorDriver Nothing() => _warm.RunGenerators(_workload.Compilation);

    private ImmutableArray<AdditionalText> _freshFiles;

    [IterationSetup(Target = nameof(AnalyzerCold))]
    public void NewTexts() => _freshFiles = _workload.FreshFiles();

    /// <summary>As a command-line build runs it: every post's text is new to the analyzer.</summary>
    [Benchmark(Description = "Analyzer, new texts (build)")]
    public ImmutableArray<Diagnostic> AnalyzerCold() => _workload.Analyze(_analyzer, _freshFiles);

    /// <summary>As an editor re-runs it with no post changed: the analyzer's per-text cache answers.</summary>
    [Benchmark(Description = "Analyzer, same texts (IDE)")]
    public ImmutableArray<Diagnostic> Analyzer() => _workload.Analyze(_analyzer);

    /// <summary>
    /// In-process (no generated project to build) and the monitoring strategy: a cold run at N = 10,000 takes seconds,
    /// so each iteration is one invocation, after one warm-up; ten iterations. Short enough to run on the 2-core machine in minutes.
    /// </summary>
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Monitoring)
                .WithWarmupCount(1)
                .WithIterationCount(10)
                .WithLaunchCount(1));
            WithOption(ConfigOptions.DisableOptimizationsValidator, false);
            WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        }
    }
}
