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

        // A value the compiler would cut short at its '#' is refused with a warning, not passed on as "/tags/".
        app.SetProperty("PostTagUrl", "/tags/#{tag}");
        build = app.Build().ShouldSucceed();
        Assert.Contains(build.Lines, line => line.Contains("warning POSTMSB001: PostTagUrl is '/tags/#{tag}'", StringComparison.Ordinal));

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
