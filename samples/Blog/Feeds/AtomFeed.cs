using System.Buffers;
using System.ServiceModel.Syndication;
using Blog.Content;
using Blog.Site;

namespace Blog.Feeds;

/// <summary>The Atom 1.0 feed of the newest posts, with their full HTML, built with System.ServiceModel.Syndication.</summary>
internal sealed class AtomFeed(SiteOptions site)
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public void Write(IBufferWriter<byte> output)
    {
        var posts = Posts.All.Take(site.FeedSize).ToList();
        var home = new Uri(site.Absolute(SiteUrls.Home));

        // The feed's date is the newest post's, not the clock's: the same content always gives the same bytes.
        var updated = posts.Count > 0 ? posts.Max(static post => post.LastModified) : DateTimeOffset.UnixEpoch;
        var feed = new SyndicationFeed(site.Title, site.Description, home, home.AbsoluteUri, updated)
        {
            Language = site.Language,
            Generator = "PostGenerator",
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(site.Absolute(SiteUrls.Feed)), "application/atom+xml"));

        // Atom requires an author for every entry; the site stands in for posts without one.
        feed.Authors.Add(new SyndicationPerson { Name = site.Title, Uri = home.AbsoluteUri });
        feed.Items = posts.Select(Entry).ToList();

        XmlOutput.Write(output, new Atom10FeedFormatter(feed).WriteTo);
    }

    private SyndicationItem Entry(Post post)
    {
        var url = new Uri(site.Absolute(post.Url));

        // The HTML is decoded to a string here only because SyndicationContent holds text; pages never decode it.
        var entry = new SyndicationItem(post.Title, SyndicationContent.CreateHtmlContent(post.Html), url, url.AbsoluteUri, post.LastModified)
        {
            PublishDate = post.Date,
            Summary = new TextSyndicationContent(post.Description),
        };
        if (post.Author is { Length: > 0 } author)
        {
            entry.Authors.Add(new SyndicationPerson { Name = author });
        }

        foreach (var tag in post.Tags)
        {
            entry.Categories.Add(new SyndicationCategory(tag, site.Absolute(Taxonomy.Tags.IndexUrl), tag));
        }

        return entry;
    }
}
