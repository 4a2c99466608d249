using System.Globalization;
using System.Text;
using CsCheck;

namespace PostGenerator.Tests.Robustness;

/// <summary>
/// Structure-aware posts: random YAML front matter of every kind (scalar styles, flow and block collections,
/// anchors and aliases, tags, document markers, tabs, odd indentation, huge keys), random Markdown and raw HTML
/// bodies, random encodings and random file names. Values written as double-quoted scalars with every special
/// character escaped are recorded in <see cref="FuzzCase.Expected"/>: the parser has to give them back exactly.
/// </summary>
public sealed class StructuredPostGen : Gen<FuzzCase>
{
    /// <summary>Characters that break things: every quote and comment of C#, line breaks of every kind, NUL, bidi, surrogates.</summary>
    private static readonly string[] Hostile =
    {
        "\"", "\\", "\"\"\"", "{", "}", "{{", "}}", "*/", "/*", "//", "///", "#", "#if DEBUG", "#endif", "#error x", "#pragma warning disable",
        "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u000B", "\u000C", "\0", "\t", "\u202E", "\u202D", "\u2066", "\u200F", "\u200B",
        "\uFEFF", "\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "😀", "\U0001F9D1\u200D\U0001F4BB", "e\u0301", "中文", "白宫发拜登王毅照", "한국어", "カタカナ",
        "\"; } class Evil { static string X = \"", "\"u8; //", "@\"", "$\"{x}\"", "'", "`", "<", ">", "&", "&amp;", "<summary>", "</summary>",
        "-->", "<!--", "]]>", ":", ": ", " #", "- ", "? ", "|", ">-", "%", "%20", "+", "~", "null", "true", "1e3", "0x1F", ".inf",
        "2024-01-02", "{% post_url x %}", "post-url:x", "global::System", "__PostGeneratorData", "Posts", "All", "class", "@class",
    };

    private static readonly string[] Words =
    {
        "hello", "world", "dotnet", "roslyn", "Jekyll", "post", "a", "b", "x", "中文", "标题", "正文", "白宫", "日本語", "한국어", "Ünïcödé",
        "C#", "F#", ".NET", "c++", "node.js", "100%", "a&b", "a+b", "#hash", "tag one", "TAG", "tag", "Tags", "All", "class", "int", "_",
        "1", "2024", "-", "--", "...", "*", "**", "[x]", "(y)", "`z`",
    };

    private static readonly string[] KnownKeys =
    {
        "title", "date", "tags", "tag", "categories", "category", "slug", "author", "layout", "permalink", "published", "excerpt", "excerpt_separator",
    };

    public override FuzzCase Generate(PCG pcg, Size? min, out Size size)
    {
        size = new Size(0);
        var seed = pcg.Seed;
        // Half the cases are well-formed posts full of hostile values, so the generated code is compiled and
        // compared for them; the other half is anything at all, mostly posts that must be refused gracefully.
        var clean = pcg.Next(2) == 0;
        var (path, kind) = clean ? CleanFileName(pcg) : FileName(pcg, out _);
        var encoding = (FileEncoding)pcg.Next(6);
        var writer = new YamlWriter(pcg, asciiOnly: encoding == FileEncoding.Utf8Invalid);
        var head = clean ? CleanFrontMatter(pcg, writer) : FrontMatter(pcg, writer);
        var body = Body(pcg, path.EndsWith(".html", StringComparison.OrdinalIgnoreCase));
        body = LineBreaks(pcg, body);
        var (bytes, text) = Encodings.Encode(head, body, encoding, pcg);
        return new FuzzCase(seed, "structured", path, bytes, text, kind, writer.Expected) { ExpectedLists = writer.ExpectedLists, TopLevelKeys = writer.TopLevelKeys };
    }

