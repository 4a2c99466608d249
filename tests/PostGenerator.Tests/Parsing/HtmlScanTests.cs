using PostGenerator.Parsing;
using Xunit;

namespace PostGenerator.Tests.Parsing;

/// <summary>
/// The fast HTML reader must read every document it accepts exactly as AngleSharp's tokenizer does (text, first
/// paragraph, headings, links with their positions), and hand the rest to AngleSharp.
/// </summary>
public class HtmlScanTests
{
    /// <summary>Pieces that are easy to get wrong: references, attribute shapes, comments, raw text, stray '&lt;'.</summary>
    private static readonly string[] Pieces =
    [
        "text ", "中文，标点。", " ", "\n", "\t", "  \n  ", "a < b", "x<3", "<", "&", "&&", "& ", "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;",
        "&copy;", "&copy", "&notit;", "&amp", "&bogus;", "&#8617;", "&#x1F600;", "&#0;", "&#128;", "&#xD800;", "&#65;", "&#;", "&#x;",
        "<p>", "</p>", "</p >", "<P>", "<br>", "<br/>", "<br />", "<hr/>", "<h2>", "</h2>", "<h2 id=\"x\">", "<h3 id='y z'>", "</h3>",
        "<H2 ID=Top>", "<h1 id=\"a\" id=\"b\">", "<div>", "</div>", "<div class=\"c\" data-x='1'>", "</ div>", "</>", "</ p>",
        "<a href=\"/tags/%E6%8B%9C/\">", "<a href='/x'>", "<a href=/bare>", "<a href=\"?a=1&b=2\">", "<a href=\"?a=1&copy=2\">",
        "<a href=\"&copyx;\">", "<a href=\"x&amp;y\">", "<a href=\"&#8617;\">", "<a\thref=\"t\">", "<a\nhref=\"n\">", "<a id=i href=h>",
        "<A HREF=\"UP\">", "<a href=x href=y>", "<a href>", "<a href=\"\">", "<a name=\"n\">", "</a>", "<a href=\"q\"title=\"t\">",
        "<img src=x alt=\"a b\">", "<input disabled type=\"checkbox\" />", "<x-y>", "</x-y>", "<my:tag>", "<a b=c=d>", "<a b=`c`>",
        "<!-- c -->", "<!---->", "<!-->", "<!--->", "<!-- a -- b -->", "<!-- x --!>", "<!-- <!-- -->", "<!DOCTYPE html>", "<![CDATA[x]]>", "<?xml?>",
        "<script>if (a < b) {}</script>", "<script src=\"s.js\"></script>", "<script><!-- x --></script>", "<SCRIPT>x</SCRIPT >",
        "<style>p { color: red }</style>", "<textarea>t</textarea>", "<title>T</title>", "<iframe src=\"f\"></iframe>",
        "<pre><code>x &lt; y</code></pre>", "<table><tr><td>c</td></tr></table>", "<li>", "</li>", "<em>e</em>", "<strong>s</strong>",
        "\r\n", "\0", "<", ">", "\"", "'", "=", "é", "😀",
    ];

    [Fact]
    public void Fast_reader_agrees_with_AngleSharp_on_random_documents()
    {
        var random = new Random(6);
        var accepted = 0;
        for (var n = 0; n < 40_000; n++)
        {
            var count = random.Next(1, 14);
            var html = string.Concat(Enumerable.Range(0, count).Select(_ => Pieces[random.Next(Pieces.Length)]));
            accepted += AssertSame(html) ? 1 : 0;
        }

        // Most documents must take the fast path, or it is not worth having.
        Assert.True(accepted > 5_000, $"only {accepted} documents read fast");
    }

    [Fact]
    public void Fast_reader_agrees_with_AngleSharp_on_the_content_folder_rendered_and_raw()
    {
        var accepted = 0;
        var total = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "content"), "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (var html in new[] { text, MarkdownRenderer.Render(text, "default") })
            {
                total++;
                accepted += AssertSame(html) ? 1 : 0;
            }
        }

        // Everything Markdig writes from our posts is read fast.
        Assert.True(accepted >= total / 2, $"{accepted} of {total} read fast");
    }

    [Fact]
    public void Scan_falls_back_to_AngleSharp_for_what_it_does_not_read()
    {
        const string html = "<p>a &copy b</p><textarea>&lt;p&gt;</textarea>";
        Assert.Null(FastHtmlReader.TryScan(html, collectText: true));
        Assert.Equal(Describe(HtmlScan.ScanWithAngleSharp(html)), Describe(HtmlScan.Scan(html)));
    }

    /// <summary>Compares the two readers on <paramref name="html"/>; false when the fast one gave up.</summary>
    private static bool AssertSame(string html)
    {
        var fast = FastHtmlReader.TryScan(html, collectText: true);
        if (fast is null)
        {
            return false;
        }

        Assert.True(Describe(HtmlScan.ScanWithAngleSharp(html)) == Describe(fast), "differs on: " + html);
        return true;
    }

    private static string Describe(HtmlScan scan) =>
        "text[" + scan.Text + "] first[" + scan.FirstParagraph + "] headings[" + string.Join("|", scan.Headings) + "] links[" + string.Join("|", scan.Links) + "]";
}
