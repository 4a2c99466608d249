using Xunit;
using Xunit.Abstractions;

namespace PostGenerator.Tests.Robustness;

/// <summary>
/// The bounded slice of the fuzzer that runs with every <c>dotnet test</c>: the first
/// <see cref="FuzzRun.DefaultCases"/> cases of <see cref="FuzzRun.DefaultSeed"/>, the same on every run so CI is
/// repeatable. Long runs are this same test with other numbers (docs/robustness.md):
/// <c>POSTGEN_FUZZ_CASES=100000 POSTGEN_FUZZ_SEED=... dotnet test ... --filter FullyQualifiedName~Robustness.FuzzTests</c>.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Fuzzed_posts_never_break_the_build()
    {
        var run = FuzzRun.FromEnvironment();
        var (stats, failures) = run.Execute(output.WriteLine);
        Assert.True(stats.Cases > 0, "no case ran");
        Assert.True(failures.Count == 0, $"{failures.Count} failures; report in {run.OutputFolder}:\n" + string.Join("\n", failures.Take(20)));
    }

    /// <summary>
    /// Regression from the 100,000-case run (seed 0x20240607, batch 10, cases 500 to 549): with Markdig's pooled
    /// renderer, posts rendered after a post Markdig gave up on lost their links and inline markup, so the generated
    /// HTML differed from the parser's. Each post now gets a renderer of its own.
    /// </summary>
    [Fact]
    public void Batch_that_poisoned_the_pooled_renderer()
    {
        var run = FuzzRun.FromEnvironment() with { Seed = 0x20240607UL, Start = 500, Cases = 50, BatchSize = FuzzRun.DefaultBatch, Replay = [] };
        var (stats, failures) = run.Execute(output.WriteLine);
        Assert.Equal(50, stats.Cases);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    /// <summary>
    /// Regression from a 60,000-case run (seed 0x20261127): the analyzer checked whether Markdig refuses a body on the
    /// body with <c>{{ site.url }}</c> masked for its link scan, whose '_' made the emphasis nest past Markdig's render
    /// limit, and so reported a refusal the generator never met. The check now renders the generator's own body.
    /// </summary>
    [Fact]
    public void Masked_site_variables_do_not_make_the_analyzer_refuse_a_body()
    {
        var run = FuzzRun.FromEnvironment() with { Seed = 0x20261127UL, Replay = [(0x1FAAF492CF1C8F63UL, 167)] };
        var (stats, failures) = run.Execute(output.WriteLine);
        Assert.Equal(1, stats.Cases);
        Assert.Equal(1, stats.Generated);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }
}
