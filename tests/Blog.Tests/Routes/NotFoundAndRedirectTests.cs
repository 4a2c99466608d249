using System.Net;
using Blog.Tests.Infrastructure;
using Xunit;

namespace Blog.Tests.Routes;

public class NotFoundAndRedirectTests(BlogFactory factory) : IClassFixture<BlogFactory>
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/2023/10/28/no-such-post.html")]
    [InlineData("/%E4%B8%8D%E5%AD%98%E5%9C%A8/")]
    [InlineData("/page/0/")]
    [InlineData("/page/1/")]
    [InlineData("/assets/site.css")]
    public async Task Unknown_urls_answer_404_with_the_same_page_as_404_html(string url)
    {
        var client = factory.CreateNonRedirectingClient();
        using var response = await client.GetAsync(url);
        using var notFoundFile = await client.GetAsync("/404.html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(await notFoundFile.Content.ReadAsByteArrayAsync(), bytes);

        var page = Html.Parse(System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal("Page not found", Html.TextOf(page.QuerySelector("h1")!));
        Assert.Equal("/", page.QuerySelector(".not-found a")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }

    [Theory]
    [InlineData("/tags", "/tags/")]
    [InlineData("/tags/index.html", "/tags/")]
    [InlineData("/index.html", "/")]
    [InlineData("/page/2", "/page/2/")]
    [InlineData("/categories?from=menu", "/categories/?from=menu")]
    [InlineData("/tags/%E5%A4%A7%E7%BA%AA%E5%85%83", "/tags/%E5%A4%A7%E7%BA%AA%E5%85%83/")]
    public async Task Directory_pages_asked_for_without_their_slash_or_by_index_html_redirect(string url, string target)
    {
        using var response = await factory.CreateNonRedirectingClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location?.OriginalString);
    }
}
