using System.Buffers;
using Blog.Content;
using Blog.Site;

namespace Blog.Rendering;

/// <summary>A post: its header, the body the generator rendered at compile time, its tags, and the posts around it.</summary>
/// <param name="older">The previous post in time, or null for the oldest.</param>
/// <param name="newer">The next post in time, or null for the newest.</param>
internal sealed class PostPage(Layout layout, Post post, Post? older, Post? newer)
{
    /// <summary>A table of contents helps from this many section headings on; below it, it is only noise.</summary>
    private const int MinimumHeadingsForContents = 3;

    public void Write(IBufferWriter<byte> output)
    {
        var html = new HtmlWriter(output);
        layout.WriteStart(html, new PageHead(post.Title, post.Description, post.Url, SiteSection.None) { Kind = "article" });

        PostParts.WriteArticleStart(html, post, "post");
        html.Write($"""<header class="post-header">{"\n"}""");
        if (post.Categories.Count > 0)
        {
            html.Write($"""<nav class="post-categories" aria-label="Categories">""");
            foreach (var category in post.Categories)
            {
                html.Write($"""<a href="{Taxonomy.Categories.UrlOf(category)}">{category}</a>""");
            }

            html.Write($"</nav>\n");
        }

        html.Write($"""<h1 class="post-title">{post.Title}</h1>{"\n"}""");
        PostParts.WriteMeta(html, post);
        html.Write($"</header>\n");

        WriteContents(html);

        // The body goes out as the UTF-8 bytes compiled into the assembly: never decoded, never re-encoded.
        html.Write($"""<div class="post-body">{"\n"}""");
        html.WriteRaw(post.HtmlUtf8);
        html.Write($"\n</div>\n");

        html.Write($"""<footer class="post-footer">{"\n"}""");
        PostParts.WriteTermLinks(html, Taxonomy.Tags, post.Tags, "Tags");
        WriteSource(html);
        html.Write($"</footer>\n</article>\n");

        WriteNeighbours(html);
        layout.WriteEnd(html);
    }

    private void WriteContents(HtmlWriter html)
    {
        var sections = post.Headings.Where(static heading => heading.Level is 2 or 3 && heading.Id.Length > 0).ToList();
        if (sections.Count < MinimumHeadingsForContents)
        {
            return;
        }

        // Sections, each with its subsections nested under it, so the numbering counts sections only.
        html.Write($"""<nav class="post-contents" aria-label="Contents"><details open><summary>Contents</summary>{"\n"}<ol>{"\n"}""");
        bool inSection = false, inSubsections = false;
        foreach (var heading in sections)
        {
            if (heading.Level == 3 && inSection)
            {
                if (!inSubsections)
                {
                    html.Write($"<ol>");
                    inSubsections = true;
                }

                html.Write($"""<li><a href="#{heading.Id}">{heading.Text}</a></li>""");
                continue;
            }

            CloseSection(html, inSection, inSubsections);
            html.Write($"""<li><a href="#{heading.Id}">{heading.Text}</a>""");
            inSection = true;
            inSubsections = false;
        }

        CloseSection(html, inSection, inSubsections);
        html.Write($"</ol>\n");
        html.Write($"</details></nav>\n");
    }

    private static void CloseSection(HtmlWriter html, bool inSection, bool inSubsections)
    {
        if (inSubsections)
        {
            html.Write($"</ol>");
        }

        if (inSection)
        {
            html.Write($"</li>\n");
        }
    }

    /// <summary>The original's address, from the <c>from</c> front matter of imported posts, when it is a web address.</summary>
    private void WriteSource(HtmlWriter html)
    {
        if (post.OriginalSource is { } source)
        {
            html.Write($"""<p class="post-source">Originally published at <a href="{source.AbsoluteUri}" rel="external noopener">{source.Host}</a></p>{"\n"}""");
        }
    }

    private void WriteNeighbours(HtmlWriter html)
    {
        if (older is null && newer is null)
        {
            return;
        }

        html.Write($"""<nav class="post-neighbours" aria-label="More posts">{"\n"}""");
        if (older is not null)
        {
            html.Write($"""<a class="post-older" rel="prev" href="{older.Url}"><span>← Previous post</span><strong>{older.Title}</strong></a>{"\n"}""");
        }

        if (newer is not null)
        {
            html.Write($"""<a class="post-newer" rel="next" href="{newer.Url}"><span>Next post →</span><strong>{newer.Title}</strong></a>{"\n"}""");
        }

        html.Write($"</nav>\n");
    }
}
