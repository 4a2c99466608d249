using System.Text;
using CsCheck;
using PostGenerator.Benchmarks;
using PostGenerator.Model;
using PostGenerator.Parsing;
using PostGenerator.Tests.Infrastructure;
using PostGenerator.Tests.Robustness;
using Xunit;
using Xunit.Abstractions;

namespace PostGenerator.Tests.Parsing;

/// <summary>
/// The scan taken from Markdig's syntax tree (<see cref="MarkdownScan"/>) against the scan of the rendered HTML with
/// AngleSharp's tokenizer (<see cref="HtmlScan.Scan"/>, what the parser did before, and still does for .html posts):
/// headings (level, id, text), the first paragraph (the excerpt), the text and its word count must be the same.
/// <para>
/// Where the tree cannot say what the HTML scan reads, the tree walk gives up (<see cref="MarkdownScan.TryScan"/>
/// returns null) and the parser scans the rendered HTML, as before: raw HTML that ends inside a tag, a comment or a
/// <c>&lt;textarea&gt;</c> and so swallows the Markdown after it (an HTML block that opens a comment inside a block quote
/// and the paragraph after the quote that closes it), a U+FFFF (which AngleSharp reads as U+FFFD), an extension renderer
/// the walk does not replay. The result is then the old one by construction, so the corner keeps the old answer (which is
/// also what a browser shows: the Markdown after an unclosed comment is part of the comment) and stays deterministic.
/// The real and benchmark posts below must take the tree path every time; generated posts may fall back, and how
/// often they do is printed.
/// </para>
/// </summary>
public class MarkdownScanTests(ITestOutputHelper output)
{
    private static readonly string[] Pipelines = ["default", "advanced", "commonmark"];

