using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace Blog.Tests.Infrastructure;

/// <summary>Fetching and parsing pages the way a browser's HTML parser reads them.</summary>
internal static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>GETs a page, requires 200 and HTML, and returns it parsed with its raw bytes.</summary>
    public static async Task<(IDocument Document, byte[] Bytes)> GetPageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}.");
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (Parse(System.Text.Encoding.UTF8.GetString(bytes)), bytes);
    }

    /// <summary>The text of an element with its whitespace collapsed, as it reads on screen.</summary>
    public static string TextOf(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static IReadOnlyList<string> Hrefs(IEnumerable<IElement> links) => links.Select(static link => link.GetAttribute("href") ?? "").ToList();

    public static IReadOnlyList<string> Texts(IEnumerable<IElement> elements) => elements.Select(TextOf).ToList();
}
