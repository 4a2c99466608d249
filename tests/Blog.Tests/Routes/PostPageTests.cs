using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Blog.Content;
using Blog.Tests.Infrastructure;
using Xunit;

namespace Blog.Tests.Routes;

public class PostPageTests(BlogFactory factory) : IClassFixture<BlogFactory>
{
    public static TheoryData<string> Slugs() => new(Posts.All.Select(static post => post.Slug));

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Post_is_served_at_its_generated_url_with_its_metadata(string slug)
    {
        var post = Posts.BySlug(slug)!;
        var (page, _) = await Html.GetPageAsync(factory.CreateClient(), post.Url);

        Assert.Equal($"{post.Title} · {factory.Options.Title}", page.Title);
        Assert.Equal(factory.Options.Absolute(post.Url), page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(post.Title, Html.TextOf(page.QuerySelector("h1.post-title")!));

        var header = page.QuerySelector(".post-header")!;
        Assert.Equal(Expected.MachineDate(post.Date), header.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal(post.Author, header.QuerySelector(".post-author") is { } author ? Html.TextOf(author) : null);
        Assert.Equal(Expected.ReadingTime(post), Html.TextOf(header.QuerySelector(".post-reading-time")!));
        Assert.Equal(post.Categories, Html.Texts(header.QuerySelectorAll(".post-categories a")));
        Assert.Equal(post.Categories.Select(Expected.CategoryUrl), Html.Hrefs(header.QuerySelectorAll(".post-categories a")));

        var footer = page.QuerySelector(".post-footer")!;
        Assert.Equal(post.Tags, Html.Texts(footer.QuerySelectorAll(".terms-tags a")));
        Assert.Equal(post.Tags.Select(Expected.TagUrl), Html.Hrefs(footer.QuerySelectorAll(".terms-tags a")));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Post_body_is_the_generated_utf8_html_byte_for_byte(string slug)
    {
        var post = Posts.BySlug(slug)!;
        var (_, bytes) = await Html.GetPageAsync(factory.CreateClient(), post.Url);

        byte[] body = [.. "<div class=\"post-body\">\n"u8, .. post.HtmlUtf8, .. "\n</div>"u8];
        Assert.True(bytes.AsSpan().IndexOf(body) >= 0, "The response does not hold the post's HtmlUtf8 unchanged inside .post-body.");
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Post_links_to_the_older_and_newer_posts(string slug)
    {
        var post = Posts.BySlug(slug)!;
        int index = Posts.All.ToList().IndexOf(post);
        var (page, _) = await Html.GetPageAsync(factory.CreateClient(), post.Url);

        var older = index + 1 < Posts.All.Count ? Posts.All[index + 1] : null;
        var newer = index > 0 ? Posts.All[index - 1] : null;
        Assert.Equal(older?.Url, page.QuerySelector(".post-neighbours a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal(older?.Title, page.QuerySelector(".post-neighbours a[rel=prev] strong")?.TextContent);
        Assert.Equal(newer?.Url, page.QuerySelector(".post-neighbours a[rel=next]")?.GetAttribute("href"));
        Assert.Equal(newer?.Title, page.QuerySelector(".post-neighbours a[rel=next] strong")?.TextContent);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Original_source_is_linked_exactly_when_the_front_matter_has_one(string slug)
    {
        var post = Posts.BySlug(slug)!;
        var (page, _) = await Html.GetPageAsync(factory.CreateClient(), post.Url);

        var expected = post.FrontMatter.TryGetValue("from", out var from) ? (string?)from : null;
        Assert.Equal(expected, page.QuerySelector(".post-source a")?.GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Contents_lists_the_sections_with_subsections_nested_when_there_are_three_or_more(string slug)
    {
        var post = Posts.BySlug(slug)!;
        var sections = post.Headings.Where(static heading => heading.Level is 2 or 3 && heading.Id.Length > 0).ToList();
        var (page, _) = await Html.GetPageAsync(factory.CreateClient(), post.Url);

        var contents = page.QuerySelector(".post-contents");
        if (sections.Count < 3)
        {
            Assert.Null(contents);
            return;
        }

        Assert.Equal(sections.Select(static heading => "#" + heading.Id), Html.Hrefs(contents!.QuerySelectorAll("a")));
        Assert.Equal(sections.Select(static heading => heading.Text), Html.Texts(contents.QuerySelectorAll("a")));
        Assert.Equal(
            sections.Select(static heading => heading.Level == 2 ? 1 : 2),
            contents.QuerySelectorAll("a").Select(static link => link.Ancestors<AngleSharp.Html.Dom.IHtmlOrderedListElement>().Count()));
    }

    [Fact]
    public async Task Seed_post_answers_at_its_percent_encoded_cjk_url_in_either_hex_case()
    {
        const string url = Posts.白宫发拜登王毅照_敲定11月旧金山拜习会.Url;
        Assert.StartsWith("/%E5%A4%A7%E7%BA%AA%E5%85%83/2023/10/28/%E7%99%BD%E5%AE%AB", url);
        var client = factory.CreateClient();

        var (upper, upperBytes) = await Html.GetPageAsync(client, url);
        string lower = Regex.Replace(url, "%[0-9A-F]{2}", static escape => escape.Value.ToLowerInvariant());
        Assert.NotEqual(url, lower);
        var (_, lowerBytes) = await Html.GetPageAsync(client, lower);

        Assert.Equal(SeedPost.Post.Title, Html.TextOf(upper.QuerySelector("h1")!));
        Assert.Equal(upperBytes, lowerBytes);
    }

    [Fact]
    public async Task Seed_post_keeps_its_raw_html_tweet_and_links_its_source()
    {
        var (page, _) = await Html.GetPageAsync(factory.CreateClient(), SeedPost.Post.Url);

        Assert.Contains(SeedPost.BodySentence, page.QuerySelector(".post-body")!.TextContent);
        Assert.NotNull(page.QuerySelector(".post-body blockquote.twitter-tweet"));
        Assert.NotNull(page.QuerySelector(".post-body script[async][src='https://platform.twitter.com/widgets.js']"));

        var source = page.QuerySelector(".post-source a")!;
        Assert.Equal(SeedPost.Source, source.GetAttribute("href"));
        Assert.Equal("www.epochtimes.com", source.TextContent);
        Assert.Contains("external", source.GetAttribute("rel"));

        // The body's own markup must not swallow the page: the footer is still the body's child, after main.
        Assert.NotNull(page.QuerySelector("body > footer.site-footer"));
    }
}
