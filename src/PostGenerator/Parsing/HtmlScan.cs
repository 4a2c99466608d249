using System.Collections.Generic;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using PostGenerator.Model;

namespace PostGenerator.Parsing;

/// <summary>
/// A link found in HTML: its target (entities decoded) and where its <c>href</c> attribute sits in the scanned text:
/// <paramref name="Position"/> is AngleSharp's offset, one past the first character of the attribute's name.
/// </summary>
internal readonly record struct HtmlLink(string Href, int Line, int Column, int Position);

/// <summary>What one pass over a post's HTML gives: headings, links, the plain text and the first paragraph.</summary>
internal sealed class HtmlScan
{
    private static readonly HashSet<string> BlockElements = new(System.StringComparer.Ordinal)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr",
        "td", "th", "section", "article", "header", "footer", "figure", "figcaption", "hr", "dt", "dd", "aside", "nav",
    };

    public List<HeadingInfo> Headings { get; } = new();

    public List<HtmlLink> Links { get; } = new();

    public string Text { get; private set; } = "";

    public string FirstParagraph { get; private set; } = "";

    /// <summary>
    /// Runs AngleSharp's tokenizer (not its tree builder: no DOM is needed, and building one costs more than the
    /// Markdown rendering itself). The tokenizer is switched into script/raw-text states the way the tree builder
    /// would, so a <c>&lt;</c> inside a script never opens a bogus tag.
    /// </summary>
    public static HtmlScan Scan(string html, bool collectText = true)
    {
        var scan = new HtmlScan();
        var text = new StringBuilder(html.Length / 2);
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        var skipDepth = 0;
        var headingLevel = 0;
        var headingId = "";
        var headingStart = 0;
        var paragraphStart = -1;

        while (true)
        {
            var token = tokenizer.Get();
            if (token.Type == HtmlTokenType.EndOfFile)
            {
                break;
            }

            switch (token.Type)
            {
                case HtmlTokenType.Character:
                    if (skipDepth == 0)
                    {
                        text.Append(token.Data);
                    }

                    break;

                case HtmlTokenType.StartTag:
                {
                    var tag = token.AsTag();
                    var name = tag.Name;
                    switch (name)
                    {
                        case "script":
                            tokenizer.State = HtmlParseMode.Script;
                            skipDepth++;
                            break;
                        case "style" or "xmp" or "iframe" or "noembed" or "noframes":
                            tokenizer.State = HtmlParseMode.Rawtext;
                            skipDepth++;
                            break;
                        case "textarea" or "title":
                            tokenizer.State = HtmlParseMode.RCData;
                            break;
                        case "plaintext":
                            tokenizer.State = HtmlParseMode.Plaintext;
                            break;
                        case "a":
                            foreach (var attribute in tag.Attributes)
                            {
                                if (attribute.Name == "href")
                                {
                                    scan.Links.Add(new HtmlLink(attribute.Value, attribute.Position.Line, attribute.Position.Column, attribute.Position.Position));
                                    break;
                                }
                            }

                            break;
                        case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                            headingLevel = name[1] - '0';
                            headingId = tag.GetAttribute("id") ?? "";
                            headingStart = text.Length;
                            break;
                        case "p" when paragraphStart < 0 && scan.FirstParagraph.Length == 0:
                            paragraphStart = text.Length;
                            break;
                    }

                    if (BlockElements.Contains(name))
                    {
                        text.Append(' ');
                    }

                    break;
                }

                case HtmlTokenType.EndTag:
                {
                    var name = token.Name;
                    switch (name)
                    {
                        case "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes":
                            if (skipDepth > 0)
                            {
                                skipDepth--;
                            }

                            break;
                        case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when headingLevel > 0 && name[1] - '0' == headingLevel:
                            scan.Headings.Add(new HeadingInfo(headingLevel, headingId, Normalize(text.ToString(headingStart, text.Length - headingStart))));
                            headingLevel = 0;
                            break;
                        case "p" when paragraphStart >= 0:
                            var paragraph = Normalize(text.ToString(paragraphStart, text.Length - paragraphStart));
                            paragraphStart = -1;
                            scan.FirstParagraph = paragraph;
                            break;
                    }

                    if (BlockElements.Contains(name))
                    {
                        text.Append(' ');
                    }

                    break;
                }
            }
        }

        if (collectText)
        {
            scan.Text = Normalize(text.ToString());
        }

        return scan;
    }

    /// <summary>Collapses runs of white space (including the no-break space of <c>&amp;nbsp;</c>) to one space.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
