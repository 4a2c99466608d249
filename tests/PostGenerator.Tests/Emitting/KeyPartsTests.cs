using System.Globalization;
using PostGenerator.Emitting;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Emitting;

/// <summary>
/// The keys <c>BySlug</c> and <c>ByUrl</c> read are written in UTF-8 literals of bounded size, each in its own method,
/// so a big site's keys do not make one huge literal (issue 6); cut anywhere, they still decode to the same keys.
/// </summary>
public sealed class KeyPartsTests
{
    [Fact]
    public void No_keys_make_no_part_and_keys_that_fit_make_one()
    {
        Assert.Empty(IndexEmitter.KeyParts(""));
        Assert.Equal(["3:abc"], IndexEmitter.KeyParts("3:abc"));
        var full = new string('x', IndexEmitter.KeysPartChars);
        Assert.Equal([full], IndexEmitter.KeyParts(full));
    }

    [Fact]
    public void Parts_are_at_most_the_bound_and_cover_the_keys_in_order()
    {
        var keys = new string('x', (IndexEmitter.KeysPartChars * 2) + 5);
        var parts = IndexEmitter.KeyParts(keys);
        Assert.Equal([IndexEmitter.KeysPartChars, IndexEmitter.KeysPartChars, 5], parts.Select(p => p.Length));
        Assert.Equal(keys, string.Concat(parts));
    }

    [Fact]
    public void A_surrogate_pair_across_the_bound_stays_whole_in_the_next_part()
    {
        // The pair's high half is the last character a part could hold: the part ends one character early.
        var keys = new string('x', IndexEmitter.KeysPartChars - 1) + "😀" + new string('y', 10);
        var parts = IndexEmitter.KeyParts(keys);
        Assert.Equal([IndexEmitter.KeysPartChars - 1, 12], parts.Select(p => p.Length));
        Assert.All(parts, p => Assert.False(char.IsLowSurrogate(p[0]) || char.IsHighSurrogate(p[^1])));
        Assert.Equal(keys, string.Concat(parts));

        // A pair that ends exactly at the bound is not moved.
        var fitting = new string('x', IndexEmitter.KeysPartChars - 2) + "😀" + "y";
        Assert.Equal([IndexEmitter.KeysPartChars, 1], IndexEmitter.KeyParts(fitting).Select(p => p.Length));
    }

    [Fact]
    public void A_site_whose_keys_span_many_parts_finds_every_post_by_slug_and_by_url()
    {
        var posts = new PostSet();
        const int Count = 120;
        for (var i = 0; i < Count; i++)
        {
            // Slugs of CJK text and emoji (surrogate pairs), of varied lengths, so parts end inside multi-byte text.
            var day = new DateTime(2024, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var slug = $"{i}-" + string.Concat(Enumerable.Repeat("键😀值", 3 + (i % 11)));
            posts.Add($"content/_posts/{day}-p{i}.md", $"---\ntitle: Title {i}\nslug: \"{slug}\"\n---\nBody {i}\n");
        }

        var (result, assembly) = GeneratorHarness.RunAndLoad(posts);
        var data = result.Run.Results.Single().GeneratedSources.Single(s => s.HintName == IndexEmitter.PostsDataHintName).SourceText.ToString();
        Assert.True(data.Split("ReadOnlySpan<byte> KeysPart").Length - 1 >= 4, "the keys are written in parts");

        var type = assembly.GetType("Blog.Posts", throwOnError: true)!;
        var bySlug = type.GetMethod("BySlug")!;
        var byUrl = type.GetMethod("ByUrl")!;
        var all = GeneratorHarness.AllPosts(assembly);
        Assert.Equal(Count, all.Count);
        foreach (var post in all)
        {
            Assert.Same(post.Instance, bySlug.Invoke(null, [post.Slug]));
            Assert.Same(post.Instance, byUrl.Invoke(null, [post.Url]));
        }

        Assert.Null(bySlug.Invoke(null, [all[0].Slug + "x"]));
    }
}
