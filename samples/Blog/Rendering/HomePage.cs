using System.Buffers;
using Blog.Content;
using Blog.Site;

namespace Blog.Rendering;

/// <summary>One page of the home page's list: the newest posts first.</summary>
internal sealed class HomePage(Layout layout, int number, int count, IReadOnlyList<Post> posts)
{
    public string Url => SiteUrls.HomePage(number);

    public void Write(IBufferWriter<byte> output)
    {
        var html = new HtmlWriter(output);
        var site = layout.Site;
        string? title = number == 1 ? null : $"Posts, page {number} of {count}";
        layout.WriteStart(html, new PageHead(title, site.Description, Url, SiteSection.Posts));

        if (number == 1)
        {
            html.Write($"""
                <section class="intro">
                <h1>{site.Title}</h1>
                <p>{site.Description}</p>
                </section>

                """);
        }
        else
        {
            html.Write($"""<h1 class="page-title">Posts <span class="page-title-note">page {number} of {count}</span></h1>{"\n"}""");
        }

        if (posts.Count == 0)
        {
            html.Write($"""<p class="empty">No posts yet. Add one under <code>content/_posts/</code> and rebuild.</p>{"\n"}""");
        }

        PostParts.WriteList(html, posts);
        WritePagination(html);
        layout.WriteEnd(html);
    }

    private void WritePagination(HtmlWriter html)
    {
        if (count == 1)
        {
            return;
        }

        html.Write($"""<nav class="pagination" aria-label="Pages">{"\n"}""");
        if (number > 1)
        {
            html.Write($"""<a class="pagination-newer" rel="prev" href="{SiteUrls.HomePage(number - 1)}">← Newer posts</a>{"\n"}""");
        }

        html.Write($"""<span class="pagination-status">Page {number} of {count}</span>{"\n"}""");
        if (number < count)
        {
            html.Write($"""<a class="pagination-older" rel="next" href="{SiteUrls.HomePage(number + 1)}">Older posts →</a>{"\n"}""");
        }

        html.Write($"</nav>\n");
    }
}
