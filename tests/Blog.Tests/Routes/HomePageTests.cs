using Blog.Content;
using Blog.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Blog.Tests.Routes;

public class HomePageTests(BlogFactory factory) : IClassFixture<BlogFactory>
{
    [Fact]
    public async Task Home_lists_the_newest_posts_first_with_title_date_author_tags_and_excerpt()
    {
        var (page, _) = await Html.GetPageAsync(factory.CreateClient(), "/");
        var expected = Posts.All.Take(factory.Options.PageSize).ToList();

        var cards = page.QuerySelectorAll(".post-card");
        Assert.Equal(expected.Count, cards.Length);
        for (int i = 0; i < expected.Count; i++)
        {
            var post = expected[i];
            var card = cards[i];
            var title = card.QuerySelector("h2 a")!;
            Assert.Equal(post.Title, Html.TextOf(title));
            Assert.Equal(post.Url, title.GetAttribute("href"));
            Assert.Equal(Expected.MachineDate(post.Date), card.QuerySelector("time")!.GetAttribute("datetime"));
            Assert.Equal(post.Date.ToString("yyyy-MM-dd"), Html.TextOf(card.QuerySelector("time")!));
            Assert.Equal(post.Author, card.QuerySelector(".post-author") is { } author ? Html.TextOf(author) : null);
            Assert.Equal(Expected.Collapsed(post.Excerpt), Html.TextOf(card.QuerySelector(".post-excerpt")!));
            Assert.Equal(post.Tags, Html.Texts(card.QuerySelectorAll(".terms-tags a")));
            Assert.Equal(post.Tags.Select(Expected.TagUrl), Html.Hrefs(card.QuerySelectorAll(".terms-tags a")));
        }
    }

    [Fact]
    public async Task Home_links_the_feed_and_marks_itself_current_in_the_navigation()
    {
        var (page, _) = await Html.GetPageAsync(factory.CreateClient(), "/");

        Assert.Equal("/feed.xml", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
        Assert.Equal(factory.Options.Absolute("/"), page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("/", page.QuerySelector(".site-nav a[aria-current=page]")?.GetAttribute("href"));
        Assert.Equal(factory.Options.Title, page.Title);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(50)]
    public async Task Pagination_walks_every_post_once_newest_first(int pageSize)
    {
        using var sized = factory.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration((_, configuration) =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Site:PageSize"] = pageSize.ToString() })));
        var client = sized.CreateClient();
        int expectedPages = Expected.PageCount(pageSize);

        var seen = new List<string>();
        string? previous = null;
        string? url = "/";
        int pages = 0;
        while (url is not null)
        {
            var (page, _) = await Html.GetPageAsync(client, url);
            pages++;
            Assert.True(pages <= expectedPages, $"More than {expectedPages} pages.");
            seen.AddRange(Html.Hrefs(page.QuerySelectorAll(".post-card h2 a")));
            Assert.Equal(previous, page.QuerySelector(".pagination a[rel=prev]")?.GetAttribute("href"));
            if (expectedPages > 1)
            {
                Assert.Equal($"Page {pages} of {expectedPages}", Html.TextOf(page.QuerySelector(".pagination-status")!));
            }
            else
            {
                Assert.Null(page.QuerySelector(".pagination"));
            }

            previous = url;
            url = page.QuerySelector(".pagination a[rel=next]")?.GetAttribute("href");
        }

        Assert.Equal(expectedPages, pages);
        Assert.Equal(Posts.All.Select(static post => post.Url), seen);

        using var beyond = await client.GetAsync($"/page/{expectedPages + 1}/");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, beyond.StatusCode);
    }
}
