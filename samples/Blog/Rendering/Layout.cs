using Blog.Content;
using Blog.Site;

namespace Blog.Rendering;

/// <summary>The part of the site a page belongs to, marked as current in the navigation.</summary>
internal enum SiteSection
{
    None,
    Posts,
    Tags,
    Categories,
}

/// <summary>What a page tells the layout about itself.</summary>
/// <param name="Title">The page's own title, or null for the home page, which is titled by the site's name.</param>
/// <param name="Description">A sentence for search engines and link previews.</param>
/// <param name="Url">The page's site-relative URL, percent-encoded; null for a page with no address of its own (404).</param>
internal sealed record PageHead(string? Title, string Description, string? Url, SiteSection Section)
{
    /// <summary>Open Graph type: <c>article</c> for posts.</summary>
    public string Kind { get; init; } = "website";
}

/// <summary>The chrome around every HTML page: head, site header, footer.</summary>
internal sealed class Layout(SiteOptions site, string stylesheetUrl)
{
    public SiteOptions Site => site;

    public void WriteStart(HtmlWriter html, PageHead page)
    {
        string title = page.Title is null ? site.Title : $"{page.Title} · {site.Title}";
        html.Write($"""
            <!DOCTYPE html>
            <html lang="{site.Language}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>{title}</title>
            <meta name="description" content="{page.Description}">
            <meta name="generator" content="PostGenerator">

            """);
        if (page.Url is not null)
        {
            string absolute = site.Absolute(page.Url);
            html.Write($"""
                <link rel="canonical" href="{absolute}">
                <meta property="og:site_name" content="{site.Title}">
                <meta property="og:type" content="{page.Kind}">
                <meta property="og:title" content="{page.Title ?? site.Title}">
                <meta property="og:description" content="{page.Description}">
                <meta property="og:url" content="{absolute}">

                """);
        }

        html.Write($"""
            <link rel="alternate" type="application/atom+xml" title="{site.Title}" href="{SiteUrls.Feed}">
            <link rel="stylesheet" href="{stylesheetUrl}">
            <link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='8' fill='%232b59c3'/%3E%3Cpath d='M9 9h14M9 16h14M9 23h9' stroke='white' stroke-width='3' stroke-linecap='round'/%3E%3C/svg%3E">
            </head>
            <body>
            <a class="skip-link" href="#main">Skip to content</a>
            <header class="site-header">
            <div class="wrap">
            <a class="site-title" href="{SiteUrls.Home}">{site.Title}</a>
            <nav class="site-nav" aria-label="Site">

            """);
        WriteNavLink(html, SiteUrls.Home, "Posts", page, SiteSection.Posts);
        WriteNavLink(html, Taxonomy.Tags.IndexUrl, Taxonomy.Tags.Plural, page, SiteSection.Tags);
        WriteNavLink(html, Taxonomy.Categories.IndexUrl, Taxonomy.Categories.Plural, page, SiteSection.Categories);
        html.Write($"""
            <a href="{SiteUrls.Feed}" class="feed-link">Feed</a>
            </nav>
            </div>
            </header>
            <main id="main" class="wrap">

            """);
    }

    public void WriteEnd(HtmlWriter html)
    {
        html.Write($"""
            </main>
            <footer class="site-footer">
            <div class="wrap">
            <p>{site.Description}</p>
            <p>{Posts.All.Count} posts, read, typed and rendered to HTML at compile time by PostGenerator. <a href="{SiteUrls.Feed}">Atom feed</a> · <a href="{SiteUrls.Sitemap}">Sitemap</a></p>
            </div>
            </footer>
            </body>
            </html>

            """);
    }

    /// <summary>
    /// A navigation link, marked <c>aria-current="page"</c> on the page it names and <c>aria-current="true"</c> on the
    /// pages of its section (a tag's page is in Tags).
    /// </summary>
    private static void WriteNavLink(HtmlWriter html, string url, string text, PageHead page, SiteSection section)
    {
        if (page.Section != section)
        {
            html.Write($"""<a href="{url}">{text}</a>{"\n"}""");
        }
        else
        {
            html.Write($"""<a href="{url}" aria-current="{(page.Url == url ? "page" : "true")}">{text}</a>{"\n"}""");
        }
    }
}
