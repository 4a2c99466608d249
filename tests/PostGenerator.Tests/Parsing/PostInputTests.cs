using PostGenerator.Model;
using PostGenerator.Parsing;
using Xunit;

namespace PostGenerator.Tests.Parsing;

/// <summary>An input's cached path hash and parsed model are not part of its value, and a copy does not inherit them.</summary>
public class PostInputTests
{
    private static PostInput Input(string path = "content/_posts/2024-01-01-a.md") =>
        new("/proj/" + path, path, false, "---\ntitle: A\n---\nBody.\n");

    [Fact]
    public void The_path_hash_is_the_data_class_name_and_the_shard()
    {
        var input = Input();
        var hash = PostInput.HashOf(input.RelativePath);
        Assert.Equal(hash, input.PathHash);
        Assert.Equal(PostParser.DataClassName(hash), PostParser.DataClassName(input.PathHash));
        Assert.Equal(PostParser.ShardOf(hash), PostParser.ShardOf(input.PathHash));
        Assert.Equal(Convert.ToInt32(PostParser.DataClassName(hash).Substring(1, 2), 16), PostParser.ShardOf(input.PathHash));
    }

    [Fact]
    public void A_copy_with_another_path_hashes_its_own_path()
    {
        var input = Input();
        _ = input.PathHash;
        var moved = input with { RelativePath = "content/_posts/2024-01-02-b.md" };
        Assert.Equal(PostInput.HashOf("content/_posts/2024-01-02-b.md"), moved.PathHash);
        Assert.NotEqual(input.PathHash, moved.PathHash);
    }

    [Fact]
    public void A_copy_with_another_text_is_parsed_anew()
    {
        var input = Input();
        input.Parsed = new ParsedPost(SiteOptions.Default, PostParser.Parse(input, SiteOptions.Default, default).Model);
        var edited = input with { Text = "---\ntitle: B\n---\nBody.\n" };
        Assert.Null(edited.Parsed);
    }

    [Fact]
    public void Equality_is_the_four_values()
    {
        var a = Input();
        var b = Input();
        _ = a.PathHash;
        a.Parsed = new ParsedPost(SiteOptions.Default, null);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { IsDraft = true });
        Assert.NotEqual(a, b with { Text = null });
        Assert.NotEqual(a, b with { Path = "/other/" + b.RelativePath });
    }
}
