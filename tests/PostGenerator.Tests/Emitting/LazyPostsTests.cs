using System.Collections;
using System.Globalization;
using System.Reflection;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Emitting;

/// <summary>
/// <c>Posts.All</c> builds a post the first time it is read, and <c>BySlug</c>/<c>ByUrl</c> find a post without building
/// any other: a first request to an app touches one post, not the site (issue 6). Observed through the list's own
/// store of built posts.
/// </summary>
public sealed class LazyPostsTests
{
    private const int Count = 150; // more than two of the implementation's 64-post dispatch methods

    /// <summary>The site's image: each test loads a copy of its own, since static state is per load.</summary>
    private static readonly Lazy<byte[]> Image = new(() =>
    {
        var posts = new PostSet();
        for (var i = 0; i < Count; i++)
        {
            // Day i of 2024: post i is the (Count - 1 - i)th of All, newest first. Posts 7 and 8 share a slug.
            var day = new DateTime(2024, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var slug = i == 8 ? "post-7" : $"post-{i}";
            var parity = i % 2 == 0 ? "even" : "odd";
            posts.Add($"content/_posts/{day}-{slug}.md", $"---\ntitle: Title {i}\ntags: [every, {parity}]\ncategories: c{i % 3}\n---\nBody {i}\n");
        }

        var output = GeneratorHarness.RunAndLoad(posts).Result.Output;
        using var stream = new MemoryStream();
        Assert.True(output.Emit(stream).Success);
        return stream.ToArray();
    });

    private static Assembly Load() =>
        new System.Runtime.Loader.AssemblyLoadContext(null, isCollectible: true).LoadFromStream(new MemoryStream(Image.Value));

    [Fact]
    public void Reading_one_post_of_All_builds_that_post_only()
    {
        var (posts, built) = Fresh();
        var all = (IReadOnlyList<object>)posts.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(Count, all.Count);
        Assert.Empty(Built(built));

        var post = new PostView(all[130]);
        Assert.Equal($"Title {Count - 1 - 130}", post.Title);
        Assert.Equal([130], Built(built));
        Assert.Same(post.Instance, all[130]);
    }

    [Fact]
    public void Lookups_build_only_the_post_they_find()
    {
        var (posts, built) = Fresh();
        var bySlug = posts.GetMethod("BySlug")!;
        var byUrl = posts.GetMethod("ByUrl")!;

        var found = new PostView(bySlug.Invoke(null, ["post-42"])!);
        Assert.Equal("Title 42", found.Title);
        Assert.Equal([Count - 1 - 42], Built(built));

        Assert.Same(found.Instance, byUrl.Invoke(null, [found.Url]));
        Assert.Null(bySlug.Invoke(null, ["post-1000"]));
        Assert.Null(byUrl.Invoke(null, [found.Url + "x"]));
        Assert.Equal([Count - 1 - 42], Built(built));

        // Two posts share "post-7": the newer (the one of day 8) is found.
        Assert.Equal("Title 8", new PostView(bySlug.Invoke(null, ["post-7"])!).Title);
    }

    [Fact]
    public void Enumerating_All_gives_every_post_newest_first_and_the_same_instances_as_the_indexer()
    {
        var posts = Load().GetType("Blog.Posts", throwOnError: true)!;
        var all = (IReadOnlyList<object>)posts.GetProperty("All")!.GetValue(null)!;
        var enumerated = ((IEnumerable)all).Cast<object>().ToList();
        Assert.Equal(Count, enumerated.Count);
        for (var i = 0; i < Count; i++)
        {
            Assert.Same(all[i], enumerated[i]);
            Assert.Equal($"Title {Count - 1 - i}", new PostView(enumerated[i]).Title);
        }

        // As the BCL's read-only lists do.
        Assert.Throws<ArgumentOutOfRangeException>(() => all[Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => all[-1]);
    }

    [Fact]
    public void Threads_that_build_the_same_posts_at_once_all_get_one_instance_of_each()
    {
        // Posts are built by a method, not held in static fields: the list keeps the first one stored.
        var posts = Load().GetType("Blog.Posts", throwOnError: true)!;
        var all = (IReadOnlyList<object>)posts.GetProperty("All")!.GetValue(null)!;
        const int Threads = 4;
        var seen = new object[Threads][];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            seen[t] = Enumerable.Range(0, Count).Select(i => all[i]).ToArray();
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        for (var i = 0; i < Count; i++)
        {
            for (var t = 0; t < Threads; t++)
            {
                Assert.Same(all[i], seen[t][i]);
            }
        }
    }

    [Fact]
    public void A_post_class_reads_its_place_in_All()
    {
        var posts = Load().GetType("Blog.Posts", throwOnError: true)!;
        var nested = posts.GetNestedType("Post_5")!;
        var post = new PostView(nested.GetProperty("Post")!.GetValue(null)!);
        Assert.Equal("Title 5", post.Title);
        Assert.Equal("Title 5", nested.GetField("Title")!.GetRawConstantValue());
        Assert.Equal(post.Url, nested.GetField("Url")!.GetRawConstantValue());
    }

    [Fact]
    public void A_tag_lists_its_posts_newest_first_and_reading_one_builds_that_post_only()
    {
        var (posts, built) = Fresh();
        var tags = posts.Assembly.GetType("Blog.Tags", throwOnError: true)!;
        var categories = posts.Assembly.GetType("Blog.Categories", throwOnError: true)!;
        var postsOf = tags.GetMethod("PostsOf")!;

        var odd = (IReadOnlyList<object>)postsOf.Invoke(null, ["odd"])!;
        Assert.Equal(Count / 2, odd.Count);
        Assert.Empty(Built(built));
        Assert.Equal($"Title {Count - 1}", new PostView(odd[0]).Title);
        Assert.Equal([0], Built(built));

        var byName = (IDictionary)tags.GetProperty("ByName")!.GetValue(null)!;
        Assert.Equal(["even", "every", "odd"], byName.Keys.Cast<string>().Order(StringComparer.Ordinal));
        Assert.Equal(
            Enumerable.Range(0, Count).Reverse().Where(i => i % 2 == 0).Select(i => $"Title {i}"),
            ((IReadOnlyList<object>)byName["even"]!).Select(p => new PostView(p).Title));
        Assert.Equal(Count, ((IReadOnlyList<object>)byName["every"]!).Count);
        Assert.Empty((IReadOnlyList<object>)postsOf.Invoke(null, ["none"])!);

        var c1 = (IReadOnlyList<object>)categories.GetMethod("PostsOf")!.Invoke(null, ["c1"])!;
        Assert.Equal(Enumerable.Range(0, Count).Reverse().Where(i => i % 3 == 1).Select(i => $"Title {i}"), c1.Select(p => new PostView(p).Title));
        // Every list hands out the instances of Posts.All.
        var all = (IReadOnlyList<object>)posts.GetProperty("All")!.GetValue(null)!;
        Assert.Same(all[Count - 1 - 1], c1[^1]);
    }

    [Fact]
    public void A_site_whose_only_post_is_left_out_compiles_with_empty_indexes()
    {
        var posts = new PostSet().Add("content/_posts/2024-01-02-draft.md", "---\ntitle: T\npublished: false\n---\nx\n");
        var assembly = GeneratorHarness.RunAndLoad(posts).Assembly;
        var type = assembly.GetType("Blog.Posts", throwOnError: true)!;
        Assert.Empty((IReadOnlyList<object>)type.GetProperty("All")!.GetValue(null)!);
        Assert.Null(type.GetMethod("BySlug")!.Invoke(null, ["draft"]));
        Assert.Null(type.GetMethod("ByUrl")!.Invoke(null, ["/2024/01/02/draft.html"]));
        Assert.Empty((System.Collections.IDictionary)assembly.GetType("Blog.Tags", throwOnError: true)!.GetProperty("ByName")!.GetValue(null)!);
    }

    /// <summary>A fresh load of the site's assembly (static state is per load), with the list's store of built posts.</summary>
    private static (Type Posts, Array Built) Fresh()
    {
        var posts = Load().GetType("Blog.Posts", throwOnError: true)!;
        var list = posts.GetField("s_all", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var built = (Array)list.GetType().GetField("_items", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(list)!;
        return (posts, built);
    }

    private static int[] Built(Array built) =>
        Enumerable.Range(0, built.Length).Where(i => built.GetValue(i) is not null).ToArray();
}
