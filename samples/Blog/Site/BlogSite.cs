using System.Buffers;
using Blog.Content;
using Blog.Feeds;
using Blog.Rendering;
using Microsoft.Extensions.Options;

namespace Blog.Site;

/// <summary>
/// Every page of the site, made once at startup from the generated <see cref="Posts"/>, <see cref="Tags"/> and
/// <see cref="Categories"/>. The server looks requests up here; the export writes each page to a file; the sitemap
/// lists them. Nothing here reads a file or parses Markdown: the compiler did that.
/// </summary>
internal sealed class BlogSite
{
    private readonly Dictionary<string, SitePage> _byPath;

    public BlogSite(IOptions<SiteOptions> options)
        : this(options.Value)
    {
    }

    public BlogSite(SiteOptions site)
    {
        var stylesheet = Stylesheet.Load();
        var layout = new Layout(site, stylesheet.Url);
        var pages = new List<SitePage>();

        AddHomePages(pages, layout, site.PageSize);
        AddPosts(pages, layout);
        AddTaxonomy(pages, layout, Taxonomy.Tags);
        AddTaxonomy(pages, layout, Taxonomy.Categories);

        pages.Add(new SitePage(SiteUrls.Feed, AtomFeed.ContentType, new AtomFeed(site).Write));
        // The sitemap reads the list when it is written, by which time the list is complete.
        pages.Add(new SitePage(SiteUrls.Sitemap, Sitemap.ContentType, new Sitemap(site, pages).Write));
        pages.Add(new SitePage(SiteUrls.Robots, Robots.ContentType, new Robots(site).Write));
        pages.Add(new SitePage(stylesheet.Url, Stylesheet.ContentType, output => output.Write(stylesheet.Bytes)) { Immutable = true });
        pages.AddRange(StaticFiles.Load());

        NotFound = new SitePage(SiteUrls.NotFound, SitePage.HtmlContentType, new NotFoundPage(layout).Write)
        {
            StatusCode = StatusCodes.Status404NotFound,
        };
        pages.Add(NotFound);

        Pages = pages.AsReadOnly();
        _byPath = new Dictionary<string, SitePage>(pages.Count, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (!_byPath.TryAdd(PathOf(page.Url), page))
            {
                // Jekyll warns and lets the last one win; a site that silently loses a post is worse than one that does not start.
                throw new InvalidOperationException(
                    $"Two pages have the URL {page.Url}. Give one of the posts a different slug or permalink.");
            }
        }
    }

    /// <summary>Every page, in a stable order: home pages, posts, tags, categories, then the other files.</summary>
    public IReadOnlyList<SitePage> Pages { get; }

    /// <summary>The page for unknown addresses, which is also <c>/404.html</c>.</summary>
    public SitePage NotFound { get; }

    /// <summary>The page at a request path, which ASP.NET hands over percent-decoded.</summary>
    public SitePage? Find(PathString path) => path.Value is { } value && _byPath.TryGetValue(value, out var page) ? page : null;

    /// <summary>
    /// Where a near miss belongs: a directory page asked for without its trailing slash, or by its <c>index.html</c>
    /// (the name the export gives it). Returns the page's URL, or null.
    /// </summary>
    public string? RedirectFor(PathString path)
    {
        string value = path.Value ?? "";
        if (!value.EndsWith('/') && _byPath.TryGetValue(value + "/", out var directory))
        {
            return directory.Url;
        }

        const string Index = "/index.html";
        if (value.EndsWith(Index, StringComparison.Ordinal) && _byPath.TryGetValue(value[..^(Index.Length - 1)], out var indexed))
        {
            return indexed.Url;
        }

        return null;
    }

    /// <summary>
    /// A URL's path the way ASP.NET presents a request's path: percent-decoded (except <c>%2F</c>) by the same decoder,
    /// so <c>/%E5%A4%A7</c>, <c>/%e5%a4%a7</c> and a raw UTF-8 <c>/大</c> all find the same page.
    /// </summary>
    internal static string PathOf(string url) => PathString.FromUriComponent(url).Value ?? "/";

    private static void AddHomePages(List<SitePage> pages, Layout layout, int pageSize)
    {
        int count = Math.Max(1, (Posts.All.Count + pageSize - 1) / pageSize);
        for (int number = 1; number <= count; number++)
        {
            var posts = Posts.All.Skip((number - 1) * pageSize).Take(pageSize).ToList();
            var page = new HomePage(layout, number, count, posts);
            pages.Add(new SitePage(page.Url, SitePage.HtmlContentType, page.Write) { Indexed = NewestOf(posts) });
        }
    }

    private static void AddPosts(List<SitePage> pages, Layout layout)
    {
        var all = Posts.All;
        for (int i = 0; i < all.Count; i++)
        {
            // Posts.All is newest first: the older neighbour follows, the newer one precedes.
            var older = i + 1 < all.Count ? all[i + 1] : null;
            var newer = i > 0 ? all[i - 1] : null;
            var page = new PostPage(layout, all[i], older, newer);
            pages.Add(new SitePage(all[i].Url, SitePage.HtmlContentType, page.Write) { Indexed = all[i].LastModified });
        }
    }

    private static void AddTaxonomy(List<SitePage> pages, Layout layout, Taxonomy taxonomy)
    {
        pages.Add(new SitePage(taxonomy.IndexUrl, SitePage.HtmlContentType, new TaxonomyIndexPage(layout, taxonomy).Write)
        {
            Indexed = NewestOf(Posts.All),
        });
        foreach (var name in taxonomy.All)
        {
            var page = new TaxonomyTermPage(layout, taxonomy, name);
            pages.Add(new SitePage(page.Url, SitePage.HtmlContentType, page.Write) { Indexed = NewestOf(taxonomy.PostsOf(name)) });
        }
    }

    private static DateTimeOffset NewestOf(IEnumerable<Post> posts) =>
        posts.Select(static post => post.LastModified).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
}
