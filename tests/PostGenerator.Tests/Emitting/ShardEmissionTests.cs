using PostGenerator.Emitting;
using PostGenerator.Model;
using PostGenerator.Parsing;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Emitting;

/// <summary>A big site's shard is written in parts on every core: the file must be the one a single writer makes.</summary>
public class ShardEmissionTests
{
    private static PostShard Shard(int posts)
    {
        var inputs = Enumerable.Range(0, posts).Select(i =>
        {
            var path = $"content/_posts/2024-01-{1 + (i % 28):00}-post-{i}.md";
            var text = $"---\ntitle: \"标题 {i} \\\"quoted\\\"\"\ntags: [a, 中文]\n---\n# Heading {i}\n\n正文 **{i}** with \"quotes\" and a \\ backslash.\n\n<div><p>raw {i}</p></div>\n";
            var model = PostParser.Parse(new PostInput("/proj/" + path, path, false, text), SiteOptions.Default, default).Model!;
            return new PostEmitInput("Blog", 200, model, EquatableArray<ResolvedLink>.Empty);
        });
        return new PostShard("Blog", 7, inputs.OrderBy(p => p.Post.Summary.RelativePath, StringComparer.Ordinal).ToEquatableArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)] // the first count written in two parts
    [InlineData(41)] // a shard's size at N = 10,000
    public void Parts_make_the_file_one_writer_makes(int posts)
    {
        var shard = Shard(posts);
        var one = PostEmitter.EmitShard(shard, maxParts: 1).ToString();
        Assert.Equal(posts, GeneratorHarness.PostsIn(one));
        Assert.EndsWith("}\n", one.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var parts in new[] { 2, 3, 4 })
        {
            Assert.Equal(one, PostEmitter.EmitShard(shard, maxParts: parts).ToString());
        }
    }
}
