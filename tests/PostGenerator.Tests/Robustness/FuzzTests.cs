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
}
