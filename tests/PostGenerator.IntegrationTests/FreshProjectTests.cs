namespace PostGenerator.IntegrationTests;

/// <summary>The quick start: a new console project, the package, posts under content/, build, run.</summary>
[Collection(PackageCollection.Name)]
public sealed class FreshProjectTests(PackageFixture package, ITestOutputHelper output)
{
    [Fact]
    public void A_new_console_project_builds_its_posts_into_typed_CSharp_with_nothing_to_configure()
    {
        var app = ConsumerProject.CreateWithTestSite(package, output, "BlogApp");
        AssertAddedAsDevelopmentDependency(app);
        // A demanding project: the generated code and the posts must not raise a single warning.
        app.SetProperty("TreatWarningsAsErrors", "true");

        app.Build().ShouldSucceed();

        Assert.Equal(TestSite.Output("BlogApp"), app.Run().Lines);
    }

    private void AssertAddedAsDevelopmentDependency(ConsumerProject app)
    {
        var reference = System.Xml.Linq.XDocument.Load(app.ProjectFile).Descendants("PackageReference")
            .Single(r => (string?)r.Attribute("Include") == PackageFixture.PackageId);
        Assert.Equal(package.Version, (string?)reference.Attribute("Version"));
        // What dotnet add package writes for a development dependency: nothing flows to the app's own dependents,
        // and no compile-time reference to the generator's assemblies.
        Assert.Equal("all", reference.Element("PrivateAssets")?.Value);
        Assert.DoesNotContain("compile", reference.Element("IncludeAssets")?.Value ?? "", StringComparison.Ordinal);
    }
}
