using System.ComponentModel.DataAnnotations;

namespace Blog.Site;

/// <summary>The site's settings, from the <c>Site</c> section of the configuration (appsettings.json, the command line...).</summary>
internal sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The site's name, shown in the header, the titles and the feed.</summary>
    [Required]
    public string Title { get; set; } = "";

    /// <summary>One sentence about the site, shown under its name and in the feed.</summary>
    public string Description { get; set; } = "";

    /// <summary>
    /// Where the site is published, without a trailing slash. The feed, the sitemap and canonical links need absolute
    /// URLs, and they must not depend on the request, or the exported files would differ from the served pages.
    /// </summary>
    [Required]
    [Url]
    public string Url { get; set; } = "";

    /// <summary>The language of the site's pages (the <c>lang</c> of every page); a post's <c>lang</c> front matter overrides it for its body.</summary>
    [Required]
    public string Language { get; set; } = "en";

    /// <summary>Posts per page on the home page.</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 5;

    /// <summary>The newest posts the Atom feed carries.</summary>
    [Range(1, 10000)]
    public int FeedSize { get; set; } = 20;

    /// <summary>The absolute URL of a site-relative one, which is already percent-encoded.</summary>
    public string Absolute(string siteRelativeUrl) => Url.TrimEnd('/') + siteRelativeUrl;
}