    [Fact]
    public void Sample_and_Jekyll_posts_take_the_tree_path_and_match_the_html_scan()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "content", "_posts"))
            .Concat(Directory.GetFiles(PostSet.TestData("JekyllNews/_posts")))
            .Concat(Directory.GetFiles(PostSet.TestData("Jekyll/site"), "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".markdown", StringComparison.Ordinal)))
            .Concat(Directory.GetFiles(PostSet.TestData("Robustness/Corpus")))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 200, $"{files.Count} files");
        var tally = new Tally();
        foreach (var file in files)
        {
            foreach (var pipeline in Pipelines)
            {
                tally.Add(Compare(Body(File.ReadAllText(file)), pipeline), file + " [" + pipeline + "]");
            }
        }

        output.WriteLine(tally.ToString());
        tally.AssertNoMismatch();
        Assert.Equal(0, tally.FellBack);
    }

    [Fact]
    public void Benchmark_corpus_takes_the_tree_path_and_matches_the_html_scan()
    {
        var tally = new Tally();
        foreach (var post in CorpusMaker.Make(2000, seed: 7))
        {
            tally.Add(Compare(Body(post.Text), "default"), post.RelativePath);
        }

        output.WriteLine(tally.ToString());
        tally.AssertNoMismatch();
        Assert.Equal(2000, tally.Tree);
    }

    /// <summary>The robustness harness's own cases (structured posts and mutations of the sample posts), bodies only.</summary>
    [Fact]
    public void Fuzz_cases_match_the_html_scan()
    {
        var tally = new Tally();
        foreach (var fuzzCase in CaseStream.Cases(0x5CA11ED0UL, 1500))
        {
            var text = fuzzCase.Text ?? Encoding.UTF8.GetString(fuzzCase.Bytes!);
            var pipeline = Pipelines[(int)(fuzzCase.Seed % (ulong)Pipelines.Length)];
            tally.Add(Compare(Body(text), pipeline), fuzzCase + " [" + pipeline + "]");
        }

        output.WriteLine(tally.ToString());
        tally.AssertNoMismatch();
    }

    /// <summary>Documents built from the constructs where the two scans could part: raw HTML cut across blocks, tight lists, images, entities.</summary>
    [Fact]
    public void Generated_corner_documents_match_the_html_scan()
    {
        var tally = new Tally();
        foreach (var pipeline in Pipelines.Concat(["pipetables+footnotes+hardlinebreak", "medialinks+diagrams+emphasisextras"]))
        {
            var pcg = new PCG(11, 0xC0FFEE);
            var before = tally.FellBack;
            for (var i = 0; i < 1200; i++)
            {
                var markdown = CornerDocuments.Document(pcg);
                tally.Add(Compare(markdown, pipeline), $"document {i} [{pipeline}]: {FuzzCase.Escape(markdown)}");
            }

            output.WriteLine($"{pipeline}: {tally.FellBack - before} of 1200 by the HTML scan");
        }

        output.WriteLine(tally.ToString());
        tally.AssertNoMismatch();
        Assert.True(tally.Tree > tally.FellBack * 2, tally.ToString());
    }

    /// <summary>Corners the walk follows (true), and corners it leaves to the HTML scan (false), both with the same result.</summary>
    [Theory]
    [InlineData("Text <iframe src=\"https://v.example/1\"></iframe> after.\n\n## Next\n\nMore.", true)]
    [InlineData("Text <script src=\"x.js\">\n\n# Not a heading to the HTML scan\n\n</script> after.", true)]
    [InlineData("<script>\nif (a < b) {}\n</script>\n\nAfter **the** script.", true)]
    [InlineData("- a\n  <!-- c -->b\n- c", true)]
    [InlineData("x ![a\n<b>](y)\nc", true)]
    [InlineData("x ![a\n<b>](y \"title\")\nc", true)]
    [InlineData("Footnote[^1].\n\n[^1]: note *one*\n\n    more\n", true)]
    [InlineData("| a | b |\n|---|:-:|\n| c<br>d | `e` |\n\n- [ ] task\n- [x] done", true)]
    [InlineData("Setext *heading*\n===\n\n&nbsp;\n\nFirst &amp; real paragraph.", true)]
    [InlineData("# A <em>b</em> `c`\n\n<h2 id=\"raw\">Raw <b>heading</b></h2>\n\n<p>raw paragraph</p>", true)]
    [InlineData("> <!-- a comment the quote leaves open\n\nAfter the quote, inside the comment -->\n\n# Heading", false)]
    [InlineData("<div title=\"unclosed\n\n# Read as part of the attribute\n\nby the HTML scan\"></div>", false)]
    [InlineData("<textarea>\n\nx\n</textarea>\n\nText <textarea>\n\n**bold**\n\n</textarea>", false)]
    [InlineData("a \uFFFF b\n\n# Heading \uFFFF", false)]
    public void Corners(string markdown, bool treePath)
    {
        var (fast, mismatch) = Compare(markdown, "default");
        Assert.Null(mismatch);
        Assert.Equal(treePath, fast);
    }

    [Fact]
    public void An_extension_the_walk_does_not_replay_falls_back()
    {
        var (fast, mismatch) = Compare("Math $x^2$ and\n\n::: warning\nboxed\n:::\n", "advanced");
        Assert.Null(mismatch);
        Assert.False(fast);
    }

    [Fact]
    public void Deep_nesting_is_walked_without_recursion()
    {
        // As deep as Markdig renders (its renderer refuses past 128 levels): quotes in lists in emphasis.
        var markdown = string.Concat(Enumerable.Range(0, 60).Select(i => new string(' ', i * 2) + "- > *x* " + i + "\n"));
        var (fast, mismatch) = Compare(markdown, "default");
        Assert.Null(mismatch);
        Assert.True(fast);
    }

    /// <summary>Both scans of one body; (tree path taken, first difference or null). Bodies Markdig refuses compare nothing.</summary>
    internal static (bool Fast, string? Mismatch) Compare(string markdown, string extensions)
    {
        string html;
        Markdig.Syntax.MarkdownDocument document;
        try
        {
            document = MarkdownRenderer.Parse(markdown, extensions);
            html = MarkdownRenderer.Render(markdown, extensions);
        }
        catch (ArgumentException)
        {
            return (true, null);
        }

        var full = HtmlScan.Scan(html, collectText: true, collectLinks: false);
        var tree = MarkdownScan.TryScan(document, markdown, MarkdownRenderers.For(MarkdownRenderer.Pipeline(extensions)), collectText: true);
        if (tree is null)
        {
            return (false, null);
        }

        string? mismatch = null;
        if (!tree.Headings.SequenceEqual(full.Headings))
        {
            mismatch = $"headings: {Show(tree.Headings)} against {Show(full.Headings)}";
        }
        else if (tree.FirstParagraph != full.FirstParagraph)
        {
            mismatch = $"first paragraph: '{FuzzCase.Escape(tree.FirstParagraph)}' against '{FuzzCase.Escape(full.FirstParagraph)}'";
        }
        else if (tree.Text != full.Text)
        {
            mismatch = $"text: '{FuzzCase.Escape(tree.Text)}' against '{FuzzCase.Escape(full.Text)}'";
        }
        else if (PostParser.CountWords(tree.RawText) != PostParser.CountWords(full.RawText))
        {
            mismatch = $"words: {PostParser.CountWords(tree.RawText)} against {PostParser.CountWords(full.RawText)}";
        }

        return (true, mismatch is null ? null : mismatch + "\n    html: " + FuzzCase.Escape(html));
    }

    private static string Show(List<HeadingInfo> headings) =>
        "[" + string.Join(", ", headings.Select(h => $"h{h.Level}#{FuzzCase.Escape(h.Id)} '{FuzzCase.Escape(h.Text)}'")) + "]";

    /// <summary>The body as the parser renders it: after the front matter, <c>post_url</c> tags replaced.</summary>
    private static string Body(string text)
    {
        var split = FrontMatterSplitter.Split(text);
        var body = split.Status == FrontMatterStatus.Found ? text.Substring(split.BodyStart) : text;
        return PostParser.PostUrlTag.Replace(body, m => PostParser.PostUrlScheme + m.Groups["name"].Value);
    }

    private sealed class Tally
    {
        private readonly List<string> _mismatches = new();

        public int Tree { get; private set; }

        public int FellBack { get; private set; }

        public void Add((bool Fast, string? Mismatch) result, string what)
        {
            if (result.Fast)
            {
                Tree++;
            }
            else
            {
                FellBack++;
            }

            if (result.Mismatch is not null)
            {
                _mismatches.Add(what + "\n    " + result.Mismatch);
            }
        }

        public void AssertNoMismatch() =>
            Assert.True(_mismatches.Count == 0, $"{_mismatches.Count} mismatches:\n" + string.Join("\n", _mismatches.Take(10)));

        public override string ToString() => $"{Tree} bodies scanned from the tree, {FellBack} by the HTML scan, {_mismatches.Count} mismatches";
    }
}

