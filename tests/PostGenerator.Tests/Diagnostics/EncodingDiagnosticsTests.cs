using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Diagnostics;

/// <summary>Positions come out right whatever the line endings and encoding; no bytes make the analyzer throw.</summary>
public sealed class EncodingDiagnosticsTests
{
    private const string Path = "content/_posts/2024-01-02-post.md";

    // A key given twice (line 4), a tag link in the body after CJK text and a character outside the BMP (two UTF-16 units).
    private const string Marked = "---\ntitle: 标题\ndate: 2024-01-02\n{|POST005:title|}: again\n---\n中文𠀀段落 [链接]({|POST013:/tags/不存在/|}) 与 <a href=\"{|POST013:/tags/%E6%97%A0/|}\">无</a>\n";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Line_endings(string newLine) => AssertPositions(Markup.Parse(Marked.Replace("\n", newLine)), text => Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Encodings_with_a_byte_order_mark(string encoding)
    {
        var markup = Markup.Parse(Marked.Replace("\n", "\r\n"));
        Encoding chosen = encoding switch
        {
            "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        };
        AssertPositions(markup, text => chosen.GetPreamble().Concat(chosen.GetBytes(text)).ToArray());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_byte_order_mark_left_in_the_decoded_text_moves_no_column(bool keepBom)
    {
        // Decoders drop the BOM; a host that hands over a string may keep it as U+FEFF. The columns must not differ.
        foreach (var marked in new[] { Marked, "{|POST002:---|}\ntitle: x\n", "{|POST001:|}no front matter\n" })
        {
            var markup = Markup.Parse(marked);
            var posts = new PostSet().Add("content/_posts/2024-01-01-tagged.md", "---\ntitle: T\n---\n")
                .Add(Path, (keepBom ? "\uFEFF" : "") + markup.Text);
            Assert.Equal(markup.Expected(Path), AnalyzerHarness.Describe(AnalyzerHarness.Run(posts)));
        }
    }

    [Fact]
    public void Diagnostics_print_as_file_line_column()
    {
        var markup = Markup.Parse(Marked.Replace("\n", "\r\n"));
        var posts = new PostSet().Add(Path, markup.Text);
        var first = AnalyzerHarness.Run(posts)[0];
        Assert.Equal(
            PostSet.ProjectDir + Path + "(4,1): error POST005: The front-matter key 'title' is given a second time here and the post is left out. Keep only one 'title:' line.",
            first.ToString());
    }

    [Fact]
    public void Garbage_bytes_never_make_the_analyzer_throw()
    {
        var random = new Random(20241028);
        var posts = new PostSet();
        for (var i = 0; i < 40; i++)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            var prefix = Encoding.UTF8.GetBytes(i % 2 == 0 ? "---\n" : i % 3 == 0 ? "---\ntitle: x\n---\n" : "");
            posts.AddBytes($"content/_posts/2024-01-{1 + (i % 28):D2}-garbage{i}.md", prefix.Concat(bytes).ToArray());
        }

        posts.AddBytes("content/_posts/2024-02-01-lone-surrogates.md", new byte[] { 0xFF, 0xFE, 0x2D, 0x00, 0x00, 0xD8, 0x2D, 0x00, 0x00, 0xDC, 0x0A, 0x00 });
        posts.AddBytes("content/_posts/2024-02-02-nul.md", Encoding.UTF8.GetBytes("---\ntitle: \0\0\0\ntags: [\0]\n---\n<a href=\"\0\">\0</a> [x](\0)\n"));
        posts.AddBytes("content/_posts/2024-02-03-empty.md", Array.Empty<byte>());

        // The harness fails on any analyzer exception or AD0001.
        var diagnostics = AnalyzerHarness.Run(posts);
        Assert.DoesNotContain(diagnostics, d => d.GetMessage().Contains("internal error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_reported()
    {
        var diagnostics = await AnalyzeWithAGoodPost(new UnreadableText(PostSet.ProjectDir + "content/_posts/2024-01-02-gone.md"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("POST018 content/_posts/2024-01-02-gone.md(1,1)-(1,1)", AnalyzerHarness.Describe(diagnostic));
    }

    /// <summary>
    /// A fault while the site's posts are read (here a file that throws) is reported on each post as the fault it is,
    /// not as the AggregateException of the parallel read that met it.
    /// </summary>
    [Fact]
    public async Task A_fault_while_reading_the_site_is_reported_as_itself()
    {
        var diagnostics = await AnalyzeWithAGoodPost(new FaultyText(PostSet.ProjectDir + "content/_posts/2024-01-02-faulty.md"));
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Contains(": internal error of the analyzer: InvalidOperationException: the disk is gone.", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    /// <summary>The analyzer's diagnostics for a good post and <paramref name="other"/>, both marked as posts.</summary>
    private static async Task<ImmutableArray<Diagnostic>> AnalyzeWithAGoodPost(AdditionalText other)
    {
        var posts = new PostSet().Add("content/_posts/2024-01-01-tagged.md", "---\ntitle: T\n---\n");
        var files = posts.Files.Append(other).ToList();
        var provider = new TestOptionsProvider(
            posts.Properties,
            files.ToDictionary(f => f.Path, _ => new Dictionary<string, string> { ["build_metadata.AdditionalFiles.PostGeneratorKind"] = "post" }));
        var compilation = GeneratorHarness.CreateCompilation("public static class Program { }");
        return await compilation
            .WithAnalyzers([new PostGenerator.Diagnostics.PostsAnalyzer()], new AnalyzerOptions([.. files], provider))
            .GetAnalyzerDiagnosticsAsync();
    }

    private static void AssertPositions(Markup markup, Func<string, byte[]> encode)
    {
        var posts = new PostSet().Add("content/_posts/2024-01-01-tagged.md", "---\ntitle: T\n---\n").AddBytes(Path, encode(markup.Text));
        Assert.Equal(string.Join("\n", markup.Expected(Path)), string.Join("\n", AnalyzerHarness.Describe(AnalyzerHarness.Run(posts))));
    }

    private sealed class FaultyText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => throw new InvalidOperationException("the disk is gone");
    }

    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}
