using System.Buffers;
using Blog.Content;
using Blog.Site;

namespace Blog.Rendering;

/// <summary>The page listing every tag (or category) with its number of posts.</summary>
internal sealed class TaxonomyIndexPage(Layout layout, Taxonomy taxonomy)
{
    public void Write(IBufferWriter<byte> output)
    {
        var html = new HtmlWriter(output);
        string description = $"All {taxonomy.All.Count} {taxonomy.Plural.ToLowerInvariant()} of {layout.Site.Title}.";
        layout.WriteStart(html, new PageHead(taxonomy.Plural, description, taxonomy.IndexUrl, SectionOf(taxonomy)));
        html.Write($"""<h1 class="page-title">{taxonomy.Plural}</h1>{"\n"}<ul class="term-index">{"\n"}""");
        foreach (var name in taxonomy.All)
        {
            int count = taxonomy.PostsOf(name).Count;
            html.Write($"""<li><a href="{taxonomy.UrlOf(name)}" rel="tag"><span class="term-name">{name}</span> <span class="term-count" aria-label="{count} posts">{count}</span></a></li>{"\n"}""");
        }

        html.Write($"</ul>\n");
        layout.WriteEnd(html);
    }

    internal static SiteSection SectionOf(Taxonomy taxonomy) =>
        ReferenceEquals(taxonomy, Taxonomy.Tags) ? SiteSection.Tags : SiteSection.Categories;
}

/// <summary>The posts of one tag (or category), newest first.</summary>
internal sealed class TaxonomyTermPage(Layout layout, Taxonomy taxonomy, string name)
{
    public string Url => taxonomy.UrlOf(name);

    public void Write(IBufferWriter<byte> output)
    {
        var html = new HtmlWriter(output);
        var posts = taxonomy.PostsOf(name);
        string count = posts.Count == 1 ? "1 post" : $"{posts.Count} posts";
        string description = $"{count} in the {taxonomy.Singular.ToLowerInvariant()} “{name}” on {layout.Site.Title}.";
        layout.WriteStart(html, new PageHead($"{taxonomy.Singular}: {name}", description, Url, TaxonomyIndexPage.SectionOf(taxonomy)));
        html.Write($"""
            <header class="page-header">
            <p class="eyebrow"><a href="{taxonomy.IndexUrl}">{taxonomy.Plural}</a></p>
            <h1 class="page-title">{name}</h1>
            <p class="page-note">{count}</p>
            </header>

            """);
        PostParts.WriteList(html, posts);
        layout.WriteEnd(html);
    }
}
