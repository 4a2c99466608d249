using System.Net;
using Blog.Tests.Infrastructure;
using Xunit;

namespace Blog.Tests.Routes;

public class SitePagesTests(BlogFactory factory) : IClassFixture<BlogFactory>
{
    [Fact]
    public void The_site_has_every_listing_page_post_and_file()
    {
        var urls = factory.Site.Pages.Select(static page => page.Url).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(
            Expected.IndexedUrls(factory.Options.PageSize).Concat(["/feed.xml", "/sitemap.xml", "/robots.txt", "/404.html"]).ToHashSet(StringComparer.Ordinal),
            urls);
        Assert.Single(urls, static url => url.StartsWith("/assets/site.", StringComparison.Ordinal) && url.EndsWith(".css", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_page_answers_with_its_status_type_and_bytes()
    {
        var client = factory.CreateNonRedirectingClient();
        foreach (var page in factory.Site.Pages)
        {
            using var response = await client.GetAsync(page.Url);
            Assert.True(page.StatusCode == (int)response.StatusCode, $"{page.Url} answered {(int)response.StatusCode}.");
            Assert.Equal(page.ContentType, response.Content.Headers.ContentType?.ToString());
            Assert.Equal(page.Render(), await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Head_answers_like_get_without_a_body()
    {
        using var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, SeedPost.Post.Url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Other_methods_are_not_allowed()
    {
        using var response = await factory.CreateClient().PostAsync("/", new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Stylesheet_is_css_cached_for_good_under_a_url_that_changes_with_its_bytes()
    {
        var (page, _) = await Html.GetPageAsync(factory.CreateClient(), "/");
        string url = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        var css = await response.Content.ReadAsByteArrayAsync();
        string hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(css))[..12];
        Assert.Equal($"/assets/site.{hash}.css", url);
    }
}