    /// <summary>A post's path: dated or not, CJK, spaces, <c>#</c>, <c>%</c>, <c>+</c>, <c>&amp;</c>, quotes, very long; posts, drafts, category folders.</summary>
    public static (string Path, string Kind) FileName(PCG pcg, out string slug)
    {
        var builder = new StringBuilder();
        var parts = 1 + (int)pcg.Next(5);
        for (var i = 0; i < parts; i++)
        {
            if (i > 0)
            {
                builder.Append(Pick(pcg, ["-", " ", "_", ".", "--", " - ", "#", "%", "+", "&", "%20", "'"]));
            }

            builder.Append(pcg.Next(4) == 0 ? Pick(pcg, Hostile) : Pick(pcg, Words));
        }

        if (pcg.Next(32) == 0)
        {
            // Very long names: identifiers, hint names and URLs built from them must still work.
            builder.Append(string.Concat(Enumerable.Repeat(Pick(pcg, ["a", "中", "long-", "x y "]), 200 + (int)pcg.Next(1200))));
        }

        slug = builder.ToString().Replace("/", "／");
        var date = pcg.Next(10) switch
        {
            0 => "",
            1 => "0000-01-01-",
            2 => "0001-01-01-",
            3 => "9999-12-31-",
            4 => "2024-02-30-",
            5 => $"{pcg.Next(10000):D4}-{pcg.Next(14)}-{pcg.Next(33)}-",
            _ => $"{2000 + pcg.Next(30):D4}-{1 + pcg.Next(12):D2}-{1 + pcg.Next(28):D2}-",
        };
        var extension = Pick(pcg, [".md", ".md", ".md", ".markdown", ".html", ".MD", ".htm", ".txt.md"]);
        var folder = pcg.Next(8) switch
        {
            0 => ("content/_drafts/", "draft"),
            1 => ($"content/{Pick(pcg, Words)}/_posts/", "post"),
            2 => ($"content/{Pick(pcg, Words)}/{Pick(pcg, Words)}/_posts/sub/", "post"),
            _ => ("content/_posts/", "post"),
        };
        return (folder.Item1 + date + slug + extension, folder.Item2);
    }

    private static (string Path, string Kind) CleanFileName(PCG pcg)
    {
        var (path, kind) = FileName(pcg, out var slug);
        var folder = path[..(path.LastIndexOf('/') + 1)];
        return (folder + $"{2000 + pcg.Next(30):D4}-{1 + pcg.Next(12):D2}-{1 + pcg.Next(28):D2}-" + slug + Pick(pcg, [".md", ".markdown", ".html"]), kind);
    }

    /// <summary>Each key once, every value double-quoted or a list of those: a post that must be generated, its values intact.</summary>
    private static string CleanFrontMatter(PCG pcg, YamlWriter w)
    {
        var builder = new StringBuilder("---\n");
        var keys = new[] { "title", "tags", "tag", "categories", "category", "slug", "author", "layout", "excerpt", "permalink", "comments", "from", "中文键", "key_2", "Title", "TAGS", "x" };
        foreach (var key in keys.Where(_ => pcg.Next(2) == 0))
        {
            builder.Append(w.QuotedEntry(key));
        }

        return builder.Append("---\n").ToString();
    }

    private static string FrontMatter(PCG pcg, YamlWriter w)
    {
        var opening = pcg.Next(12) switch
        {
            0 => "",
            1 => "--- \t\n",
            2 => "---\r\n",
            _ => "---\n",
        };
        var builder = new StringBuilder(opening);
        if (pcg.Next(20) == 0)
        {
            builder.Append(Pick(pcg, ["%YAML 1.1\n---\n", "%TAG !e! tag:example.com,2000:\n", "# a comment\n", "\t\n", "\n\n"]));
        }

        var entries = (int)pcg.Next(pcg.Next(8) == 0 ? 40u : 10u);
        for (var i = 0; i < entries; i++)
        {
            var key = pcg.Next(3) == 0 ? w.HugeOrOddKey() : Pick(pcg, KnownKeys);
            builder.Append(w.Entry(key, 0));
        }

        if (pcg.Next(30) == 0)
        {
            builder.Append(Pick(pcg, ["---\nsecond: document\n", "...\n", "a: &x [*x]\n", "? [complex, key]\n: value\n", "<<: {merge: 1}\n"]));
        }

        if (pcg.Next(40) == 0)
        {
            // A chain of aliases, each nesting the last deeper: shallow text, a deep or wide value.
            var levels = 1 + (int)pcg.Next(40);
            var links = 1 + (int)pcg.Next(60);
            builder.Append("c0: &c0 " + Pick(pcg, ["x", "[x, y]", "\"" + new string('w', (int)pcg.Next(5000)) + "\""]) + "\n");
            for (var k = 1; k <= links; k++)
            {
                builder.Append($"c{k}: &c{k} {new string('[', levels)}*c{k - 1}, *c{k - 1}{new string(']', levels)}\n");
            }
        }

        builder.Append(pcg.Next(16) switch
        {
            0 => "",
            1 => "...\n",
            2 => "---",
            3 => "--- trailing\n",
            _ => "---\n",
        });
        return builder.ToString();
    }

