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
    /// PostTuneCompiler (on by default): a compiler the build starts runs with the runtime's tiered PGO off, and for a
    /// site of 2,000 posts or more also counts calls at once; the Csc task hands it both through CscEnvironment. A
    /// project's own CscEnvironment is kept, one that sets DOTNET_TieredPGO itself wins, and PostTuneCompiler=false
    /// leaves the compiler's environment alone.
    /// </summary>
    [Fact]
    public void A_compiler_the_build_starts_runs_with_tiered_PGO_off_unless_the_project_says_otherwise()
    {
        var app = ConsumerProject.CreateWithTestSite(package, output, "TunedApp");
        var pgoFromEnvironment = Environment.GetEnvironmentVariable("DOTNET_TieredPGO") is not null;
        var delayFromEnvironment = Environment.GetEnvironmentVariable("DOTNET_TC_CallCountingDelayMs") is not null;

        // What reaches the compiler process: the Csc task lists the variables it passes at detailed verbosity.
        var passed = PassedToCompiler(app.Build("-v:d").ShouldSucceed());
        Assert.Equal(!pgoFromEnvironment, passed.Contains("DOTNET_TieredPGO=0"));
        Assert.DoesNotContain(passed, v => v.StartsWith("DOTNET_TC_CallCountingDelayMs=", StringComparison.Ordinal));
        Assert.Equal(TestSite.Output("TunedApp"), app.Run().Lines);

        app.SetProperty("CscEnvironment", "POSTGEN_TEST=1");
        Assert.Equal(pgoFromEnvironment ? "POSTGEN_TEST=1" : "POSTGEN_TEST=1;DOTNET_TieredPGO=0", CscEnvironment(app));

        app.SetProperty("CscEnvironment", "DOTNET_TieredPGO=1");
        Assert.Equal("DOTNET_TieredPGO=1", CscEnvironment(app));

        app.SetProperty("CscEnvironment", "");
        Assert.Equal(pgoFromEnvironment ? "" : "DOTNET_TieredPGO=0", CscEnvironment(app));

        // A site of 2,000 posts: the call counting starts at once too.
        for (var i = 0; i < 2000; i++)
        {
            app.WriteFile($"content/_posts/2020-01-01-p{i:D4}.md", $"---\ntitle: P{i}\n---\nx\n");
        }

        passed = PassedToCompiler(app.Build("-v:d").ShouldSucceed());
        Assert.Equal(!pgoFromEnvironment, passed.Contains("DOTNET_TieredPGO=0"));
        Assert.Equal(!delayFromEnvironment, passed.Contains("DOTNET_TC_CallCountingDelayMs=0"));

        app.SetProperty("PostTuneCompiler", "false");
        Assert.Equal("", CscEnvironment(app));
        app.SetProperty("CscEnvironment", "POSTGEN_TEST=1");
        passed = PassedToCompiler(app.Build("-v:d", "--no-incremental").ShouldSucceed());
        Assert.Contains("POSTGEN_TEST=1", passed);
        Assert.DoesNotContain(passed, v => v.StartsWith("DOTNET_TieredPGO=", StringComparison.Ordinal) || v.StartsWith("DOTNET_TC_", StringComparison.Ordinal));
    }

    private static string CscEnvironment(ConsumerProject app) =>
        app.DotNet("msbuild", "-getProperty:CscEnvironment").ShouldSucceed().Output.Trim();

    /// <summary>
    /// The NAME=value lines under the Csc task's "Environment Variables passed to tool:", which every build here
    /// prints: each passes the compiler at least one variable.
    /// </summary>
    private static List<string> PassedToCompiler(CommandResult build)
    {
        Assert.Contains(build.Lines, l => l.Contains("Environment Variables passed to tool:", StringComparison.Ordinal));
        return build.Lines.SkipWhile(l => !l.Contains("Environment Variables passed to tool:", StringComparison.Ordinal)).Skip(1)
            .Select(l => l.Trim())
            .TakeWhile(l => EnvironmentVariable().IsMatch(l))
            .ToList();
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*=")]
    private static partial Regex EnvironmentVariable();

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
