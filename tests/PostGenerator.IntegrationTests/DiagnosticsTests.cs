namespace PostGenerator.IntegrationTests;

/// <summary>A broken post as the build reports it, and a user changing how severe that report is.</summary>
[Collection(PackageCollection.Name)]
public sealed class DiagnosticsTests(PackageFixture package, ITestOutputHelper output)
{
    [Fact]
    public void A_malformed_post_is_reported_at_its_line_and_column_and_its_severity_follows_the_globalconfig()
    {
        var app = ConsumerProject.CreateWithTestSite(package, output, "BrokenApp");
        app.WriteFile(TestSite.BrokenPostPath, TestSite.BrokenPost);
        var brokenPath = Path.Combine(app.Directory, TestSite.BrokenPostPath);
        const int line = TestSite.BrokenPostLine, column = TestSite.BrokenPostColumn;

        // Out of the box: reported where the bad value is, in the format editors and CI systems read.
        var build = app.Build();
        var reported = Assert.Single(build.Posts());
        Assert.Equal((brokenPath, line, column, "POST007"), (reported.Path, reported.Line, reported.Column, reported.Id));
        Assert.Contains(reported.Severity, new[] { "error", "warning" });

        // Made an error in .globalconfig: the build fails on it.
        app.WriteFile(".globalconfig", "is_global = true\ndotnet_diagnostic.POST007.severity = error\n");
        build = app.Build().ShouldFail();
        reported = Assert.Single(build.Posts());
        Assert.Equal((brokenPath, line, column, "error", "POST007"), (reported.Path, reported.Line, reported.Column, reported.Severity, reported.Id));

        // Turned off: the build succeeds, the broken post is left out and the rest of the site is all there.
        app.WriteFile(".globalconfig", "is_global = true\ndotnet_diagnostic.POST007.severity = none\n");
        build = app.Build().ShouldSucceed();
        Assert.Empty(build.Posts());
        Assert.Equal(TestSite.Output("BrokenApp"), app.Run().Lines);
    }
}
