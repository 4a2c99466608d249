using Blog.Content;
using Blog.Site;

namespace Blog.Rendering;

/// <summary>The pieces of a post shown wherever posts appear: its date line, its tags, its card in a list.</summary>
internal static class PostParts
{
    /// <summary>
    /// Date, author and reading time. The date is in the site's zone (<c>PostTimeZone</c>, the zone the post's URL was
    /// made in, so the two agree) and ISO-style, so it reads the same in any language.
    /// </summary>
    public static void WriteMeta(HtmlWriter html, Post post)
    {
        html.Write($"""<p class="post-meta"><time datetime="{post.Date:yyyy-MM-dd'T'HH:mm:sszzz}">{post.Date:yyyy-MM-dd}</time>""");
        if (post.Author is { Length: > 0 } author)
        {
            html.Write($"""<span class="post-author">{author}</span>""");
        }

        html.Write($"""<span class="post-reading-time">{(int)Math.Ceiling(post.ReadingTime.TotalMinutes)} min read</span></p>{"\n"}""");
    }

    /// <summary>Links to the pages of a post's tags or categories, or nothing when it has none.</summary>
    public static void WriteTermLinks(HtmlWriter html, Taxonomy taxonomy, IReadOnlyList<string> names, string label)
    {
        if (names.Count == 0)
        {
            return;
        }

        html.Write($"""<ul class="terms terms-{taxonomy.Plural.ToLowerInvariant()}" aria-label="{label}">""");
        foreach (var name in names)
        {
            html.Write($"""<li><a href="{taxonomy.UrlOf(name)}" rel="tag">{name}</a></li>""");
        }

        html.Write($"</ul>\n");
    }

    /// <summary>A list of posts, each with its title, date line, excerpt and tags: the home page and the tag and category pages.</summary>
    public static void WriteList(HtmlWriter html, IEnumerable<Post> posts)
    {
        html.Write($"""<ol class="post-list">{"\n"}""");
        foreach (var post in posts)
        {
            html.Write($"""<li class="post-card">""");
            WriteArticleStart(html, post, "post-summary");
            html.Write($"""<h2 class="post-card-title"><a href="{post.Url}">{post.Title}</a></h2>{"\n"}""");
            WriteMeta(html, post);
            if (post.Excerpt.Length > 0)
            {
                html.Write($"""<p class="post-excerpt">{post.Excerpt}</p>{"\n"}""");
            }

            WriteTermLinks(html, Taxonomy.Tags, post.Tags, "Tags");
            html.Write($"</article></li>\n");
        }

        html.Write($"</ol>\n");
    }

    /// <summary>Opens an <c>article</c> element, in the post's own language when it sets one.</summary>
    public static void WriteArticleStart(HtmlWriter html, Post post, string classAttribute)
    {
        if (post.Language is { } language)
        {
            html.Write($"""<article class="{classAttribute}" lang="{language}">{"\n"}""");
        }
        else
        {
            html.Write($"""<article class="{classAttribute}">{"\n"}""");
        }
    }
}
