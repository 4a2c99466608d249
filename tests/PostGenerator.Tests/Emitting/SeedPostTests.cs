using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Emitting;

/// <summary>The post the product was specified from, compiled and loaded: its values are the contract.</summary>
public class SeedPostTests
{
    private const string SeedTitle = "白宫发拜登王毅照 敲定11月旧金山拜习会";

    private static PostView Seed()
    {
        var (_, assembly) = GeneratorHarness.RunAndLoad(PostSet.FromContentFolder());
        return GeneratorHarness.AllPosts(assembly).Single(p => p.Title == SeedTitle);
    }

    [Fact]
    public void Metadata_is_exactly_the_front_matter()
    {
        var seed = Seed();
        Assert.Equal(SeedTitle, seed.Title);
        Assert.Equal(new DateTimeOffset(2023, 10, 28, 6, 2, 22, TimeSpan.Zero), seed.Date);
        Assert.Equal(TimeSpan.Zero, seed.Date.Offset);
        Assert.Equal("大纪元", seed.Author);
        Assert.Equal("post", seed.Layout);
        Assert.Equal(["大纪元"], seed.Tags);
        Assert.Equal(["大纪元"], seed.Categories);
        Assert.Equal(SeedTitle, seed.Slug);
        Assert.Equal("content/_posts/2023-10-28-" + SeedTitle + ".md", seed.SourcePath);
    }

    [Fact]
    public void Front_matter_keeps_every_key_typed()
    {
        var seed = Seed();
        Assert.Equal(true, seed.FrontMatter["comments"]);
        Assert.Equal("https://www.epochtimes.com/gb/23/10/28/n14104691.htm", seed.FrontMatter["from"]);
        Assert.Equal(new DateTimeOffset(2023, 10, 28, 6, 2, 22, TimeSpan.Zero), seed.FrontMatter["date"]);
        Assert.Equal(new object?[] { "大纪元" }, (IEnumerable<object?>)seed.FrontMatter["tags"]!);
    }

    [Fact]
    public void Url_is_jekylls_default_permalink_percent_encoded()
    {
        // Jekyll 4: /:categories/:year/:month/:day/:title:output_ext, each placeholder escaped as UTF-8.
        Assert.Equal(
            "/%E5%A4%A7%E7%BA%AA%E5%85%83/2023/10/28/%E7%99%BD%E5%AE%AB%E5%8F%91%E6%8B%9C%E7%99%BB%E7%8E%8B%E6%AF%85%E7%85%A7-%E6%95%B2%E5%AE%9A11%E6%9C%88%E6%97%A7%E9%87%91%E5%B1%B1%E6%8B%9C%E4%B9%A0%E4%BC%9A.html",
            Seed().Url);
    }

    [Fact]
    public void Html_holds_the_setext_heading_the_raw_body_and_the_tag_links()
    {
        var html = Seed().Html;
        Assert.Matches("<h2[^>]*><a href=\"https://www.epochtimes.com/gb/23/10/28/n14104691.htm\">" + SeedTitle + "</a></h2>", html);
        Assert.Contains("<blockquote class=\"twitter-tweet\">", html);
        Assert.Contains("<script async src=\"https://platform.twitter.com/widgets.js\" charset=\"utf-8\"></script>", html);
        Assert.Contains("<p>责任编辑：叶紫微#</p>\n</div>", html);
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Matches(html, "href=\"https://www.epochtimes.com/gb/tag/").Count);
        Assert.Contains("<!--1698472942000-->", html);
    }

    [Fact]
    public void Html_utf8_and_html_agree()
    {
        var seed = Seed();
        Assert.NotEmpty(seed.Html);
        Assert.Equal(seed.Html, System.Text.Encoding.UTF8.GetString(ReadUtf8(seed)));
    }

    [Fact]
    public void Excerpt_word_count_and_reading_time_come_from_the_text()
    {
        var seed = Seed();
        Assert.StartsWith("【大纪元2023年10月28日讯】（大纪元记者林燕报导）白宫周五（10月27日）发布总统拜登接见", seed.Excerpt);
        Assert.DoesNotContain("<", seed.Excerpt);
        // A crude independent count (tags and the script stripped by regex, CJK characters plus other runs) gives 944;
        // the markup of the setext heading and the link account for the few words of difference.
        Assert.InRange(seed.WordCount, 930, 950);
        Assert.Equal(TimeSpan.FromMinutes(Math.Ceiling(seed.WordCount / 200.0)), seed.ReadingTime);
        Assert.Contains(seed.Headings, h => h.Level == 2 && h.Text == SeedTitle);
    }

    /// <summary>A span cannot cross reflection, so the test reads <c>HtmlUtf8</c> through a compiled expression.</summary>
    private static byte[] ReadUtf8(PostView post) => Utf8Reader.Read(post.Instance);
}
