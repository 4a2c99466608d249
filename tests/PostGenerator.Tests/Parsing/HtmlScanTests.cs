using PostGenerator.Parsing;
using Xunit;

namespace PostGenerator.Tests.Parsing;

/// <summary>What one pass of AngleSharp's tokenizer collects from a post's HTML.</summary>
public class HtmlScanTests
{
    [Fact]
    public void Headings_keep_level_id_and_text_without_markup()
    {
        var scan = HtmlScan.Scan("<h1 id=\"top\">A <em>b</em></h1><p>x</p><h3>C &amp; D</h3>");
        Assert.Equal([(1, "top", "A b"), (3, "", "C & D")], scan.Headings.Select(h => (h.Level, h.Id, h.Text)));
    }

    [Fact]
    public void Script_and_style_are_not_text_and_a_less_than_inside_opens_no_tag()
    {
        var scan = HtmlScan.Scan("<p>before</p><script>if (a < b) { x = '<p>'; }</script><style>p{}</style><p>after</p>");
        Assert.Equal("before after", scan.Text);
    }

    [Fact]
    public void Links_are_entity_decoded()
    {
        var scan = HtmlScan.Scan("<a href=\"/tags/%E6%8B%9C/?a=1&amp;b=2\">t</a> <a name=x>n</a> <A HREF='/up'>u</A>");
        Assert.Equal(["/tags/%E6%8B%9C/?a=1&b=2", "/up"], scan.Links.Select(l => l.Href));
    }

    [Fact]
    public void First_paragraph_skips_empty_ones_and_text_collapses_white_space()
    {
        var scan = HtmlScan.Scan("<p>&nbsp;</p>\n<p>  First\n  paragraph  </p><p>Second</p>");
        Assert.Equal("First paragraph", scan.FirstParagraph);
        Assert.Equal("First paragraph Second", scan.Text);
    }

    [Fact]
    public void Seed_like_raw_html_with_a_tweet_embed()
    {
        var scan = HtmlScan.Scan("<div><p>中文<a href=\"https://x/tag/%E6%8B%9C.html\">拜登</a>。</p><blockquote class=\"twitter-tweet\"><p>tweet</p></blockquote><p><script async src=\"w.js\"></script><p>尾</p></div>");
        Assert.Equal("中文拜登。", scan.FirstParagraph);
        Assert.Equal("中文拜登。 tweet 尾", scan.Text);
        Assert.Single(scan.Links);
    }

    /// <summary>Where a fragment of raw HTML ends, told by the probe tag after it (what MarkdownScan relies on).</summary>
    [Theory]
    [InlineData("<p>a <b>b</b></p>\n", "Clean")]
    [InlineData("<!-- closed -->", "Clean")]
    [InlineData("<script>if (a < b) {}</script>", "Clean")]
    [InlineData("<iframe src=\"x\">", "RawText")]
    [InlineData("<script async src=\"w.js\">", "RawText")]
    [InlineData("<script><!--", "Open")]
    [InlineData("<div title=\"open\n", "Open")]
    [InlineData("<!-- open\n", "Open")]
    [InlineData("<textarea>", "Open")]
    [InlineData("<?php echo 1;\n", "Open")]
    public void A_fragment_says_where_it_ended(string html, string expected)
    {
        var scan = HtmlScan.ForMarkdown(16, collectText: false);
        Assert.Equal(expected, scan.Read(html + HtmlScan.EndProbe, primed: false, out _).ToString());
    }

    [Fact]
    public void A_primed_fragment_continues_the_raw_text_an_earlier_one_left_open()
    {
        var scan = HtmlScan.ForMarkdown(16, collectText: true);
        Assert.Equal(HtmlScan.FragmentEnd.RawText, scan.Read("<p>a</p><script>" + HtmlScan.EndProbe, primed: false, out var open));
        Assert.Equal("script", open);
        Assert.Equal(HtmlScan.FragmentEnd.Clean, scan.Read("<script><p>still script</p></script><p>b</p>" + HtmlScan.EndProbe, primed: true, out _));
        scan.Finish();
        Assert.Equal("a b", scan.Text);
        Assert.Equal("a", scan.FirstParagraph);
    }

    [Fact]
    public void Words_counted_in_place_equal_words_counted_in_the_collected_text()
    {
        // Long, short after long (the kept buffer is reused), then past the size of buffer kept per thread.
        var random = new Random(11);
        var pieces = new[] { "<p>", "</p>", "<h2 id=\"x\">", "</h2>", "word ", "中文", "，", " \n ", "😀", "<br>", "<script>x y</script>", "a-b " };
        foreach (var size in new[] { 5_000, 40, 300_000, 12, 0 })
        {
            var html = new System.Text.StringBuilder();
            while (html.Length < size)
            {
                html.Append(pieces[random.Next(pieces.Length)]);
            }

            var scan = HtmlScan.Scan(html.ToString(), collectText: true, collectLinks: false);
            Assert.Equal(PostParser.CountWords(scan.RawText), scan.WordCount);
            Assert.True(size < 100 || scan.WordCount > 0);
            Assert.Equal(scan.WordCount, HtmlScan.Scan(html.ToString(), collectText: false, collectLinks: false).WordCount);
        }
    }
}
