namespace PostGenerator.IntegrationTests;

/// <summary>
/// The oldest combination this machine can build: a net8.0 project, compiled by the Roslyn 4.14 compiler package
/// instead of the SDK's own, published self-contained so that it runs on the .NET 8 runtime itself. (The .NET 8 SDK,
/// whose compiler is Roslyn 4.8, cannot be installed here; the package is compiled against 4.8, which
/// <see cref="PackageContentsTests"/> checks.)
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CompatibilityTests(PackageFixture package, ITestOutputHelper output)
{
    private const string CompilerPackage = "Microsoft.Net.Compilers.Toolset";
    private const string CompilerVersion = "4.14.0";

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
}
