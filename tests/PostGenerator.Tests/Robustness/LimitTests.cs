using System.Diagnostics;
using PostGenerator.Emitting;
using PostGenerator.Model;
using PostGenerator.Parsing;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Robustness;

/// <summary>
/// Every limit answers with a diagnostic, quickly and in bounded memory, instead of a hang or an out-of-memory; the
/// rest of the site still compiles (each case runs through the whole fuzz harness next to a good post).
/// </summary>
public class LimitTests
{
    private const string Good = "---\ntitle: Good\n---\nok\n";

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private static PostDiagnostic LimitOf(string relativePath, string text)
    {
        var clock = Stopwatch.StartNew();
        var document = RegressionTests.Parse(relativePath, text);
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed}");
        Assert.Null(document.Model);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Id == DiagnosticIds.LimitExceeded);
        RegressionTests.Survives((relativePath, text), ("content/_posts/2024-01-09-good.md", Good));
        return diagnostic;
    }

    [Fact]
    public void Billion_laughs_stops_at_the_node_limit()
    {
        var yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            yaml += $"{level}: &{level} [{string.Join(", ", Enumerable.Repeat("*" + previous, 10))}]\n";
        }

        var text = "---\ntitle: lol\n" + yaml + "---\nx\n";
        var diagnostic = LimitOf("content/_posts/2024-01-02-lol.md", text);
        Assert.Contains($"more than {YamlReader.MaxNodes} YAML nodes", diagnostic.Args[0], StringComparison.Ordinal);
        Assert.Equal('*', text[diagnostic.Start]);
    }

    [Fact]
    public void One_long_string_aliased_many_times_stops_at_the_character_limit()
    {
        // 900,000 characters aliased 1,000 times: under 1 MB of YAML and 1,002 nodes, 900 million characters expanded.
        var text = $"---\ntitle: x\nbig: &b \"{new string('x', 900_000)}\"\nmany: [{string.Join(", ", Enumerable.Repeat("*b", 1000))}]\n---\nx\n";
        var diagnostic = LimitOf("content/_posts/2024-01-02-wide.md", text);
        Assert.Contains($"more than {YamlReader.MaxChars} characters", diagnostic.Args[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_over_its_size_bound()
    {
        var text = "---\ntitle: x\nbig: " + new string('y', PostParser.MaxFrontMatterChars) + "\n---\nx\n";
        var diagnostic = LimitOf("content/_posts/2024-01-02-fm.md", text);
        Assert.Equal((0, 3), (diagnostic.Start, diagnostic.Length));
    }

    [Fact]
    public void Post_over_its_size_bound()
    {
        var text = "---\ntitle: x\n---\n" + new string('z', PostParser.MaxPostChars);
        var diagnostic = LimitOf("content/_posts/2024-01-02-big.md", text);
        Assert.Contains($"the limit is {PostParser.MaxPostChars}", diagnostic.Args[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    public void Yaml_nested_deeper_than_the_bound(string open, string close)
    {
        var depth = 10_000;
        var text = "---\ntitle: x\ndeep: " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + "\n---\nx\n";
        var diagnostic = LimitOf("content/_posts/2024-01-02-deep.md", text);
        Assert.Contains($"nested deeper than {YamlReader.MaxDepth} levels", diagnostic.Args[0], StringComparison.Ordinal);
    }

    /// <summary>
    /// Found while testing the limits: each alias nests the previous anchor 30 levels deeper, so 100 lines of shallow
    /// YAML made a value 3,000 levels deep, and binding its generated initializer overflowed the compiler's stack,
    /// which ends the compiler process. Aliases now count towards the nesting bound.
    /// </summary>
    [Fact]
    public void A_chain_of_aliases_nested_deeper_than_the_bound()
    {
        var yaml = "l0: &l0 x\n" + string.Concat(Enumerable.Range(1, 100).Select(k => $"l{k}: &l{k} {new string('[', 30)}*l{k - 1}{new string(']', 30)}\n"));
        var diagnostic = LimitOf("content/_posts/2024-01-02-chain.md", "---\ntitle: x\n" + yaml + "---\nx\n");
        Assert.Contains($"nested deeper than {YamlReader.MaxDepth} levels (aliases included)", diagnostic.Args[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_nested_exactly_to_the_bound_compiles()
    {
        // The root map is level 0 and 'deep' its value at level 1: 63 more lists reach the bound.
        var inner = YamlReader.MaxDepth - 1;
        var text = $"---\ntitle: x\nshallow: &s [[1]]\ndeep: {new string('[', inner - 2)}*s{new string(']', inner - 2)}\nflat: {new string('[', inner)}1{new string(']', inner)}\n---\nx\n";
        var document = RegressionTests.Parse("content/_posts/2024-01-02-edge.md", text);
        Assert.Empty(document.Diagnostics);
        RegressionTests.Survives(("content/_posts/2024-01-02-edge.md", text));
    }

    [Fact]
    public void Block_yaml_nested_deeper_than_the_bound()
    {
        var yaml = string.Concat(Enumerable.Range(0, 200).Select(d => new string(' ', d) + "k:\n")) + new string(' ', 200) + "v\n";
        var diagnostic = LimitOf("content/_posts/2024-01-02-block.md", "---\ntitle: x\n" + yaml + "---\nx\n");
        Assert.Contains("nested deeper", diagnostic.Args[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_nested_deeper_than_Markdig_renders()
    {
        var diagnostic = LimitOf("content/_posts/2024-01-02-quotes.md", "---\ntitle: x\n---\n" + new string('>', 100_000) + " x\n");
        Assert.Contains("cannot be rendered", diagnostic.Args[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_megabyte_of_equal_headings_is_refused_quickly()
    {
        // Markdig's heading ids de-duplicate in quadratic time: 250,000 "# a" lines would take hours.
        var clock = Stopwatch.StartNew();
        var diagnostic = LimitOf("content/_posts/2024-01-02-headings.md", "---\ntitle: x\n---\n" + string.Concat(Enumerable.Repeat("# a\n", 250_000)));
        Assert.Contains("more than 2000 heading lines", diagnostic.Args[0], StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Unclosed_link_openers_past_the_bound_are_refused_before_Markdig_parses_them()
    {
        // Markdig reads every unclosed "](" to the end of its paragraph: 40,000 of them (200 KB) took 8 s, quadratic.
        // Refused on the bound, so Markdig never sees them: the diagnostic names the bound, not a render failure.
        var diagnostic = LimitOf("content/_posts/2024-01-02-links.md", "---\ntitle: x\n---\n" + string.Concat(Enumerable.Repeat("[a](b", 40_000)));
        Assert.Contains("40000 link openers", diagnostic.Args[0], StringComparison.Ordinal);
        Assert.Contains("exceed 1,000,000,000", diagnostic.Args[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Few_link_openers_in_one_long_line_are_refused_too()
    {
        // 2,000 openers, each followed by 1,000 characters without a space: 2 MB in one line, about 4 s in Markdig. A
        // bound on the number of openers alone would let this through, and 10,000 of them in a 16 MB line take minutes.
        var diagnostic = LimitOf("content/_posts/2024-01-02-long-line.md", "---\ntitle: x\n---\n" + string.Concat(Enumerable.Repeat("[a](" + new string('b', 1000), 2000)));
        Assert.Contains("2000 link openers", diagnostic.Args[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Many_links_in_their_own_paragraphs_render(string newLine)
    {
        // 30,000 links: far more openers than the unclosed ones refused above, but each paragraph short.
        var links = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"[link {i}](/p/{i}) and [b](/q/{i}){newLine}{newLine}"));
        var document = RegressionTests.Parse("content/_posts/2024-01-02-many-links.md", "---\ntitle: x\n---\n" + links);
        Assert.NotNull(document.Model);
        Assert.Equal(4 * 30_000, document.Model!.WordCount);
    }

    [Fact]
    public void Headings_up_to_the_bound_and_long_lists_render()
    {
        var headings = string.Concat(Enumerable.Range(0, MarkdownRenderer.MaxHeadingLines).Select(i => "## Same\n"));
        var list = string.Concat(Enumerable.Range(0, 5000).Select(i => $"- item {i}\n"));
        var document = RegressionTests.Parse("content/_posts/2024-01-02-many.md", "---\ntitle: x\n---\n" + headings + "\n" + list + "\nText\n");
        Assert.NotNull(document.Model);
        Assert.Equal(MarkdownRenderer.MaxHeadingLines, document.Model!.Headings.Count);
        Assert.Equal("same-1999", document.Model.Headings[^1].Id);
    }

    [Fact]
    public void Html_nested_a_hundred_thousand_deep_is_read_in_one_pass()
    {
        var text = "---\ntitle: divs\n---\n" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 100_000));
        var clock = Stopwatch.StartNew();
        RegressionTests.Survives(("content/_posts/2024-01-02-divs.html", text));
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed}");
    }

    [Fact]
    public void Ten_thousand_tags_on_one_post()
    {
        var text = "---\ntitle: x\ntags: [" + string.Join(", ", Enumerable.Range(0, 10_000).Select(i => "t" + i)) + "]\n---\nx\n";
        var document = RegressionTests.Parse("content/_posts/2024-01-02-tags.md", text);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticIds.WrongShape, diagnostic.Id);
        Assert.Contains($"at most {PostParser.MaxTagsPerPost} tags", diagnostic.Args[1], StringComparison.Ordinal);
        Assert.Equal(text.IndexOf('[', StringComparison.Ordinal), diagnostic.Start);
        Assert.Null(document.Model);
        RegressionTests.Survives(("content/_posts/2024-01-02-tags.md", text), ("content/_posts/2024-01-09-good.md", Good));
    }

    /// <summary>
    /// 100 posts of 1,000 distinct tags each: 100,000 tags across the site, five times the bound. The site compiles,
    /// the Tags class has no constants (so the build does not grow with the tags), <c>Tags.All</c> still has all of
    /// them, and the analyzer reports POST019 once, at the tags of the post that crossed the bound.
    /// </summary>
    [Fact]
    public void A_hundred_thousand_tags_across_a_site()
    {
        var posts = new PostSet();
        var cases = new List<FuzzCase>();
        for (var p = 0; p < 100; p++)
        {
            var text = $"---\ntitle: P{p}\ntags: [{string.Join(", ", Enumerable.Range(0, 1000).Select(t => $"t{p:D3}-{t:D4}"))}]\n---\nx\n";
            var path = $"content/_posts/2024-01-02-p{p:D3}.md";
            posts.Add(path, text);
            cases.Add(new FuzzCase((ulong)p, "limit", path, null, text, "post", FuzzCase.NoExpectations));
        }

        var clock = Stopwatch.StartNew();
        var failures = FuzzHarness.RunBatch(cases, SiteSettings.Default, new FuzzStats());
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"took {clock.Elapsed}");

        var (result, assembly) = GeneratorHarness.RunAndLoad(posts);
        Assert.DoesNotContain("public const string", result.Source("Tags.g.cs"), StringComparison.Ordinal);
        var all = (IReadOnlyList<string>)assembly.GetType("Blog.Tags")!.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(100_000, all.Count);
        Assert.Equal(all.Order(StringComparer.Ordinal), all);

        var diagnostics = PostGenerator.Tests.Diagnostics.AnalyzerHarness.Run(posts);
        var limit = Assert.Single(diagnostics, d => d.Id == DiagnosticIds.SiteLimitExceeded);
        var crossing = (PostParser.MaxTermsPerSite / 1000) + 1;
        Assert.EndsWith($"-p{crossing - 1:D3}.md", limit.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(2, 6), limit.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void At_the_bound_every_tag_keeps_its_constant()
    {
        var terms = Enumerable.Range(0, PostParser.MaxTermsPerSite).Select(i => "t" + i).ToList();
        var index = IndexEmitter.BuildTermIndex("Blog", "Tags", terms);
        Assert.False(index.Overflow);
        Assert.Equal(PostParser.MaxTermsPerSite, index.Terms.Count);
        Assert.True(IndexEmitter.BuildTermIndex("Blog", "Tags", terms.Append("one more")).Overflow);
    }
}
