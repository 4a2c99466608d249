using Blog.Content;

namespace Blog.Site;

/// <summary>
/// Tags and categories: the generator indexes both the same way, and the site shows both the same way, so one
/// description of each drives the index page, the per-name pages and the links on posts.
/// </summary>
internal sealed record Taxonomy(
    string Plural,
    string Singular,
    string UrlPrefix,
    IReadOnlyList<string> All,
    Func<string, IReadOnlyList<Post>> PostsOf,
    Func<Post, IReadOnlyList<string>> NamesOf)
{
    public static Taxonomy Tags { get; } = new("Tags", "Tag", "/tags/", Content.Tags.All, Content.Tags.PostsOf, static post => post.Tags);

    public static Taxonomy Categories { get; } =
        new("Categories", "Category", "/categories/", Content.Categories.All, Content.Categories.PostsOf, static post => post.Categories);

    /// <summary>The page listing every name.</summary>
    public string IndexUrl => UrlPrefix;

    /// <summary>The page listing the posts of one name.</summary>
    public string UrlOf(string name) => SiteUrls.Term(UrlPrefix, name);
}