/// <summary>Random Markdown made of the constructs where a tree walk and an HTML scan could disagree.</summary>
internal static class CornerDocuments
{
    private static readonly string[] Words = ["alpha", "beta", "中文", "拜登", "。", "x", "a-b", "C#", "1.5", "’s", "\u00A0", "&", "<", ">", "\""];

    private static readonly string[] InlineHtml =
    [
        "<b>", "</b>", "<br>", "<br/>", "<p>", "</p>", "<h2 id=\"raw\">", "</h2>", "<h3>", "</h3>", "<span class=\"x\">", "</span>",
        "<script>", "</script>", "<script src=\"x.js\">", "<style>", "</style>", "<iframe src=\"https://v.example/\">", "</iframe>",
        "<!-- note -->", "<!---->", "<?php echo 1; ?>", "<![CDATA[ a > b ]]>", "<!DOCTYPE html>", "<div>", "</div>", "<li>", "</li>",
        "<xmp>", "</xmp>", "<a href=\"/x\">", "</a>",
    ];

    /// <summary>Inline HTML after which the HTML scan reads the Markdown output as text: the walk leaves these to it.</summary>
    private static readonly string[] SwallowingInlineHtml = ["<textarea>", "</textarea>", "<title>", "</title>", "<plaintext>"];

    private static readonly string[] HtmlBlocks =
    [
        "<div>\n<p>raw <a href=\"/t/\">tag</a> text</p><p>second</p>\n</div>",
        "<div class=\"a\">\n\n*markdown inside*\n\n</div>",
        "<script>\nvar a = '</p>' < 1;\n</script>",
        "<script async src=\"w.js\"></script>",
        "<style>\np { color: red }\n</style>",
        "<textarea>\n<b>kept</b> text\n</textarea>",
        "<pre>\n<code>a < b</code>\n</pre>",
        "<!-- a comment -->",
        "<span>alone on its line</span>",
        "<iframe src=\"https://v.example/\">",
        "</iframe>",
        "<h1 id=\"x\">raw</h1>",
        "<h2>raw heading <em>with</em> markup</h2>",
        "<p>raw first paragraph</p>",
        "<?xml version=\"1.0\"?>",
        "<!DOCTYPE html>",
        "<![CDATA[\ndata > here\n]]>",
        "<table><tr><td>cell</td></tr></table>",
        "<details>\n<summary>more</summary>\n\ntext\n\n</details>",
    ];

    /// <summary>HTML blocks that end inside a comment or a tag, so the HTML scan reads what follows as part of it.</summary>
    private static readonly string[] SwallowingHtmlBlocks = ["<!-- an unclosed comment", "<div title=\"unclosed", "<p class='a"];

    public static string Document(PCG pcg)
    {
        var builder = new StringBuilder();
        var blocks = 1 + (int)pcg.Next(10);
        for (var i = 0; i < blocks; i++)
        {
            builder.Append(Block(pcg, 0));
            builder.Append(Pick(pcg, ["\n\n", "\n\n", "\n", "\r\n\r\n", "\n\n\n"]));
        }

        return builder.ToString();
    }