    private static string Body(PCG pcg, bool html)
    {
        var builder = new StringBuilder();
        var blocks = (int)pcg.Next(pcg.Next(8) == 0 ? 60u : 12u);
        for (var i = 0; i < blocks; i++)
        {
            builder.Append(html ? HtmlBlock(pcg) : MarkdownBlock(pcg)).Append(pcg.Next(3) == 0 ? "\n" : "\n\n");
        }

        return builder.ToString();
    }

    private static string Text(PCG pcg)
    {
        var builder = new StringBuilder();
        var count = 1 + (int)pcg.Next(8);
        for (var i = 0; i < count; i++)
        {
            builder.Append(pcg.Next(5) == 0 ? Pick(pcg, Hostile) : Pick(pcg, Words)).Append(pcg.Next(4) == 0 ? "" : " ");
        }

        return builder.ToString();
    }

    private static string MarkdownBlock(PCG pcg)
    {
        switch (pcg.Next(20))
        {
            case 0:
                return new string('#', 1 + (int)pcg.Next(7)) + " " + Text(pcg) + (pcg.Next(4) == 0 ? " {#custom-id}" : "");
            case 1:
                return Text(pcg) + "\n" + Pick(pcg, ["===", "---", "- - -"]);
            case 2:
                return $"*{Text(pcg)}* **{Text(pcg)}** _{Text(pcg)}_ ~~{Text(pcg)}~~ **中文，**后 `{Text(pcg)}`";
            case 3:
                return $"[{Text(pcg)}]({Pick(pcg, ["http://x.com/a b", "/a?b=c&d", "<x y>", "javascript:alert(1)", "#", "", "post-url:x"])} \"{Text(pcg)}\") ![img]({Text(pcg)})";
            case 4:
                return Pick(pcg, ["```", "~~~", "```csharp", "````"]) + "\n" + Text(pcg) + "\n" + (pcg.Next(3) == 0 ? "" : "```");
            case 5:
                return "| a | b |\n|---|:-:|\n| " + Text(pcg) + " | " + Text(pcg) + " |" + (pcg.Next(2) == 0 ? "\n| x |" : "");
            case 6:
                return $"Footnote[^{pcg.Next(3)}].\n\n[^{pcg.Next(3)}]: {Text(pcg)}";
            case 7:
                return $"- [ ] {Text(pcg)}\n- [x] {Text(pcg)}\n  - nested {Text(pcg)}\n1. one\n2) two";
            case 8:
                return string.Concat(Enumerable.Repeat("> ", 1 + (int)pcg.Next(pcg.Next(8) == 0 ? 200u : 5u))) + Text(pcg);
            case 9:
                return string.Concat(Enumerable.Range(0, 1 + (int)pcg.Next(pcg.Next(8) == 0 ? 150u : 6u)).Select(d => new string(' ', d * 2) + "- " + Text(pcg) + "\n"));
            case 10:
                return HtmlBlock(pcg);
            case 11:
                return "{% post_url " + Pick(pcg, ["2024-03-02-writing-an-incremental-generator", "missing", "2024-01-14-compile-time-content-in-dotnet", Text(pcg).Trim()]) + " %} {{ site.url }} {% raw %}{{x}}{% endraw %}";
            case 12:
                return "<!--more-->" + Text(pcg);
            case 13:
                return "    indented code " + Text(pcg) + "\n\ttab code";
            case 14:
                return "www.example.com http://example.com/" + Text(pcg) + " <http://a.b> <me@x.y>";
            case 15:
                return "&amp; &lt; &#0; &#x110000; &#xD800; &bogus; &nbsp;&copy; " + Text(pcg);
            case 16:
                return "***\n" + Text(pcg) + "  \nhard break\\\nline";
            case 17:
                // Pathological but small: nested brackets and emphasis runs.
                var n = 1 + (int)pcg.Next(300);
                return Pick(pcg, [new string('[', n) + "a" + new string(']', n), string.Concat(Enumerable.Repeat("*a _b ", n)), string.Concat(Enumerable.Repeat("[a](b ", n)), new string('`', n)]);
            default:
                return Text(pcg);
        }
    }

