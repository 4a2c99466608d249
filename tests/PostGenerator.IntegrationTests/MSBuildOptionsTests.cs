using System.Text.RegularExpressions;

namespace PostGenerator.IntegrationTests;

/// <summary>Options and items set in the project file, picked up by the next ordinary (incremental) build.</summary>
[Collection(PackageCollection.Name)]
public sealed partial class MSBuildOptionsTests(PackageFixture package, ITestOutputHelper output)
{
    [Fact]
    public void Namespace_and_tag_url_set_in_the_project_file_take_effect_on_the_next_build()
    {
        var app = ConsumerProject.CreateWithTestSite(package, output, "OptionsApp");
        app.Build().ShouldSucceed();
        Assert.Equal(TestSite.Output("OptionsApp"), app.Run().Lines);

        // PostNamespace: the generated types move; the program follows them.
        app.SetProperty("PostNamespace", "My.Blog.Content");
        app.WriteFile("Program.cs", TestSite.Program("My.Blog.Content"));
        app.Build().ShouldSucceed();
        Assert.Equal(TestSite.Output("My.Blog.Content"), app.Run().Lines);

        // With PostSiteUrl, the seed's links to https://www.epochtimes.com/gb/tag/<name>.html are links into the site,
        // but they are not tag links under the default PostTagUrl (/tags/{tag}/).
        app.SetProperty("PostSiteUrl", "https://www.epochtimes.com/gb");
        var build = app.Build().ShouldSucceed();
        Assert.Empty(build.Posts("POST013"));

        // '#' starts a comment in the compiler's options file; the targets carry it through, so the fragment form works:
        // a link to the tag index's #nosuch fragment names a tag no post has, the one to #大纪元 names the seed's tag.
        app.SetProperty("PostTagUrl", "/tags/#{tag}");
        app.WriteFile("content/_posts/2024-07-01-fragment-tags.md", "---\ntitle: Fragments\n---\n[a](https://www.epochtimes.com/gb/tags/#nosuch) [b](https://www.epochtimes.com/gb/tags/#大纪元)\n");
        build = app.Build().ShouldSucceed();
        var fragment = Assert.Single(build.Posts("POST013"));
        Assert.EndsWith("2024-07-01-fragment-tags.md", fragment.Path, StringComparison.Ordinal);
        Assert.Equal((4, 5), (fragment.Line, fragment.Column));
        File.Delete(Path.Combine(app.Directory, "content", "_posts", "2024-07-01-fragment-tags.md"));

        // PostTagUrl=/tag/{tag}.html makes them tag links, to tags no post has: each is reported where its URL starts.
        app.SetProperty("PostTagUrl", "/tag/{tag}.html");
        build = app.Build().ShouldSucceed();
        var seedPath = Path.Combine(app.Directory, "content", "_posts", Repository.SeedPostFileName);
        var reported = build.Posts("POST013").Select(d => (d.Path, d.Line, d.Column, d.Severity, Tag: Quoted(d.Message))).OrderBy(d => d.Column);
        var expected = SeedTagLinks().Select(link => (seedPath, link.Line, link.Column, "warning", link.Tag));
        Assert.Equal(expected, reported);
    }

    [Fact]
    public void Another_content_folder_and_ordinary_items_choose_the_posts()
    {
        var app = ConsumerProject.CreateWithTestSite(package, output, "ItemsApp", contentFolder: "site");
        app.WriteFile("extra/2024-07-01-from-elsewhere.md", "---\ntitle: From elsewhere\n---\nListed by hand.\n");
        app.SetProperty("PostContentRoot", "site");
        app.SetProperty("PostIncludeDrafts", "true");
        app.AddItemGroup("""
            <AdditionalFiles Remove="site/_posts/2024-05-05-raw-html.html" />
            <AdditionalFiles Include="extra/*.md" PostGeneratorKind="post" />
            """);

        app.Build().ShouldSucceed();

        var expected = TestSite.Output("ItemsApp").ToList();
        expected.Remove("2024-05-05 Raw HTML post /2024/05/05/raw-html.html");
        expected.Insert(2, "2024-07-01 From elsewhere /2024/07/01/from-elsewhere.html");
        expected.Insert(5, "2024-02-01 Unfinished thoughts /2024/02/01/unfinished-thoughts.html");
        Assert.Equal(expected, app.Run().Lines);
    }

    /// <summary>
    /// PostTuneCompiler (on by default): a compiler the build starts runs with the runtime's tiered PGO off, which the
    /// Csc task hands it through CscEnvironment. A project's own CscEnvironment is kept, one that sets
    /// DOTNET_TieredPGO itself wins, and PostTuneCompiler=false leaves the compiler's environment alone.
    /// </summary>
    [Fact]
    public void A_compiler_the_build_starts_runs_with_tiered_PGO_off_unless_the_project_says_otherwise()
    {
        var app = ConsumerProject.CreateWithTestSite(package, output, "TunedApp");
        var fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_TieredPGO");
        string Expected(string tuned) => fromEnvironment is null ? tuned : "";

        // What reaches the compiler process: the Csc task lists the variables it passes at detailed verbosity.
        var build = app.Build("-v:d").ShouldSucceed();
        var passed = build.Lines.SkipWhile(l => !l.Contains("Environment Variables passed to tool:", StringComparison.Ordinal)).Skip(1).FirstOrDefault()?.Trim();
        Assert.Equal(fromEnvironment is null ? "DOTNET_TieredPGO=0" : null, passed);
        Assert.Equal(TestSite.Output("TunedApp"), app.Run().Lines);

        app.SetProperty("CscEnvironment", "POSTGEN_TEST=1");
        Assert.Equal(fromEnvironment is null ? "POSTGEN_TEST=1;DOTNET_TieredPGO=0" : "POSTGEN_TEST=1", CscEnvironment(app));

        app.SetProperty("CscEnvironment", "DOTNET_TieredPGO=1");
        Assert.Equal("DOTNET_TieredPGO=1", CscEnvironment(app));

        app.SetProperty("CscEnvironment", "");
        Assert.Equal(Expected("DOTNET_TieredPGO=0"), CscEnvironment(app));
        app.SetProperty("PostTuneCompiler", "false");
        Assert.Equal("", CscEnvironment(app));
    }

    private static string CscEnvironment(ConsumerProject app) =>
        app.DotNet("msbuild", "-getProperty:CscEnvironment").ShouldSucceed().Output.Trim();

    /// <summary>The seed's links to its site's tag pages, with where each URL starts (1-based) and the tag it names.</summary>
    private static IEnumerable<(int Line, int Column, string Tag)> SeedTagLinks()
    {
        var lines = File.ReadAllText(Path.Combine(Repository.PostsFolder, Repository.SeedPostFileName)).ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match link in TagLink().Matches(lines[i]))
            {
                yield return (i + 1, link.Index + 1, Uri.UnescapeDataString(link.Groups[1].Value));
            }
        }
    }

    /// <summary>The first name in single quotes in a message: the tag a POST013 message names.</summary>
    private static string Quoted(string message) => message.Split('\'')[1];

    [GeneratedRegex(@"https://www\.epochtimes\.com/gb/tag/([^""]+)\.html")]
    private static partial Regex TagLink();
}
