using Blog.Content;
using Blog.Tests.Infrastructure;
using Xunit;

namespace Blog.Tests.Routes;

public class TaxonomyPageTests(BlogFactory factory) : IClassFixture<BlogFactory>
{
    public static TheoryData<string, string> Terms()
    {
        var data = new TheoryData<string, string>();
        foreach (var tag in Tags.All)
        {
            data.Add("tags", tag);
        }

        foreach (var category in Categories.All)
        {
            data.Add("categories", category);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Terms))]
    public async Task Each_name_has_a_page_listing_its_posts_newest_first(string taxonomy, string name)
    {
        var (url, posts) = taxonomy == "tags"
            ? (Expected.TagUrl(name), Tags.PostsOf(name))
            : (Expected.CategoryUrl(name), Categories.PostsOf(name));
        Assert.NotEmpty(posts);

        var (page, _) = await Html.GetPageAsync(factory.CreateClient(), url);

        Assert.Equal(name, Html.TextOf(page.QuerySelector("h1")!));
        Assert.Equal(posts.Count == 1 ? "1 post" : $"{posts.Count} posts", Html.TextOf(page.QuerySelector(".page-note")!));
        Assert.Equal($"/{taxonomy}/", page.QuerySelector(".eyebrow a")?.GetAttribute("href"));
        Assert.Equal(posts.Select(static post => post.Url), Html.Hrefs(page.QuerySelectorAll(".post-card h2 a")));
        Assert.Equal($"/{taxonomy}/", page.QuerySelector(".site-nav a[aria-current=true]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("tags")]
    [InlineData("categories")]
    public async Task Index_lists_every_name_with_its_number_of_posts(string taxonomy)
    {
        var (names, postsOf, urlOf) = taxonomy == "tags"
            ? (Tags.All, (Func<string, IReadOnlyList<Post>>)Tags.PostsOf, (Func<string, string>)Expected.TagUrl)
            : (Categories.All, Categories.PostsOf, Expected.CategoryUrl);

        var (page, _) = await Html.GetPageAsync(factory.CreateClient(), $"/{taxonomy}/");

        Assert.Equal($"/{taxonomy}/", page.QuerySelector(".site-nav a[aria-current=page]")?.GetAttribute("href"));
        var links = page.QuerySelectorAll(".term-index a");
        Assert.Equal(names.Select(urlOf), Html.Hrefs(links));
        Assert.Equal(names, links.Select(static link => link.QuerySelector(".term-name")!.TextContent));
        Assert.Equal(names.Select(name => postsOf(name).Count.ToString()), links.Select(static link => link.QuerySelector(".term-count")!.TextContent));
    }

    [Fact]
    public async Task Cjk_tag_page_answers_at_its_percent_encoded_url()
    {
        Assert.Equal("/tags/%E5%A4%A7%E7%BA%AA%E5%85%83/", Expected.TagUrl(SeedPost.Tag));
        var (page, _) = await Html.GetPageAsync(factory.CreateClient(), Expected.TagUrl(SeedPost.Tag));

        Assert.Contains(SeedPost.Post.Url, Html.Hrefs(page.QuerySelectorAll(".post-card h2 a")));
    }

    [Theory]
    [InlineData("/tags/no-such-tag/")]
    [InlineData("/categories/no-such-category/")]
    public async Task Unknown_names_are_not_found(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
