using System.Globalization;
using Blog.Content;

namespace Blog.Tests.Infrastructure;

/// <summary>
/// What the site should contain, worked out from the generated API alone (not from the site's own page list), so the
/// tests compare the site against the content rather than against itself.
/// </summary>
internal static class Expected
{
    public static string TagUrl(string tag) => $"/tags/{Uri.EscapeDataString(tag)}/";

    public static string CategoryUrl(string category) => $"/categories/{Uri.EscapeDataString(category)}/";

    public static string MachineDate(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string ReadingTime(Post post) => $"{(int)Math.Ceiling(post.ReadingTime.TotalMinutes)} min read";

    public static int PageCount(int pageSize) => Math.Max(1, (Posts.All.Count + pageSize - 1) / pageSize);

    /// <summary>Every page a search engine should find: home pages, posts, tag and category pages.</summary>
    public static IReadOnlyList<string> IndexedUrls(int pageSize) =>
    [
        "/",
        .. Enumerable.Range(2, PageCount(pageSize) - 1).Select(static page => $"/page/{page}/"),
        .. Posts.All.Select(static post => post.Url),
        "/tags/",
        .. Tags.All.Select(TagUrl),
        "/categories/",
        .. Categories.All.Select(CategoryUrl),
    ];

    /// <summary>The collapsed text of a plain-text value, to compare with what a page shows.</summary>
    public static string Collapsed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
