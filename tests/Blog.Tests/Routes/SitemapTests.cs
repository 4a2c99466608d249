using System.Xml.Linq;
using Blog.Content;
using Blog.Site;
using Blog.Tests.Infrastructure;
using Xunit;

namespace Blog.Tests.Routes;

public class SitemapTests(BlogFactory factory) : IClassFixture<BlogFactory>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Sitemap_lists_every_post_and_listing_page_once_with_absolute_urls()
    {
        var urls = await GetSitemapAsync();

        var expected = Expected.IndexedUrls(factory.Options.PageSize).Select(factory.Options.Absolute).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), urls.Keys.Order(StringComparer.Ordinal));
        foreach (var post in Posts.All)
        {
            Assert.Equal(post.LastModified, urls[factory.Options.Absolute(post.Url)]);
        }
    }

    [Fact]
    public async Task Every_sitemap_url_answers()
    {
        var client = factory.CreateNonRedirectingClient();
        foreach (var url in (await GetSitemapAsync()).Keys)
        {
            using var response = await client.GetAsync(url[factory.Options.Url.TrimEnd('/').Length..]);
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}.");
        }
    }

    [Fact]
    public async Task Robots_txt_points_to_the_sitemap()
    {
        var robots = await factory.CreateClient().GetStringAsync("/robots.txt");

        Assert.Contains($"Sitemap: {factory.Options.Absolute("/sitemap.xml")}\n", robots);
    }

    /// <summary>Each <c>loc</c> with its <c>lastmod</c>, after checking the document's shape.</summary>
    private async Task<Dictionary<string, DateTimeOffset>> GetSitemapAsync()
    {
        using var response = await factory.CreateClient().GetAsync("/sitemap.xml");
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var root = XDocument.Load(await response.Content.ReadAsStreamAsync()).Root!;

        Assert.Equal(Sitemaps + "urlset", root.Name);
        var urls = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var entry in root.Elements())
        {
            Assert.Equal(Sitemaps + "url", entry.Name);
            string loc = entry.Element(Sitemaps + "loc")!.Value;
            Assert.True(Uri.TryCreate(loc, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", $"{loc} is not an absolute URL.");
            Assert.StartsWith(factory.Options.Url, loc);
            Assert.True(urls.TryAdd(loc, DateTimeOffset.Parse(entry.Element(Sitemaps + "lastmod")!.Value)), $"{loc} is listed twice.");
        }

        return urls;
    }
}