    private static string Block(PCG pcg, int depth)
    {
        switch (pcg.Next(depth > 2 ? 9u : 14u))
        {
            case 0:
                return new string('#', 1 + (int)pcg.Next(6)) + " " + Inlines(pcg);
            case 1:
                return Inlines(pcg) + "\n" + Pick(pcg, ["===", "---"]);
            case 2:
                return Pick(pcg, pcg.Next(10) == 0 ? SwallowingHtmlBlocks : HtmlBlocks);
            case 3:
            {
                var fence = Pick(pcg, ["```", "~~~", "```csharp", "```mermaid", ""]);
                return fence.Length == 0
                    ? "    code " + Inlines(pcg) + "\n    more"
                    : fence + "\n" + Inlines(pcg) + "\n" + Pick(pcg, ["<b>", "&amp;", "</code>"]) + "\n" + fence[..3];
            }

            case 4:
                return "| a | b |\n|---|:-:|\n| " + Inlines(pcg).Replace("|", "\\|") + " | " + Pick(pcg, Words) + " |";
            case 5:
                return "Note[^" + pcg.Next(3) + "] " + Inlines(pcg) + "\n\n[^" + pcg.Next(3) + "]: " + Inlines(pcg);
            case 6:
                return Pick(pcg, ["***", "---", "* * *"]);
            case 7:
                return "[ref]: /target \"title\"\n\n[ref] and [ref][] " + Inlines(pcg);
            case 8:
                return Inlines(pcg);
            case 9:
            case 10:
            {
                // Lists, tight or loose, whose items hold paragraphs, HTML blocks, code, nested lists.
                var loose = pcg.Next(3) == 0;
                var marker = Pick(pcg, ["- ", "* ", "1. ", "- [ ] ", "- [x] "]);
                var items = new StringBuilder();
                var count = 1 + (int)pcg.Next(4);
                for (var i = 0; i < count; i++)
                {
                    items.Append(marker).Append(Indent(Block(pcg, depth + 1), marker.Length)).Append(loose ? "\n\n" : "\n");
                    if (pcg.Next(3) == 0)
                    {
                        items.Append(new string(' ', marker.Length)).Append(Indent(Block(pcg, depth + 1), marker.Length)).Append('\n');
                    }
                }

                return items.ToString().TrimEnd('\n');
            }

            case 11:
            case 12:
                return "> " + Block(pcg, depth + 1).Replace("\n", "\n> ");
            default:
                return Inlines(pcg) + "\n" + Pick(pcg, HtmlBlocks);
        }
    }

    private static string Indent(string block, int width) => block.Replace("\n", "\n" + new string(' ', width));

    private static string Inlines(PCG pcg)
    {
        var builder = new StringBuilder();
        var count = 1 + (int)pcg.Next(8);
        for (var i = 0; i < count; i++)
        {
            builder.Append(pcg.Next(14) switch
            {
                0 => "*" + Pick(pcg, Words) + "*",
                1 => "**" + Pick(pcg, Words) + "，**后",
                2 => "`" + Pick(pcg, Words) + " < b`",
                3 => "[" + Pick(pcg, Words) + "](/x \"t\")",
                4 => "![" + (pcg.Next(6) == 0 ? Pick(pcg, ["a\n" + Pick(pcg, InlineHtml), "![in](x)"]) : Pick(pcg, ["alt", "*em*", "a\nb", "`c`"])) + "](" + Pick(pcg, ["y.png", "https://www.youtube.com/watch?v=abc", "v.mp4"]) + Pick(pcg, ["", " \"title\""]) + ")",
                5 => Pick(pcg, pcg.Next(10) == 0 ? SwallowingInlineHtml : InlineHtml),
                6 => pcg.Next(20) == 0 ? "&#xFFFF;" : Pick(pcg, ["&amp;", "&lt;", "&nbsp;", "&#0;", "&#x1F600;", "&copy;", "&bogus;"]),
                7 => Pick(pcg, ["  \n", "\\\n", "\n"]),
                8 => Pick(pcg, ["<http://a.b/c>", "<me@x.y>", "www.example.com", "https://example.com/p"]),
                9 => "~~" + Pick(pcg, Words) + "~~",
                _ => Pick(pcg, Words),
            });
            builder.Append(pcg.Next(4) == 0 ? "" : " ");
        }

        return builder.ToString().TrimEnd();
    }

    private static string Pick(PCG pcg, string[] values) => values[pcg.Next((uint)values.Length)];
}
