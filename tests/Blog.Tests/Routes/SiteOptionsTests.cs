using Blog.Hosting;
using Blog.Site;
using Blog.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
    public void A_bad_setting_is_refused_before_any_page_is_made(string key, string value)
    {
        // The app's own registration, over its appsettings.json with one value broken. (Starting a whole host to see
        // it fail races with the host's disposal inside WebApplicationFactory, so the container is built directly.)
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?> { [key] = value })
            .Build();
        using var services = new ServiceCollection().AddBlogSite(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<BlogSite>());
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
