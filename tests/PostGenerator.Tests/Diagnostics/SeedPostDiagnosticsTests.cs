using System.Collections.Immutable;
using System.Text;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Diagnostics;

/// <summary>The repository's real posts: clean by default, and the seed post's tag links checked against the site it came from.</summary>
public sealed class SeedPostDiagnosticsTests
{
    private const string TagPrefix = "https://www.epochtimes.com/gb/tag/";

    [Fact]
    public void Seed_post_has_no_diagnostics_with_default_options()
    {
        var diagnostics = AnalyzerHarness.Run(PostSet.FromContentFolder());
        Assert.Empty(AnalyzerHarness.Describe(diagnostics.Where(d => d.Location.GetLineSpan().Path.Contains("/2023-10-28-", StringComparison.Ordinal))));

        // Nor do the sample posts' links, tags, post_url references and slugs trouble the cross-post checks.
        Assert.Empty(AnalyzerHarness.Describe(diagnostics.Where(d => d.Id is "POST012" or "POST013" or "POST014" or "POST015")));
    }

    [Fact]
    public void Seed_post_tag_links_to_undeclared_tags_are_reported_on_each_href()
    {
        var posts = PostSet.FromContentFolder()
            .Option("PostSiteUrl", "https://www.epochtimes.com/gb")
            .Option("PostTagUrl", "/tag/{tag}.html");
        var diagnostics = AnalyzerHarness.Run(posts);

        var seedPath = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "content", "_posts"), "2023-10-28-*.md").Single();
        var relative = "content/_posts/" + Path.GetFileName(seedPath);
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(seedPath)).TrimStart('\uFEFF');
        var expected = new List<string>();
        for (var at = text.IndexOf("href=\"" + TagPrefix, StringComparison.Ordinal); at >= 0; at = text.IndexOf("href=\"" + TagPrefix, at + 1, StringComparison.Ordinal))
        {
            var start = at + "href=\"".Length;
            var end = text.IndexOf('"', start);
            var (line, column) = Markup.Position(text, start);
            var (endLine, endColumn) = Markup.Position(text, end);
            expected.Add($"POST013 {relative}({line},{column})-({endLine},{endColumn})");
        }

        Assert.Equal(6, expected.Count);
        diagnostics = diagnostics.Where(d => d.Id == "POST013").ToImmutableArray();
        Assert.Equal(expected, AnalyzerHarness.Describe(diagnostics));
        Assert.Equal(
            new[] { "拜登", "王毅", "王毅", "拜登", "拜习会", "拜习会" },
            diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split('\'')[1]));
        Assert.All(diagnostics, d => Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, d.DefaultSeverity));
    }

    [Fact]
    public void Seed_post_tag_link_to_a_declared_tag_is_fine()
    {
        // 大纪元 is declared by the seed post itself; a link to its tag page is not broken.
        var posts = new PostSet()
            .Option("PostSiteUrl", "https://www.epochtimes.com/gb")
            .Option("PostTagUrl", "/tag/{tag}.html")
            .Add("content/_posts/2023-10-28-a.md", "---\ntitle: A\ntags: [ 大纪元 ]\n---\n<a href=\"https://www.epochtimes.com/gb/tag/%E5%A4%A7%E7%BA%AA%E5%85%83.html\">大纪元</a>\n");
        Assert.Empty(AnalyzerHarness.Run(posts));
    }
}
