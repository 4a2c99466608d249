using System.Buffers;

namespace Blog.Site;

/// <summary>One address of the site and how to write what lives there. The server and the export both use it.</summary>
/// <param name="Url">The site-relative URL, percent-encoded as it appears in links.</param>
/// <param name="ContentType">The media type, with its charset.</param>
/// <param name="Write">Writes the page's bytes; the same bytes every time, whoever asks.</param>
internal sealed record SitePage(string Url, string ContentType, Action<IBufferWriter<byte>> Write)
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    /// <summary>The status the server answers with: 404 for the not-found page, which is also a file of its own.</summary>
    public int StatusCode { get; init; } = StatusCodes.Status200OK;

    /// <summary>
    /// When a search engine should index the page, the date its content last changed (for the sitemap's
    /// <c>lastmod</c>); null for pages that are not for indexing (feed, sitemap, stylesheet, 404).
    /// </summary>
    public DateTimeOffset? Indexed { get; init; }

    /// <summary>True when the URL changes whenever the content does, so clients may cache it forever.</summary>
    public bool Immutable { get; init; }

    /// <summary>Renders the page into a new array: for the export, and for tests.</summary>
    public byte[] Render()
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
