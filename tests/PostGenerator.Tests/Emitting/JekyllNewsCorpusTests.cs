using System.Text.RegularExpressions;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Emitting;

/// <summary>
/// Jekyll's own news posts (TestData/JekyllNews, MIT, see its NOTICE): 102 real posts with quoted
/// <c>YYYY-MM-DD HH:MM:SS +ZZZZ</c> dates, <c>version:</c> keys, <c>category</c> and <c>categories</c>, and Liquid.
/// All of them compile, and what the generated code says matches what each file says.
/// </summary>
public class JekyllNewsCorpusTests
{
    private static readonly Regex DateLine = new(@"^date:\s*""?(?<d>[^""\r\n]+)""?\s*$", RegexOptions.Multiline);
    private static readonly Regex TitleLine = new(@"^title:\s*(?<q>[""']?)(?<t>.*?)\k<q>\s*$", RegexOptions.Multiline);

    [Fact]
    public void Every_post_compiles_with_its_front_matter()
    {
        var posts = new PostSet();
        var files = Directory.GetFiles(PostSet.TestData("JekyllNews/_posts")).OrderBy(f => f, StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            posts.AddBytes("content/_posts/" + Path.GetFileName(file), File.ReadAllBytes(file));
        }

        var (_, assembly) = GeneratorHarness.RunAndLoad(posts);
        var all = GeneratorHarness.AllPosts(assembly);
        Assert.Equal(files.Count, all.Count);

        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var post = all.Single(p => p.SourcePath == "content/_posts/" + Path.GetFileName(file));
            var title = TitleLine.Match(text).Groups["t"].Value.Replace("\\\"", "\"").Replace("''", "'");
            Assert.Equal(title, post.Title);
            var date = DateLine.Match(text);
            if (date.Success)
            {
                // The corpus writes "2013-05-06 02:12:52 +0200"; the post is the same instant, shown in UTC (the default zone).
                var written = DateTimeOffset.ParseExact(date.Groups["d"].Value.Trim(), ["yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss yyyy zzz"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None);
                Assert.Equal(written, post.Date);
                Assert.Equal(TimeSpan.Zero, post.Date.Offset);
            }

            Assert.NotEmpty(post.Categories);
            Assert.StartsWith("/" + post.Categories[0].ToLowerInvariant() + "/", post.Url);
            Assert.NotEmpty(post.Html);
        }

        var release = all.Single(p => p.SourcePath.EndsWith("2013-05-06-jekyll-1-0-0-released.markdown", StringComparison.Ordinal));
        Assert.Equal("1.0.0", release.FrontMatter["version"]);
        Assert.Equal("parkr", release.Author);
        Assert.Equal(["release"], release.Categories);
        Assert.Equal("/release/2013/05/06/jekyll-1-0-0-released.html", release.Url);
    }
}
