using System.Reflection;
using System.Reflection.Metadata;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Emitting;

/// <summary>
/// Hot Reload (<c>dotnet watch</c>) applies an edited post to a running app as new method bodies, then calls the
/// assembly's <see cref="MetadataUpdateHandlerAttribute"/> handlers' <c>ClearCache</c>: the posts built and the indexes
/// read before the edit must be built again from the new code, or a post's <c>Html</c>, excerpt and word count stay
/// those of before the edit while its <c>HtmlUtf8</c> is new.
/// </summary>
public class HotReloadTests
{
    private static readonly PostSet Site = new PostSet()
        .Add("content/_posts/2024-01-02-first.md", "---\ntitle: First\ntags: [a]\ncategories: [c]\n---\nOne\n")
        .Add("content/_posts/2024-01-03-second.md", "---\ntitle: Second\ntags: [a, b]\n---\nTwo\n");

    [Fact]
    public void The_runtime_finds_a_ClearCache_that_forgets_every_post_and_index_built()
    {
        var (_, assembly) = GeneratorHarness.RunAndLoad(Site);
        var handler = Assert.Single(assembly.GetCustomAttributes<MetadataUpdateHandlerAttribute>()).HandlerType;
        // How the runtime's Hot Reload agent looks the method up.
        var clearCache = handler.GetMethod("ClearCache", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(Type[])]);
        Assert.NotNull(clearCache);

        var posts = assembly.GetType("Blog.Posts")!;
        var before = GeneratorHarness.AllPosts(assembly);
        var bySlugBefore = BySlug(posts, "first");
        var tagsBefore = RawByName(assembly, "Blog.Tags");
        var categoriesBefore = RawByName(assembly, "Blog.Categories");
        Assert.Same(tagsBefore, RawByName(assembly, "Blog.Tags"));
        Assert.Same(before[1].Instance, bySlugBefore);
        Assert.Same(before[0].Instance, Assert.Single(ByName(assembly, "Blog.Tags")["b"]));

        clearCache.Invoke(null, [null]);

        var after = GeneratorHarness.AllPosts(assembly);
        Assert.Equal(before.Select(p => (p.Title, p.Url, p.Html)), after.Select(p => (p.Title, p.Url, p.Html)));
        Assert.All(before.Zip(after), pair => Assert.NotSame(pair.First.Instance, pair.Second.Instance));
        Assert.Same(after[1].Instance, BySlug(posts, "first"));
        Assert.NotSame(tagsBefore, RawByName(assembly, "Blog.Tags"));
        Assert.NotSame(categoriesBefore, RawByName(assembly, "Blog.Categories"));
        Assert.Same(after[0].Instance, Assert.Single(ByName(assembly, "Blog.Tags")["b"]));
        Assert.Same(after[1].Instance, Assert.Single(ByName(assembly, "Blog.Categories")["c"]));
    }

    [Fact]
    public void Without_the_attribute_of_dotnet_6_the_output_still_compiles()
    {
        // A netstandard2.0 or .NET Framework consumer: no NET6_0_OR_GREATER, so no handler, and nothing else missing.
        var (_, assembly) = GeneratorHarness.RunAndLoad(Site, preprocessorSymbols: []);
        Assert.Empty(assembly.GetCustomAttributes<MetadataUpdateHandlerAttribute>());
        Assert.Equal(["Second", "First"], GeneratorHarness.AllPosts(assembly).Select(p => p.Title));
    }

    [Fact]
    public void A_post_tag_or_category_named_like_the_handler_s_members_still_compiles()
    {
        // "forget-built" becomes the identifier ForgetBuilt, the name of the method ClearCache calls on each class.
        var posts = new PostSet().Add(
            "content/_posts/2024-01-02-forget-built.md",
            "---\ntitle: T\ntags: [ForgetBuilt, ClearCache]\ncategories: [ForgetBuilt]\n---\nx\n");
        var (_, assembly) = GeneratorHarness.RunAndLoad(posts);
        Assert.NotNull(assembly.GetType("Blog.Posts+ForgetBuilt_2"));
        Assert.Equal("ForgetBuilt", assembly.GetType("Blog.Tags")!.GetField("ForgetBuilt_2")!.GetRawConstantValue());
        Assert.Equal("ForgetBuilt", assembly.GetType("Blog.Categories")!.GetField("ForgetBuilt_2")!.GetRawConstantValue());
    }

    private static object? BySlug(Type posts, string slug) => posts.GetMethod("BySlug")!.Invoke(null, [slug]);

    /// <summary>The dictionary the index keeps, the same object on every read until it is forgotten.</summary>
    private static object RawByName(Assembly assembly, string type) => assembly.GetType(type)!.GetProperty("ByName")!.GetValue(null)!;

    private static IReadOnlyDictionary<string, IReadOnlyList<object>> ByName(Assembly assembly, string type)
    {
        var byName = (System.Collections.IDictionary)RawByName(assembly, type);
        var result = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in byName)
        {
            result[(string)entry.Key] = ((System.Collections.IEnumerable)entry.Value!).Cast<object>().ToList();
        }

        return result;
    }
}
