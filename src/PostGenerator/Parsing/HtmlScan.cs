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

    private readonly StringBuilder _text;
    private int _skipDepth;
    private int _headingLevel;
    private string _headingId = "";
    private int _headingStart;
    private int _paragraphStart = -1;

    private HtmlScan(int capacity, bool collectLinks)
    {
        _text = new StringBuilder(capacity);
        CollectsLinks = collectLinks;
    }

    /// <summary>False when the caller needs no links (the generator): then none are read, and no positions computed.</summary>
    internal bool CollectsLinks { get; }

    public List<HeadingInfo> Headings { get; } = new();

    public List<HtmlLink> Links { get; } = new();

    public string Text { get; private set; } = "";

    public string FirstParagraph { get; private set; } = "";

    /// <summary>
    /// The text as collected, white space not yet collapsed. <see cref="PostParser.CountWords"/> treats a run of
    /// white space as <see cref="Normalize"/> does, so counting words here gives the same number without normalizing.
    /// </summary>
    public string RawText => _text.ToString();

    /// <summary>
    /// One pass of AngleSharp's tokenizer (not its tree builder: no DOM is needed, and building one costs more than the
    /// Markdown rendering itself). The tokenizer is switched into script and raw-text states the way the tree builder
    /// would, so a <c>&lt;</c> inside a script never opens a bogus tag.
    /// </summary>
    public static HtmlScan Scan(string html, bool collectText = true, bool collectLinks = true)
    {
        var scan = new HtmlScan(html.Length / 2, collectLinks);
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
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
                    scan.OnText(token.Data);
                    break;

                case HtmlTokenType.StartTag:
                {
                    var tag = token.AsTag();
                    string? href = null;
                    var line = 0;
                    var column = 0;
                    var position = 0;
                    if (tag.Name == "a" && scan.CollectsLinks)
                    {
                        foreach (var attribute in tag.Attributes)
                        {
                            if (attribute.Name == "href")
                            {
                                (href, line, column, position) = (attribute.Value, attribute.Position.Line, attribute.Position.Column, attribute.Position.Position);
                                break;
                            }
                        }
                    }

                    switch (scan.OnStartTag(tag.Name, href, line, column, position, tag.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? tag.GetAttribute("id") : null))
                    {
                        case ContentMode.Script:
                            tokenizer.State = HtmlParseMode.Script;
                            break;
                        case ContentMode.Rawtext:
                            tokenizer.State = HtmlParseMode.Rawtext;
                            break;
                        case ContentMode.RCData:
                            tokenizer.State = HtmlParseMode.RCData;
                            break;
                        case ContentMode.Plaintext:
                            tokenizer.State = HtmlParseMode.Plaintext;
                            break;
                    }

                    break;
                }

                case HtmlTokenType.EndTag:
                    scan.OnEndTag(token.Name);
                    break;
            }
        }

        scan.Finish(collectText);
        return scan;
    }

    /// <summary>How the content after a start tag is tokenized, as the HTML tree builder would switch it.</summary>
    internal enum ContentMode
    {
        Data,
        Script,
        Rawtext,
        RCData,
        Plaintext,
    }

    internal void OnText(string data)
    {
        if (_skipDepth == 0)
        {
            _text.Append(data);
        }
    }

    internal void OnText(string html, int start, int length)
    {
        if (_skipDepth == 0)
        {
            _text.Append(html, start, length);
        }
    }

    internal void OnText(char c)
    {
        if (_skipDepth == 0)
        {
            _text.Append(c);
        }
    }

    /// <summary>A start tag: <paramref name="href"/> is the first <c>href</c> of an <c>a</c>, <paramref name="id"/> the first <c>id</c> of a heading.</summary>
    internal ContentMode OnStartTag(string name, string? href, int line, int column, int position, string? id)
    {
        var mode = ContentMode.Data;
        switch (name)
        {
            case "script":
                mode = ContentMode.Script;
                _skipDepth++;
                break;
            case "style" or "xmp" or "iframe" or "noembed" or "noframes":
                mode = ContentMode.Rawtext;
                _skipDepth++;
                break;
            case "textarea" or "title":
                mode = ContentMode.RCData;
                break;
            case "plaintext":
                mode = ContentMode.Plaintext;
                break;
            case "a":
                if (href is not null && CollectsLinks)
                {
                    Links.Add(new HtmlLink(href, line, column, position));
                }

                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                _headingLevel = name[1] - '0';
                _headingId = id ?? "";
                _headingStart = _text.Length;
                break;
            case "p" when _paragraphStart < 0 && FirstParagraph.Length == 0:
                _paragraphStart = _text.Length;
                break;
        }

        if (BlockElements.Contains(name))
        {
            _text.Append(' ');
        }

        return mode;
    }

    internal void OnEndTag(string name)
    {
        switch (name)
        {
            case "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes":
                if (_skipDepth > 0)
                {
                    _skipDepth--;
                }

                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when _headingLevel > 0 && name[1] - '0' == _headingLevel:
                Headings.Add(new HeadingInfo(_headingLevel, _headingId, Normalize(_text.ToString(_headingStart, _text.Length - _headingStart))));
                _headingLevel = 0;
                break;
            case "p" when _paragraphStart >= 0:
                var paragraph = Normalize(_text.ToString(_paragraphStart, _text.Length - _paragraphStart));
                _paragraphStart = -1;
                FirstParagraph = paragraph;
                break;
        }

        if (BlockElements.Contains(name))
        {
            _text.Append(' ');
        }
    }

    private void Finish(bool collectText)
    {
        if (collectText)
        {
            Text = Normalize(_text.ToString());
        }
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
