using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Blog.Content;
using Blog.Site;
using Blog.Tests.Infrastructure;
using Xunit;

namespace Blog.Tests.Routes;

public class FeedTests(BlogFactory factory) : IClassFixture<BlogFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Feed_is_atom_that_syndication_reads_back_with_every_post()
    {
        var bytes = await GetFeedAsync();
        using var reader = XmlReader.Create(new MemoryStream(bytes));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;

        // Every post, because this site has fewer posts than the feed's size.
        Assert.True(factory.Options.FeedSize >= Posts.All.Count);
        Assert.Equal(Posts.All.Count, feed.Items.Count());
        Assert.Equal(factory.Options.Title, feed.Title.Text);
        Assert.Equal(Posts.All.Max(static post => post.LastModified), feed.LastUpdatedTime);

        foreach (var (entry, post) in feed.Items.Zip(Posts.All))
        {
            string url = factory.Options.Absolute(post.Url);
            Assert.Equal(post.Title, entry.Title.Text);
            Assert.Equal(url, entry.Id);
            Assert.Equal(url, Assert.Single(entry.Links, static link => link.RelationshipType is null or "alternate").Uri.AbsoluteUri);
            Assert.Equal(post.Date, entry.PublishDate);
            Assert.Equal(post.LastModified, entry.LastUpdatedTime);
            var content = Assert.IsType<TextSyndicationContent>(entry.Content);
            Assert.Equal("html", content.Type);
            Assert.Equal(post.Html, content.Text);
            Assert.Equal(post.Tags, entry.Categories.Select(static category => category.Name));
            if (post.Author is not null)
            {
                Assert.Equal(post.Author, Assert.Single(entry.Authors).Name);
            }
        }
    }

    [Fact]
    public async Task Feed_has_what_atom_requires_of_a_feed_and_of_each_entry()
    {
        var feed = XDocument.Load(new MemoryStream(await GetFeedAsync())).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.False(string.IsNullOrEmpty(feed.Element(Atom + "id")?.Value));
        Assert.False(string.IsNullOrEmpty(feed.Element(Atom + "title")?.Value));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")?.Value, out _));
        Assert.Equal(
            factory.Options.Absolute("/feed.xml"),
            feed.Elements(Atom + "link").Single(static link => (string?)link.Attribute("rel") == "self").Attribute("href")?.Value);
        bool feedHasAuthor = feed.Element(Atom + "author")?.Element(Atom + "name") is not null;

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(Posts.All.Count, entries.Count);
        Assert.Equal(entries.Count, entries.Select(static entry => entry.Element(Atom + "id")?.Value).Distinct().Count());
        foreach (var entry in entries)
        {
            Assert.False(string.IsNullOrEmpty(entry.Element(Atom + "id")?.Value));
            Assert.False(string.IsNullOrEmpty(entry.Element(Atom + "title")?.Value));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")?.Value, out _));
            Assert.True(feedHasAuthor || entry.Element(Atom + "author") is not null);
            Assert.True(Uri.TryCreate(entry.Element(Atom + "link")?.Attribute("href")?.Value, UriKind.Absolute, out _));
        }
    }

    private async Task<byte[]> GetFeedAsync()
    {
        using var response = await factory.CreateClient().GetAsync("/feed.xml");
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/atom+xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return await response.Content.ReadAsByteArrayAsync();
    }
}
