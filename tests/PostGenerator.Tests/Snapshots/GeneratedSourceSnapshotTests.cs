using PostGenerator.Emitting;
using PostGenerator.Model;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Snapshots;

public class GeneratedSourceSnapshotTests
{
    /// <summary>Every file generated for the repository's content folder: the seed post and the sample posts.</summary>
    [Fact]
    public void Content_folder()
    {
        var result = GeneratorHarness.Run(PostSet.FromContentFolder());
        Snapshot.Verify(result.Sources.Select(s => (s.HintName, s.SourceText.ToString())), nameof(GeneratedSourceSnapshotTests));
    }

    /// <summary>The emitter alone, fed a hand-built model that exercises every kind of front-matter value.</summary>
    [Fact]
    public void Emitter_from_hand_built_model()
    {
        var summary = new PostSummary(
            "content/_posts/2024-01-02-hand-built.md",
            "P0123456789abcdef",
            "2024-01-02-hand-built",
            "hand-built",
            "Hand \"built\" */ post",
            new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(8)).UtcTicks,
            480,
            null,
            "post",
            new[] { "a", "b c" }.ToEquatableArray(),
            EquatableArray<string>.Empty,
            "/2024/01/02/hand-built.html");
        var frontMatter = new[]
        {
            new FrontMatterEntry("text", FrontMatterValue.FromString("line\nbreak \u2028 \"q\" \\ \0")),
            new FrontMatterEntry("flag", new FrontMatterValue(FrontMatterKind.Bool, "yes", Bool: true)),
            new FrontMatterEntry("count", new FrontMatterValue(FrontMatterKind.Long, "-12", Long: -12)),
            new FrontMatterEntry("ratio", new FrontMatterValue(FrontMatterKind.Double, ".5", Double: 0.5)),
            new FrontMatterEntry("nan", new FrontMatterValue(FrontMatterKind.Double, ".nan", Double: double.NaN)),
            new FrontMatterEntry("when", FrontMatterValue.FromDate(new DateTimeOffset(2020, 2, 29, 12, 0, 0, TimeSpan.FromMinutes(-330)))),
            new FrontMatterEntry("none", FrontMatterValue.Null),
            new FrontMatterEntry("list", new FrontMatterValue(FrontMatterKind.List, "", Items: new[] { FrontMatterValue.FromString("x"), FrontMatterValue.Null }.ToEquatableArray())),
            new FrontMatterEntry("map", new FrontMatterValue(FrontMatterKind.Map, "", Entries: new[] { new FrontMatterEntry("k", FrontMatterValue.FromString("v")) }.ToEquatableArray())),
        };
        var post = new PostModel(
            summary,
            "<h1 id=\"t\">T</h1>\n<p>\"quoted\" \\ \u2029 \uD800 lone</p>\n",
            "An excerpt",
            42,
            new[] { new HeadingInfo(1, "t", "T") }.ToEquatableArray(),
            frontMatter.ToEquatableArray(),
            EquatableArray<string>.Empty);
        var input = new PostEmitInput("Blog", 200, post, EquatableArray<ResolvedLink>.Empty);
        var shard = Convert.ToInt32(summary.DataClass.Substring(1, 2), 16); // a hand-built data class: its shard as its name says
        Snapshot.Verify(
            [
                (PostEmitter.ShardHintName(shard), PostEmitter.EmitShard(new PostShard("Blog", shard, new[] { input }.ToEquatableArray())).ToString()),
            ],
            nameof(GeneratedSourceSnapshotTests));
    }
}