    private static string HtmlBlock(PCG pcg)
    {
        switch (pcg.Next(12))
        {
            case 0:
                return $"<h{1 + pcg.Next(6)} id=\"{Text(pcg)}\">{Text(pcg)}</h{1 + pcg.Next(6)}>";
            case 1:
                return "<script>var a = '</p>' < 1; " + Text(pcg) + (pcg.Next(2) == 0 ? "</script>" : "");
            case 2:
                return "<style>p { color: red } " + Text(pcg) + "</style><textarea><b>" + Text(pcg) + "</textarea>";
            case 3:
                var depth = 1 + (int)pcg.Next(pcg.Next(8) == 0 ? 2000u : 30u);
                return string.Concat(Enumerable.Repeat("<div><span>", depth)) + Text(pcg) + (pcg.Next(2) == 0 ? string.Concat(Enumerable.Repeat("</span></div>", depth)) : "");
            case 4:
                return $"<a href=\"{Text(pcg)}\" title='{Text(pcg)}'>{Text(pcg)}</a><a href=post-url:x>x</a><a href>";
            case 5:
                return "<p>" + Text(pcg) + "<p>" + Text(pcg) + "</p></p></p>";
            case 6:
                return "<![CDATA[" + Text(pcg) + "]]><!-- " + Text(pcg) + (pcg.Next(2) == 0 ? " -->" : "");
            case 7:
                return "<plaintext>" + Text(pcg);
            case 8:
                return "<" + Text(pcg) + " a=\"" + Text(pcg);
            case 9:
                return "<img src=x onerror=alert(1)><iframe src=\"" + Text(pcg) + "\"></iframe><svg><script>1</script></svg>";
            default:
                return "<p>" + Text(pcg) + "</p>";
        }
    }

    /// <summary>Every kind of line break a file can have, including the ones only Unicode knows.</summary>
    private static string LineBreaks(PCG pcg, string text) => pcg.Next(6) switch
    {
        0 => text.Replace("\n", "\r\n"),
        1 => text.Replace("\n", "\r"),
        2 => text.Replace("\n\n", "\n\u2028\n"),
        3 => text.Replace("\n\n", "\u0085\u2029\n"),
        _ => text,
    };

    internal static string Pick(PCG pcg, string[] values) => values[pcg.Next((uint)values.Length)];

    public static bool IsAscii(string value) => value.All(c => c < 0x80);

    /// <summary>Writes YAML entries in random styles and records what double-quoted values must come back as.</summary>
    private sealed class YamlWriter(PCG pcg, bool asciiOnly)
    {
        private readonly List<string> _anchors = new();
        private readonly HashSet<string> _written = new(StringComparer.Ordinal);

