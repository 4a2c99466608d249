using Blog.Content;

namespace Blog.Site;

/// <summary>
/// What the site reads from a post's front matter beyond the generator's typed properties. The values are already
/// typed (YAML 1.1 rules, applied at compile time), so reading one is a dictionary lookup and a type test.
/// </summary>
internal static class PostFacts
{
    extension(Post post)
    {
        /// <summary>The front matter's <c>description</c> when given, else the generator's excerpt.</summary>
        public string Description => post.FrontMatter.TryGetValue("description", out var value) && value is string { Length: > 0 } text
            ? text
            : post.Excerpt;

        /// <summary>The post's <c>lang</c>, as Jekyll themes read it; null when the post does not set one.</summary>
        public string? Language => post.FrontMatter.TryGetValue("lang", out var value) && value is string { Length: > 0 } text ? text : null;

        /// <summary>When the post last changed: its <c>last_modified_at</c> (as jekyll-seo-tag reads it) when given, else its date.</summary>
        public DateTimeOffset LastModified => post.FrontMatter.TryGetValue("last_modified_at", out var value) && value is DateTimeOffset changed
            ? changed
            : post.Date;

        /// <summary>Where an imported post was first published: its <c>from</c>, when that is a web address.</summary>
        public Uri? OriginalSource => post.FrontMatter.TryGetValue("from", out var value)
            && value is string text
            && Uri.TryCreate(text, UriKind.Absolute, out var source)
            && (source.Scheme == Uri.UriSchemeHttps || source.Scheme == Uri.UriSchemeHttp)
                ? source
                : null;
    }
}
