using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using PostGenerator.Model;

namespace PostGenerator.Parsing;

/// <summary>
/// Text in, post out: the one implementation of Jekyll's rules, shared by the generator and the analyzer.
/// Never throws on content; every problem becomes a <see cref="PostDiagnostic"/> at the span that causes it.
/// </summary>
internal static class PostParser
{
    /// <summary>Posts above this many characters are refused with a diagnostic rather than slowing every build.</summary>
    public const int MaxPostChars = 16 * 1024 * 1024;

    public const int MaxFrontMatterChars = 1024 * 1024;

    public const int MaxTagsPerPost = 1000;

    /// <summary>
    /// Distinct tags, and distinct categories, of the whole site above which the <c>Tags</c> (<c>Categories</c>) class has
    /// no constant per name: that class is the one output that grows with the site's distinct names rather than with
    /// one post (100,000 tags added 8 s and 400 MB to a build). The analyzer reports POST019 at the post that crosses it.
    /// </summary>
    public const int MaxTermsPerSite = 20_000;

    internal static readonly Regex PostUrlTag = new(@"\{%-?\s*post_url\s+(?<name>[^\s%}]+)\s*-?%\}", RegexOptions.CultureInvariant);

    /// <summary>The stand-in written for <c>{% post_url NAME %}</c> until the index resolves it to the post's URL.</summary>
    public const string PostUrlScheme = "post-url:";

