namespace Blog.Site;

/// <summary>
/// The URLs of the pages the site makes itself. Posts bring their own: the generator computed each post's
/// <c>Url</c> from its permalink, already percent-encoded, so that is used as it is.
/// </summary>
internal static class SiteUrls
{
    public const string Home = "/";
    public const string Feed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string NotFound = "/404.html";

    /// <summary>Page 1 is the home page; the others follow jekyll-paginate's <c>/page/:num/</c>.</summary>
    public static string HomePage(int page) => page == 1 ? Home : $"/page/{page}/";

    /// <summary>A directory URL under <paramref name="prefix"/> for a tag or category name, percent-encoded.</summary>
    public static string Term(string prefix, string name) => $"{prefix}{Uri.EscapeDataString(name)}/";
}
