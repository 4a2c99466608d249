using System.Buffers;
using Blog.Content;
using Blog.Site;

namespace Blog.Rendering;

/// <summary>
/// The answer to an unknown address. It never names the address asked for, so the server's 404 answer and the
/// exported <c>404.html</c> that static hosts serve are the same bytes.
/// </summary>
internal sealed class NotFoundPage(Layout layout)
{
    private const int RecentPosts = 5;

    public void Write(IBufferWriter<byte> output)
    {
        var html = new HtmlWriter(output);
        layout.WriteStart(html, new PageHead("Page not found", "There is no page at this address.", null, SiteSection.None));
        html.Write($"""
            <section class="not-found">
            <p class="eyebrow">404</p>
            <h1 class="page-title">Page not found</h1>
            <p>There is no page at this address. It may have been moved, or the link may be mistyped.</p>
            <p><a class="button" href="{SiteUrls.Home}">Go to the home page</a></p>
            </section>

            """);
        if (Posts.All.Count > 0)
        {
            html.Write($"""<h2 class="section-title">Recent posts</h2>{"\n"}""");
            PostParts.WriteList(html, Posts.All.Take(RecentPosts));
        }

        layout.WriteEnd(html);
    }
}
