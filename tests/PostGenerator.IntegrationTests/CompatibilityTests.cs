namespace PostGenerator.IntegrationTests;

/// <summary>
/// The oldest combinations this machine can build. Neither the .NET 8 SDK nor its compiler (Roslyn 4.8) can be installed
/// here, so they are approached from two sides: a net8.0 project compiled by the oldest compiler package there is
/// (Roslyn 4.14) and run on the .NET 8 runtime itself; and a net8.0 project compiled by Roslyn 4.8, through a compiler
/// host built on Microsoft.CodeAnalysis.CSharp 4.8.0 (tests/PostGenerator.Roslyn48) that MSBuild runs in place of csc.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CompatibilityTests(PackageFixture package, ITestOutputHelper output)
{
    private const string CompilerPackage = "Microsoft.Net.Compilers.Toolset";
    private const string CompilerVersion = "4.14.0";

    /// <summary>What the Roslyn 4.8 host starts each of its own lines with.</summary>
    private const string HostTag = "PostGenerator.Roslyn48:";

    [Fact]
    public void A_net8_project_built_by_an_older_compiler_runs_on_the_net8_runtime()
    {
        var app = ConsumerProject.CreateWithTestSite(package, output, "Net8App", targetFramework: "net8.0");
        app.SetProperty("TreatWarningsAsErrors", "true");
        app.DotNet("add", "package", CompilerPackage, "--version", CompilerVersion).ShouldSucceed();
        // The .NET 10 SDK uses its own compiler unless told that a package brings one.
        app.SetProperty("RoslynCompilerType", "Custom");

        var build = app.Build("--use-current-runtime", "--self-contained", "--output", "out", "-verbosity:normal").ShouldSucceed();

        // The compiler that ran is the package's, not the SDK's.
        var compilerPath = $"{CompilerPackage.ToLowerInvariant()}/{CompilerVersion}/tasks/netcore/bincore/csc.dll";
        Assert.Contains(build.Lines, line => line.Replace('\\', '/').Contains(compilerPath, StringComparison.Ordinal));
        var executable = Path.Combine(app.Directory, "out", OperatingSystem.IsWindows() ? "Net8App.exe" : "Net8App");
        var run = Command.Run(output, app.Directory, executable, []).ShouldSucceed();
        Assert.Equal(TestSite.Output("Net8App", runtime: 8), run.Lines);
    }

    [Fact]
    public void A_net8_project_compiled_by_Roslyn_4_8_gets_its_posts_and_its_diagnostics()
    {
        var app = ConsumerProject.CreateWithTestSite(package, output, "Roslyn48App", targetFramework: "net8.0");
        app.SetProperty("TreatWarningsAsErrors", "true");
        // MSBuild's Csc task runs this program with csc's command line, and no compiler server.
        app.SetProperty("CscToolPath", Repository.Roslyn48HostFolder);
        app.SetProperty("CscToolExe", OperatingSystem.IsWindows() ? "PostGenerator.Roslyn48.exe" : "PostGenerator.Roslyn48");
        app.SetProperty("UseSharedCompilation", "false");
        // Only the .NET 10 runtime is installed here; the test above runs a net8.0 build on .NET 8 itself.
        app.SetProperty("RollForward", "LatestMajor");

        var (build, host) = BuildWithRoslyn48(app);
        build.ShouldSucceed();
        AssertCompiledByRoslyn48(host);
        // The generator and the libraries it uses were loaded from the package, beside each other, by 4.8's rules.
        var analyzerFolder = Path.Combine(package.GlobalPackagesFolder, PackageFixture.PackageId.ToLowerInvariant(), package.Version.ToLowerInvariant(), "analyzers", "dotnet", "cs");
        foreach (var assembly in new[] { "PostGenerator", "YamlDotNet", "Markdig", "AngleSharp" })
        {
            Assert.Contains(host, line => line.StartsWith($"loaded {assembly} ", StringComparison.Ordinal)
                && line.EndsWith(" from " + Path.Combine(analyzerFolder, assembly + ".dll"), StringComparison.Ordinal));
        }

        Assert.Equal(TestSite.Output("Roslyn48App", runtime: 10), app.Run().Lines);

        // A broken post: the analyzer's error, at the bad value, in the format MSBuild reads, fails the build.
        app.WriteFile(TestSite.BrokenPostPath, TestSite.BrokenPost);
        (build, host) = BuildWithRoslyn48(app);
        build.ShouldFail();
        AssertCompiledByRoslyn48(host);
        var reported = Assert.Single(build.Posts());
        Assert.Equal(
            (Path.Combine(app.Directory, TestSite.BrokenPostPath), TestSite.BrokenPostLine, TestSite.BrokenPostColumn, "error", "POST007"),
            (reported.Path, reported.Line, reported.Column, reported.Severity, reported.Id));

        // Turned off in .globalconfig: the build succeeds without the broken post, and the rest of the site is all there.
        app.WriteFile(".globalconfig", "is_global = true\ndotnet_diagnostic.POST007.severity = none\n");
        (build, host) = BuildWithRoslyn48(app);
        build.ShouldSucceed();
        AssertCompiledByRoslyn48(host);
        Assert.Empty(build.Posts());
        Assert.Equal(TestSite.Output("Roslyn48App", runtime: 10), app.Run().Lines);
    }

    /// <summary>
    /// An ordinary build that also writes a detailed log, which is where MSBuild puts a compiler's own output; the
    /// console keeps the normal verbosity a user sees. Returns the host's own lines, without their tag.
    /// </summary>
    private static (CommandResult Build, IReadOnlyList<string> Host) BuildWithRoslyn48(ConsumerProject app)
    {
        var log = Path.Combine(app.Directory, "build-detailed.log");
        var build = app.Build("-fileLogger", $"-fileLoggerParameters:LogFile={log};Verbosity=detailed");
        var host = File.ReadLines(log)
            .Select(line => line.Trim())
            .Where(line => line.StartsWith(HostTag, StringComparison.Ordinal))
            .Select(line => line[HostTag.Length..].Trim())
            .ToList();
        return (build, host);
    }

    /// <summary>The host ran this build's compilation, and ran it with Microsoft.CodeAnalysis.CSharp 4.8.0.</summary>
    private static void AssertCompiledByRoslyn48(IReadOnlyList<string> host) =>
        Assert.StartsWith("Microsoft.CodeAnalysis.CSharp 4.8.0.0 (4.8.0-", Assert.Single(host, line => line.StartsWith("Microsoft.CodeAnalysis.CSharp ", StringComparison.Ordinal)));
}
