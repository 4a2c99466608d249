using Blog.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Xunit;

namespace Blog.Tests.Routes;

public class SiteOptionsTests(BlogFactory factory) : IClassFixture<BlogFactory>
{
    [Theory]
    [InlineData("Site:Url", "/relative")]
    [InlineData("Site:Title", "")]
    [InlineData("Site:PageSize", "0")]
    [InlineData("Site:FeedSize", "-1")]
    public void A_bad_setting_stops_the_app_when_it_starts(string key, string value)
    {
        using var broken = factory.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration((_, configuration) =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value })));

        var error = Assert.Throws<OptionsValidationException>(() => broken.CreateClient());
        Assert.Contains(key.Split(':')[1], error.Message);
    }

    [Fact]
    public async Task The_site_url_from_the_command_line_or_settings_is_the_one_in_feeds_and_links()
    {
        using var moved = factory.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration((_, configuration) =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Site:Url"] = "https://blog.example.com/" })));

        var (page, _) = await Html.GetPageAsync(moved.CreateClient(), SeedPost.Post.Url);
        Assert.Equal("https://blog.example.com" + SeedPost.Post.Url, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Contains("<loc>https://blog.example.com/</loc>", await moved.CreateClient().GetStringAsync("/sitemap.xml"));
    }
}