        public Dictionary<string, string> Expected { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, IReadOnlyList<string>> ExpectedLists { get; } = new(StringComparer.Ordinal);

        public HashSet<string> TopLevelKeys { get; } = new(StringComparer.Ordinal);

        public string HugeOrOddKey() => pcg.Next(10) switch
        {
            0 => new string('k', 1 + (int)pcg.Next(5000)),
            1 => "中文键",
            2 => "key with spaces",
            3 => "\"quoted: key\"",
            4 => "'it''s'",
            5 => "? explicit",
            6 => "123",
            7 => "true",
            _ => Pick(pcg, Words).Replace(" ", "_") + pcg.Next(4),
        };

        /// <summary>A top-level key with a double-quoted value or a list of them, recorded as expected.</summary>
        public string QuotedEntry(string key)
        {
            TopLevelKeys.Add(key);
            if (pcg.Next(3) == 0)
            {
                var values = Enumerable.Range(0, (int)pcg.Next(pcg.Next(10) == 0 ? 300u : 5u)).Select(_ => Value()).ToList();
                ExpectedLists[key] = values;
                return $"{key}: [{string.Join(", ", values.Select(DoubleQuoted))}]\n";
            }

            var value = Value();
            Expected[key] = value;
            return $"{key}: {DoubleQuoted(value)}\n";
        }

        public string Entry(string key, int indent)
        {
            var pad = new string(' ', indent);
            // Only top-level keys are recorded; a nested map's keys are not the post's.
            var plainKey = indent == 0 && !key.StartsWith('"') && !key.StartsWith('\'') && !key.StartsWith('?') && key.Length < 1024;
            var unique = plainKey && _written.Add(key);
            if (indent == 0)
            {
                TopLevelKeys.Add(key);
            }

            switch (pcg.Next(14))
            {
                case 0:
                case 1:
                case 2:
                {
                    // The value that must come back exactly.
                    var value = Value();
                    if (unique && IsKeySafe(key))
                    {
                        Expected[key] = value;
                    }
                    else if (plainKey)
                    {
                        Expected.Remove(key);
                    }

                    return $"{pad}{key}: {DoubleQuoted(value)}\n";
                }

                case 3:
                {
                    var values = Enumerable.Range(0, (int)pcg.Next(pcg.Next(10) == 0 ? 300u : 5u)).Select(_ => Value()).ToList();
                    if (unique && IsKeySafe(key))
                    {
                        ExpectedLists[key] = values;
                    }
                    else if (plainKey)
                    {
                        ExpectedLists.Remove(key);
                    }

                    // A block sequence of no items would be YAML's null: an empty list is only written in flow style.
                    return values.Count == 0 || pcg.Next(2) == 0
                        ? $"{pad}{key}: [{string.Join(", ", values.Select(DoubleQuoted))}]\n"
                        : $"{pad}{key}:\n" + string.Concat(values.Select(v => $"{pad}{Pick(pcg, ["- ", "  - ", "-   "])}{DoubleQuoted(v)}\n"));
                }

                default:
                    Forget(key, plainKey);
                    return $"{pad}{key}:{Anything(indent + 2, 0)}\n";
            }
        }

        private void Forget(string key, bool plainKey)
        {
            if (plainKey)
            {
                Expected.Remove(key);
                ExpectedLists.Remove(key);
            }
        }

        /// <summary>A key whose text is what the YAML says (no plain-scalar trimming, comments or indicators in it).</summary>
        private static bool IsKeySafe(string key) => key.All(c => char.IsLetterOrDigit(c) || c == '_') && key.Length > 0;

        private string Value()
        {
            if (pcg.Next(12) == 0)
            {
                // Quoted, these are strings: never null, true or a number.
                return Pick(pcg, ["", " ", "~", "null", "NULL", "true", "no", "12", "0x1F", ".inf", "2024-01-02", "2024-01-02 03:04:05 +0800"]);
            }

            var builder = new StringBuilder();
            var count = (int)pcg.Next(6);
            for (var i = 0; i < count; i++)
            {
                builder.Append(pcg.Next(2) == 0 ? Pick(pcg, Hostile) : Pick(pcg, Words)).Append(pcg.Next(3) == 0 ? " " : "");
            }

            if (pcg.Next(40) == 0)
            {
                builder.Append(new string('x', (int)pcg.Next(20000)));
            }

            return builder.ToString();
        }

        /// <summary>YAML's double-quoted style, every character that could be read two ways escaped.</summary>
        private string DoubleQuoted(string value)
        {
            var builder = new StringBuilder("\"");
            foreach (var c in value)
            {
                if (c == '"' || c == '\\')
                {
                    builder.Append('\\').Append(c);
                }
                else if (c is >= ' ' and < '\u007F' || (!asciiOnly && c >= '\u00A0' && !char.IsSurrogate(c) && c is not ('\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
                    && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.OtherNotAssigned)))
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
            }

            return builder.Append('"').ToString();
        }

        /// <summary>Any YAML value, written after a key's colon: scalars of every style, collections, anchors, aliases, tags.</summary>
        private string Anything(int indent, int depth)
        {
            var pad = new string(' ', indent);
            var prefix = "";
            if (pcg.Next(10) == 0)
            {
                var anchor = "a" + pcg.Next(5);
                _anchors.Add(anchor);
                prefix += " &" + anchor;
            }

            if (pcg.Next(12) == 0)
            {
                prefix += " " + Pick(pcg, ["!!str", "!!int", "!!float", "!!bool", "!!null", "!!timestamp", "!!binary", "!!map", "!!seq", "!custom", "!<tag:yaml.org,2002:str>", "!e!x", "!!python/object:os.system", "!System.IO.File"]);
            }

            var choice = depth > 6 ? pcg.Next(8) : pcg.Next(16);
            switch (choice)
            {
                case 0:
                    return prefix + " " + Pick(pcg, ["true", "False", "yes", "on", "NO", "~", "null", "", "12", "-0", "0o17", "0x_1F", "0b101", "1_000", "9223372036854775807", "-9223372036854775808", "99999999999999999999", "3.14", "-.5", "1e308", "1.7976931348623157e309", ".inf", "-.Inf", ".NaN", "-0.0", "0.1e-400"]);
                case 1:
                    return prefix + " " + Pick(pcg, ["2024-01-02", "2024-01-02 03:04:05", "2024-01-02T03:04:05.123456789Z", "2024-1-2 3:04:05 -5", "0001-01-01 00:00:00 +14:00", "9999-12-31 23:59:59 -14:00", "0001-01-01", "9999-12-31T23:59:59Z", "2024-02-30", "11-9-2017", "2024-13-01", "2024-01-02 25:00:00", "2024-01-02 23:59:60 +0000", "1969-12-31T23:59:59.9999999+00:00"]);
                case 2:
                    return prefix + " '" + Value().Replace("'", "''").Replace("\n", " ").Replace("\r", " ") + "'";
                case 3:
                    return prefix + " " + DoubleQuoted(Value());
                case 4:
                    return prefix + " " + Pick(pcg, ["|", "|-", "|+", ">", ">-", ">+", "|2", ">1-"]) + "\n" + string.Concat(Enumerable.Range(0, 1 + (int)pcg.Next(4)).Select(_ => pad + Pick(pcg, ["", " ", "\t"]) + Value().Replace("\n", " ").Replace("\r", " ") + "\n")).TrimEnd('\n');
                case 5:
                    return prefix + " " + Value().Replace("\n", " ").Replace("\r", " ").Replace("\u0085", " ").Replace("\u2028", " ").Replace("\u2029", " ");
                case 6 when _anchors.Count > 0:
                    return " *" + _anchors[(int)pcg.Next((uint)_anchors.Count)];
                case 7:
                    return prefix + " " + Flow(depth);
                case 8:
                case 9:
                case 10:
                    return prefix + "\n" + string.Concat(Enumerable.Range(0, 1 + (int)pcg.Next(4)).Select(_ => pad + "-" + Anything(indent + 2, depth + 1) + "\n")).TrimEnd('\n');
                case 11:
                case 12:
                    return prefix + "\n" + string.Concat(Enumerable.Range(0, 1 + (int)pcg.Next(4)).Select(_ => Entry(Pick(pcg, Words).Replace(" ", "_") + pcg.Next(9), indent))).TrimEnd('\n');
                case 13:
                    // Odd indentation and tabs: mostly errors, which must be diagnostics and nothing worse.
                    return prefix + "\n" + pad + Pick(pcg, [" ", "\t", "   "]) + "- a\n" + pad + "b: c";
                case 14:
                    var n = 1 + (int)pcg.Next(pcg.Next(4) == 0 ? 200u : 20u);
                    return " " + new string('[', n) + "x" + (pcg.Next(2) == 0 ? new string(']', n) : "");
                default:
                    return prefix + " " + Pick(pcg, Words);
            }
        }

        private string Flow(int depth)
        {
            if (depth > 8 || pcg.Next(3) == 0)
            {
                return Pick(pcg, ["a", "\"b\"", "'c'", "1", "~", "*a0", "[]", "{}", "", "?", "- x"]);
            }

            var items = Enumerable.Range(0, (int)pcg.Next(5)).Select(_ => Flow(depth + 1));
            return pcg.Next(2) == 0
                ? "[" + string.Join(", ", items) + "]"
                : "{" + string.Join(", ", items.Select(i => Pick(pcg, Words).Replace(" ", "_") + ": " + i)) + "}";
        }
    }
}