    /// <param name="renderBody">
    /// False for the analyzer: everything is read but the body, which is neither rendered nor scanned, and the model
    /// gets no HTML, excerpt, headings or word count. The analyzer reads the body's links from the source itself, and
    /// that scan's Markdig parse finds a body Markdig refuses (<see cref="RenderedDiagnostics"/> then says what the
    /// full parse would have).
    /// </param>
    public static PostDocument Parse(PostInput input, SiteOptions options, CancellationToken cancellationToken, bool renderBody = true)
    {
        var document = new PostDocument(input) { RenderBody = renderBody };
        try
        {
            ParseInto(document, options, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A bug of ours must not take the user's build down with it: report it on the file and leave the post out.
            document.Model = null;
            document.Diagnostics.Add(PostDiagnostic.Create(DiagnosticIds.UnreadableFile, 0, 0, "internal error: " + ex.GetType().Name + ": " + ex.Message));
        }

        return document;
    }

    private static void ParseInto(PostDocument document, SiteOptions options, CancellationToken cancellationToken)
    {
        var input = document.Input;
        var diagnostics = document.Diagnostics;
        var text = input.Text;
        if (text is null)
        {
            diagnostics.Add(PostDiagnostic.Create(DiagnosticIds.UnreadableFile, 0, 0, "the file could not be read"));
            return;
        }

        if (text.Length > MaxPostChars)
        {
            diagnostics.Add(PostDiagnostic.Create(DiagnosticIds.LimitExceeded, 0, 0, $"the post is {text.Length} characters long; the limit is {MaxPostChars}"));
            return;
        }

        var timeZone = TimeZones.Resolve(options.TimeZone) ?? TimeZoneInfo.Utc;
        var split = FrontMatterSplitter.Split(text);
        document.Split = split;
        if (split.Status == FrontMatterStatus.Missing)
        {
            diagnostics.Add(PostDiagnostic.Create(DiagnosticIds.MissingFrontMatter, split.BodyStart, 0));
            return;
        }

        var openingStart = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (split.Status == FrontMatterStatus.Unclosed)
        {
            diagnostics.Add(PostDiagnostic.Create(DiagnosticIds.UnclosedFrontMatter, openingStart, split.OpeningLength));
            return;
        }

        if (split.YamlLength > MaxFrontMatterChars)
        {
            diagnostics.Add(PostDiagnostic.Create(DiagnosticIds.LimitExceeded, openingStart, split.OpeningLength, $"the front matter is {split.YamlLength} characters long; the limit is {MaxFrontMatterChars}"));
            return;
        }

        var yaml = text.Substring(split.YamlStart, split.YamlLength);
        var errorsBefore = diagnostics.Count;
        var root = YamlReader.Read(yaml, split.YamlStart, diagnostics, cancellationToken);
        if (diagnostics.Count > errorsBefore)
        {
            return;
        }

        root ??= new YamlNode { Kind = YamlNodeKind.Mapping, Start = split.YamlStart, End = split.YamlStart };
        document.FrontMatterRoot = root;
        if (root.Kind != YamlNodeKind.Mapping)
        {
            diagnostics.Add(PostDiagnostic.Create(DiagnosticIds.FrontMatterNotMapping, root.Start, root.End - root.Start, root.Kind == YamlNodeKind.Sequence ? "a list" : "a single value"));
            return;
        }

        var keys = ReadKeys(root, diagnostics);
        var fileName = PostFileName.Parse(input.RelativePath);
        var valid = true;

        // published: false leaves the post out, as Jekyll does; anything but a boolean is a mistake worth reporting.
        if (keys.TryGetValue("published", out var published))
        {
            if (published.Kind != YamlNodeKind.Scalar || !published.IsPlain || !ScalarTyping.IsBool(published.Value, out var isPublished))
            {
                diagnostics.Add(Shape(published, "published", "true or false"));
            }
            else if (!isPublished)
            {
                document.ExcludedBecause = "published: false";
            }
        }

        var slug = fileName.Slug;
        if (keys.TryGetValue("slug", out var slugNode))
        {
            if (ScalarText(slugNode, diagnostics, "slug") is { Length: > 0 } given)
            {
                slug = given;
            }
        }

        document.Slug = slug;

        string title;
        var titleNode = keys.TryGetValue("title", out var t) ? t : null;
        var titleText = titleNode is null ? null : ScalarText(titleNode, diagnostics, "title");
        if (string.IsNullOrWhiteSpace(titleText))
        {
            if (titleNode is null)
            {
                diagnostics.Add(PostDiagnostic.Create(DiagnosticIds.MissingTitle, root.Start, 0, "has no title"));
            }
            else if (titleNode.Kind == YamlNodeKind.Scalar)
            {
                diagnostics.Add(PostDiagnostic.Create(DiagnosticIds.MissingTitle, titleNode.Start, titleNode.End - titleNode.Start, "has an empty title"));
            }

            title = Slugs.Titleize(fileName.Slug);
        }
        else
        {
            title = titleText!;
        }

        // The date: front matter first, else the file name; either way in the site's time zone when no offset is given.
        DateTimeOffset date;
        DateTimeOffset? fileDate = null;
        if (fileName.HasDate)
        {
            var day = new DateTime(fileName.Year, fileName.Month, fileName.Day);
            if (JekyllDate.TryCreate(day, timeZone.GetUtcOffset(day), out var named))
            {
                fileDate = named;
            }
            else
            {
                diagnostics.Add(PostDiagnostic.Create(DiagnosticIds.InvalidDate, 0, 0, fileName.Name));
                valid = false;
            }
        }
        JekyllDate.Reading? dateReading = null;
        if (keys.TryGetValue("date", out var dateNode))
        {
            dateReading = dateNode.Kind == YamlNodeKind.Scalar
                ? JekyllDate.Read(dateNode.Value) with { IsPlainYamlTime = dateNode.IsPlain && JekyllDate.IsYamlTime(dateNode.Value) }
                : null;
            if (dateReading is not { } reading)
            {
                diagnostics.Add(Shape(dateNode, "date", "a date such as 2023-10-28 06:02:22 +0800"));
                valid = false;
                date = default;
            }
            // Psych reads an unquoted timestamp without an offset as UTC; everything else Jekyll reads in the site's zone.
            else if (!reading.TryResolve(reading.IsPlainYamlTime ? TimeZoneInfo.Utc : timeZone, out date))
            {
                diagnostics.Add(PostDiagnostic.Create(
                    reading.Ambiguous ? DiagnosticIds.AmbiguousDate : DiagnosticIds.InvalidDate,
                    dateNode.Start,
                    dateNode.End - dateNode.Start,
                    dateNode.Value));
                valid = false;
            }
            else if (fileDate is { } named)
            {
                var local = TimeZoneInfo.ConvertTime(date, timeZone);
                if (local.Year != named.Year || local.Month != named.Month || local.Day != named.Day)
                {
                    diagnostics.Add(PostDiagnostic.Create(
                        DiagnosticIds.DateMismatch,
                        dateNode.Start,
                        dateNode.End - dateNode.Start,
                        local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        named.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                }
            }
        }
        else if (fileDate is { } named)
        {
            date = named;
        }
        else
        {
            // Jekyll falls back to the file's modification time for drafts; a build must not depend on it.
            date = new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);
        }

        // Jekyll keeps whole seconds (Time.parse of the value's text) and shows the date in the site's time zone.
        date = TimeZoneInfo.ConvertTime(date.AddTicks(-(date.Ticks % TimeSpan.TicksPerSecond)), timeZone);
        document.Date = date;
        if (!fileName.HasDate && !input.IsDraft)
        {
            diagnostics.Add(PostDiagnostic.Create(DiagnosticIds.FileNameWithoutDate, 0, 0, fileName.Name));
            valid = false;
        }

        var tags = ReadList(keys, "tag", "tags", singularAppends: false, diagnostics);
        document.Tags.AddRange(tags);
        document.TagsRead = true;
        var categories = PostFileName.FolderCategories(PathUnderContentRoot(input.RelativePath, options.ContentRoot));
        foreach (var category in ReadList(keys, "category", "categories", singularAppends: true, diagnostics))
        {
            if (!categories.Contains(category))
            {
                categories.Add(category);
            }
        }

        if (tags.Count > MaxTagsPerPost)
        {
            var tagKey = keys.ContainsKey("tag") ? "tag" : "tags";
            diagnostics.Add(Shape(keys[tagKey], tagKey, $"at most {MaxTagsPerPost} tags"));
            valid = false;
        }

        var author = keys.TryGetValue("author", out var authorNode) && authorNode.Kind == YamlNodeKind.Scalar ? NullIfEmpty(authorNode) : null;
        var layout = keys.TryGetValue("layout", out var layoutNode) && layoutNode.Kind == YamlNodeKind.Scalar ? NullIfEmpty(layoutNode) : null;

        var permalink = keys.TryGetValue("permalink", out var permalinkNode) ? ScalarText(permalinkNode, diagnostics, "permalink") : null;
        var siteDate = TimeZoneInfo.ConvertTime(date, timeZone);
        var placeholders = Permalinks.Placeholders(slug, fileName.BaseName, categories, siteDate, ".html");
        var url = Permalinks.Build(string.IsNullOrEmpty(permalink) ? Permalinks.StyleTemplate(options.Permalink) : permalink!, placeholders);
        document.Url = url;

        var frontMatter = new List<FrontMatterEntry>(root.Pairs.Count);
        foreach (var pair in keys)
        {
            frontMatter.Add(new FrontMatterEntry(pair.Key, ScalarTyping.Type(pair.Value, timeZone, pair.Key == "date" ? dateReading : null)));
        }

        if (!valid || diagnostics.Exists(d => IsError(d.Id)))
        {
            return;
        }

        if (document.ExcludedBecause is not null)
        {
            return;
        }

        if (input.IsDraft && !options.IncludeDrafts)
        {
            document.ExcludedBecause = "draft";
            return;
        }

        if (!options.IncludeFuture && date > DateTimeOffset.UtcNow)
        {
            document.ExcludedBecause = "future";
            return;
        }

        if (!document.RenderBody)
        {
            document.ExcerptNode = keys.TryGetValue("excerpt", out var excerptNode) ? excerptNode : null;
            document.Model = new PostModel(
                Summary(input, fileName, slug, title, date, author, layout, tags, categories, url),
                "",
                "",
                0,
                EquatableArray<HeadingInfo>.Empty,
                frontMatter.ToEquatableArray(),
                EquatableArray<string>.Empty);
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var references = new List<string>();
        var body = BodyToRender(text.Substring(split.BodyStart), references);

        var isHtml = fileName.IsHtml;
        var html = body;
        HtmlScan? scan;
        // The generator needs neither the links nor the normalized text: only their word count (see HtmlScan.WordCount).
        if (isHtml)
        {
            scan = HtmlScan.Scan(html, collectText: false, collectLinks: false);
        }
        else
        {
            scan = MarkdownRenderer.RenderAndScan(body, options.MarkdownExtensions, collectText: false, out html, out var refusal, cancellationToken);
            if (scan is null)
            {
                document.Diagnostics.Add(BodyRefused(split.BodyStart, refusal));
                return;
            }
        }

        var excerpt = Excerpt(keys, body, isHtml, scan, options, diagnostics);
        var wordCount = scan.WordCount;

        document.Model = new PostModel(
            Summary(input, fileName, slug, title, date, author, layout, tags, categories, url),
            html,
            excerpt,
            wordCount,
            scan.Headings.ToEquatableArray(),
            frontMatter.ToEquatableArray(),
            references.ToEquatableArray());
    }

    /// <summary>
    /// The body as it is rendered: each <c>{% post_url NAME %}</c> replaced by its stand-in (<see cref="PostUrlScheme"/>),
    /// its name added to <paramref name="references"/>. The same string when there is none.
    /// </summary>
    internal static string BodyToRender(string body, List<string>? references)
    {
        // The regex is interpreted on netstandard2.0: a body without "{%" cannot match it, so skip the scan (most bodies).
        if (body.IndexOf("{%", StringComparison.Ordinal) < 0)
        {
            return body;
        }

        return PostUrlTag.Replace(body, match =>
        {
            references?.Add(match.Groups["name"].Value);
            return PostUrlScheme + match.Groups["name"].Value;
        });
    }

    private static PostSummary Summary(PostInput input, PostFileName fileName, string slug, string title, DateTimeOffset date, string? author, string? layout, List<string> tags, List<string> categories, string url) =>
        new(
            input.RelativePath,
            DataClassName(input.PathHash),
            fileName.BaseName,
            slug,
            title,
            date.UtcTicks,
            (int)date.Offset.TotalMinutes,
            author,
            layout,
            tags.ToEquatableArray(),
            categories.ToEquatableArray(),
            url);

    /// <summary>
    /// For a document parsed without its body: the diagnostics the full parse gives, and whether it keeps the post, given
    /// whether Markdig refused the body (<paramref name="refusal"/>, its message) when the analyzer parsed it.
    /// </summary>
    /// <remarks>
    /// A refused body is reported even when the front matter's errors already leave the post out (the full parse never
    /// reaches the body then): the author learns of both at once.
    /// </remarks>
    public static bool RenderedDiagnostics(PostDocument document, string? refusal, List<PostDiagnostic> diagnostics)
    {
        if (refusal is not null)
        {
            if (!diagnostics.Exists(d => d.Id == DiagnosticIds.LimitExceeded))
            {
                diagnostics.Add(BodyRefused(document.Split.BodyStart, refusal));
            }

            return false;
        }

        if (document.RenderBody || document.Model is null)
        {
            return document.Model is not null;
        }

        if (document.ExcerptNode is { } excerpt)
        {
            ScalarText(excerpt, diagnostics, "excerpt");
        }

        return true;
    }

    /// <summary>A body Markdig refuses, with its reason: the same diagnostic whether the generator or the analyzer finds it.</summary>
    private static PostDiagnostic BodyRefused(int bodyStart, string refusal) =>
        PostDiagnostic.Create(DiagnosticIds.LimitExceeded, bodyStart, 0, "the body cannot be rendered: " + refusal);

    /// <summary>Warnings leave the post in; everything else leaves it out.</summary>
    private static bool IsError(string id) => id is not (DiagnosticIds.MissingTitle or DiagnosticIds.DateMismatch);

    /// <summary>
    /// The top-level keys in order, the last one winning as in Psych; a repeated key is reported at its second occurrence.
    /// </summary>
    private static Dictionary<string, YamlNode> ReadKeys(YamlNode root, List<PostDiagnostic> diagnostics)
    {
        var keys = new Dictionary<string, YamlNode>(root.Pairs.Count, StringComparer.Ordinal);
        foreach (var pair in root.Pairs)
        {
            var key = ScalarTyping.KeyText(pair.Key);
            if (keys.ContainsKey(key))
            {
                diagnostics.Add(PostDiagnostic.Create(DiagnosticIds.DuplicateKey, pair.Key.Start, pair.Key.End - pair.Key.Start, key));
            }

            keys[key] = pair.Value;
        }

        return keys;
    }

    private static string? ScalarText(YamlNode node, List<PostDiagnostic> diagnostics, string key)
    {
        if (node.Kind != YamlNodeKind.Scalar)
        {
            diagnostics.Add(Shape(node, key, "a single value"));
            return null;
        }

        return node.IsPlain && ScalarTyping.IsNullWord(node.Value) ? null : node.Value;
    }

    /// <summary>
    /// Tags and categories as Jekyll 4.3 reads them: the plural key is a list, or a string split on white space; the
    /// singular key is taken whole. A singular <c>tag</c> replaces <c>tags</c>, while a singular <c>category</c> is
    /// appended to <c>categories</c>. Numbers and booleans come as Ruby prints them (<c>010</c> is <c>8</c>).
    /// </summary>
    private static List<string> ReadList(Dictionary<string, YamlNode> keys, string singular, string plural, bool singularAppends, List<PostDiagnostic> diagnostics)
    {
        var result = new List<string>();
        var hasSingular = keys.TryGetValue(singular, out var one);
        if ((!hasSingular || singularAppends) && keys.TryGetValue(plural, out var many))
        {
            switch (many.Kind)
            {
                case YamlNodeKind.Scalar:
                    if (!(many.IsPlain && (many.Value.Length == 0 || ScalarTyping.IsNullWord(many.Value))))
                    {
                        foreach (var part in many.Value.Split(new[] { ' ', '\t', '\n', '\r', '\f', '\v' }, StringSplitOptions.RemoveEmptyEntries))
                        {
                            if (!result.Contains(part))
                            {
                                result.Add(part);
                            }
                        }
                    }

                    break;
                case YamlNodeKind.Sequence:
                    AddItems(result, many, plural, diagnostics);
                    break;
                default:
                    diagnostics.Add(Shape(many, plural, "a list such as [a, b] or a space-separated string"));
                    break;
            }
        }

        if (hasSingular)
        {
            switch (one!.Kind)
            {
                case YamlNodeKind.Scalar:
                    AddDistinct(result, one);
                    break;
                case YamlNodeKind.Sequence:
                    AddItems(result, one, singular, diagnostics);
                    break;
                default:
                    diagnostics.Add(Shape(one, singular, "a name or a list of names"));
                    break;
            }
        }

        return result;
    }

    private static void AddItems(List<string> result, YamlNode sequence, string key, List<PostDiagnostic> diagnostics)
    {
        foreach (var item in sequence.Items)
        {
            if (item.Kind != YamlNodeKind.Scalar)
            {
                diagnostics.Add(Shape(item, key, "names, not nested lists or maps"));
                continue;
            }

            AddDistinct(result, item);
        }
    }

    private static void AddDistinct(List<string> result, YamlNode scalar)
    {
        var value = ScalarTyping.Type(scalar, TimeZoneInfo.Utc);
        var text = value.Kind switch
        {
            FrontMatterKind.Null => null,
            FrontMatterKind.Bool => value.Bool ? "true" : "false",
            FrontMatterKind.Long => value.Long.ToString(CultureInfo.InvariantCulture),
            FrontMatterKind.Double => RubyFloat(value.Double),
            _ => scalar.Value,
        };

        if (text is not null && !result.Contains(text))
        {
            result.Add(text);
        }
    }

    /// <summary>Ruby's <c>Float#to_s</c>: <c>1.5</c>, <c>100.0</c>, <c>1.0e+20</c>, <c>Infinity</c>.</summary>
    private static string RubyFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var magnitude = Math.Abs(value);
        if (magnitude != 0 && (magnitude >= 1e16 || magnitude < 1e-4))
        {
            var text = value.ToString("E16", CultureInfo.InvariantCulture);
            var mantissa = double.Parse(text.Substring(0, text.IndexOf('E')), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
            var exponent = int.Parse(text.Substring(text.IndexOf('E') + 1), CultureInfo.InvariantCulture);
            return (mantissa.Contains(".") ? mantissa : mantissa + ".0") + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("D2", CultureInfo.InvariantCulture);
        }

        var plain = value.ToString("R", CultureInfo.InvariantCulture);
        return plain.Contains(".") || plain.Contains("E") ? plain : plain + ".0";
    }

    private static PostDiagnostic Shape(YamlNode node, string key, string expected) =>
        PostDiagnostic.Create(DiagnosticIds.WrongShape, node.Start, Math.Max(0, node.End - node.Start), key, expected, Describe(node));

    private static string Describe(YamlNode node) => node.Kind switch
    {
        YamlNodeKind.Sequence => "a list",
        YamlNodeKind.Mapping => "a map",
        _ => "'" + node.Value + "'",
    };

    /// <summary>Only a plain <c>~</c> or <c>null</c> is YAML's null; quoted, it is the text (found by fuzzing: <c>author: "null"</c> was null).</summary>
    private static string? NullIfEmpty(YamlNode scalar) =>
        scalar.Value.Length == 0 || (scalar.IsPlain && ScalarTyping.IsNullWord(scalar.Value)) ? null : scalar.Value;

    private static string PathUnderContentRoot(string relativePath, string contentRoot)
    {
        // OptionsReader.ContentRoot has put the root in the form of the relative paths (no "./", no trailing '/').
        var root = contentRoot.TrimEnd('/');
        if (root.Length == 0 || root == ".")
        {
            return relativePath;
        }

        return relativePath.StartsWith(root + "/", StringComparison.Ordinal) ? relativePath.Substring(root.Length + 1) : relativePath;
    }

    /// <summary>
    /// The excerpt as plain text: front matter <c>excerpt:</c>, else the text before the excerpt separator
    /// (front matter <c>excerpt_separator:</c> or the site option) when the body has one, else the first paragraph.
    /// </summary>
    private static string Excerpt(Dictionary<string, YamlNode> keys, string body, bool isHtml, HtmlScan scan, SiteOptions options, List<PostDiagnostic> diagnostics)
    {
        if (keys.TryGetValue("excerpt", out var given) && ScalarText(given, diagnostics, "excerpt") is { } excerpt)
        {
            return HtmlScan.Normalize(excerpt);
        }

        var separator = keys.TryGetValue("excerpt_separator", out var node) && node.Kind == YamlNodeKind.Scalar ? node.Value : options.ExcerptSeparator;
        if (separator.Length > 0 && separator != "\n\n")
        {
            var at = body.IndexOf(separator, StringComparison.Ordinal);
            if (at >= 0)
            {
                var head = body.Substring(0, at);
                if (isHtml)
                {
                    return HtmlScan.Scan(head, collectLinks: false).Text;
                }

                if (MarkdownRenderer.RenderAndScan(head, options.MarkdownExtensions, collectText: true, out _, out _) is { } headScan)
                {
                    return headScan.Text;
                }
            }
        }

        return scan.FirstParagraph;
    }

    /// <summary>
    /// Jekyll's <c>number_of_words</c> in <c>cjk</c> mode: every Han, Hiragana, Katakana or Hangul character is a word,
    /// and so is every run of other characters between spaces (<see cref="WordCounter"/>).
    /// </summary>
    public static int CountWords(string text) => CountWords(text.AsSpan());

    /// <inheritdoc cref="CountWords(string)"/>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var counter = default(WordCounter);
        counter.Add(text);
        return counter.Finish();
    }

    /// <summary>
    /// The internal class holding one post's data, named from its path's hash alone (<see cref="PostInput.PathHash"/>)
    /// so that it never depends on other posts: editing one post regenerates only that post's file.
    /// </summary>
    public static string DataClassName(ulong pathHash) => "P" + pathHash.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>
    /// The batch (and the generated file) a post belongs to: the top byte of its path's hash, the first two hex digits
    /// of its <see cref="DataClassName"/>. It depends on the path alone, so a post never moves when others change.
    /// </summary>
    public static int ShardOf(ulong pathHash) => (int)(pathHash >> 56);
}
