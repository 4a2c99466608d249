using System;
using PostGenerator.Model;
using PostGenerator.Parsing;

namespace PostGenerator.Emitting;

/// <summary>
/// One post's generated files: its metadata and <c>Post</c> instance (always emitted), and its HTML as UTF-8 data
/// (an implementation-only output, so the IDE never holds the bodies). The two meet in a <c>partial void</c>.
/// </summary>
internal static class PostEmitter
{
    public static string MetadataHintName(PostSummary post) => $"Posts/{post.DataClass}.g.cs";

    public static string HtmlHintName(PostSummary post) => $"Posts/{post.DataClass}.Html.g.cs";

    public static string EmitMetadata(PostEmitInput input)
    {
        var post = input.Post;
        var s = post.Summary;
        var ns = input.Namespace;
        var w = new SourceWriter(2048 + (post.Excerpt.Length * 2)).FileHeader();
        w.OpenBlock($"namespace {ns}");
        w.OpenBlock($"partial class {SupportTypesEmitter.DataClass}");
        w.WriteLine($"/// <summary>{Literals.DocText(s.RelativePath)}</summary>");
        w.OpenBlock($"internal static partial class {s.DataClass}");
        w.WriteLine($"internal static readonly global::{ns}.Post Post = new global::{ns}.Post(");
        w.Indentation++;
        w.WriteLine($"slug: {Text(ns, s.Slug)},");
        w.WriteLine($"title: {Text(ns, s.Title)},");
        w.WriteLine($"date: {Literals.DateTimeOffset(s.DateTicks + (s.OffsetMinutes * TimeSpan.TicksPerMinute), s.OffsetMinutes)},");
        w.WriteLine($"author: {Literals.NullableString(s.Author)},");
        w.WriteLine($"layout: {Literals.NullableString(s.Layout)},");
        w.WriteLine($"tags: {StringList(s.Tags)},");
        w.WriteLine($"categories: {StringList(s.Categories)},");
        w.WriteLine($"url: {Text(ns, s.Url)},");
        w.WriteLine($"sourcePath: {Text(ns, s.RelativePath)},");
        w.WriteLine("html: HtmlUtf8,");
        w.WriteLine($"excerpt: {Text(ns, post.Excerpt)},");
        w.WriteLine($"wordCount: {Literals.Int(post.WordCount)},");
        w.WriteLine($"readingTime: global::System.TimeSpan.FromMinutes({Literals.Int(ReadingMinutes(post.WordCount, input.ReadingWordsPerMinute))}),");
        w.StartLine("headings: ");
        if (post.Headings.Count == 0)
        {
            w.EndLine($"global::System.Array.Empty<global::{ns}.PostHeading>(),");
        }
        else
        {
            w.EndLine($"global::System.Array.AsReadOnly(new global::{ns}.PostHeading[]");
            w.WriteLine("{");
            w.Indentation++;
            foreach (var heading in post.Headings)
            {
                w.WriteLine($"new global::{ns}.PostHeading({Literals.Int(heading.Level)}, {Text(ns, heading.Id)}, {Text(ns, heading.Text)}),");
            }

            w.Indentation--;
            w.WriteLine("}),");
        }

        w.WriteLine("frontMatter: FrontMatter);");
        w.Indentation--;
        w.WriteLine();
        w.WriteLine("internal static global::System.ReadOnlySpan<byte> HtmlUtf8()");
        w.WriteLine("{");
        w.WriteLine("    global::System.ReadOnlySpan<byte> data = default;");
        w.WriteLine("    Html(ref data);");
        w.WriteLine("    return data;");
        w.WriteLine("}");
        w.WriteLine();
        w.WriteLine("static partial void Html(ref global::System.ReadOnlySpan<byte> data);");
        w.WriteLine();
        w.StartLine("private static global::System.Collections.Generic.IReadOnlyDictionary<string, object?> FrontMatter() => ");
        w.EndLine(Map(ns, post.FrontMatter) + ";");
        w.CloseBlock();
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    public static string EmitHtml(PostEmitInput input)
    {
        var html = ResolvePostLinks(input.Post.Html, input.Links);
        var w = new SourceWriter(html.Length + 512).FileHeader();
        w.OpenBlock($"namespace {input.Namespace}");
        w.OpenBlock($"partial class {SupportTypesEmitter.DataClass}");
        w.OpenBlock($"static partial class {input.Post.Summary.DataClass}");
        w.StartLine("static partial void Html(ref global::System.ReadOnlySpan<byte> data) => data = ").EndLine(Literals.Utf8(html) + ";");
        w.CloseBlock();
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    /// <summary>Minutes at <paramref name="wordsPerMinute"/>, rounded up, at least one.</summary>
    public static int ReadingMinutes(int words, int wordsPerMinute) =>
        Math.Max(1, (words + Math.Max(1, wordsPerMinute) - 1) / Math.Max(1, wordsPerMinute));

    /// <summary>Puts each resolved URL where the parser left its <c>post-url:NAME</c> stand-in.</summary>
    private static string ResolvePostLinks(string html, EquatableArray<ResolvedLink> links)
    {
        foreach (var link in links)
        {
            html = html.Replace(PostParser.PostUrlScheme + link.Name, link.Url);
        }

        return html;
    }

    /// <summary>
    /// A string argument. Long strings travel as UTF-8 data decoded once at start-up, not as string literals: every
    /// literal the IL loads lands in the metadata's user-string heap, which is capped at 16 MB (CS8103), and a site of
    /// 20,000 posts with percent-encoded CJK URLs and excerpts would exceed it. UTF-8 cannot hold a lone surrogate, so a
    /// string with one stays a literal and round-trips exactly.
    /// </summary>
    private static string Text(string ns, string value) =>
        value.Length <= InlineStringLimit || Literals.HasLoneSurrogate(value)
            ? Literals.String(value)
            : $"global::{ns}.{SupportTypesEmitter.DataClass}.Text({Literals.Utf8(value)})";

    /// <summary>Short strings (tags, layouts, keys) stay literals: they are shared across posts in the heap anyway.</summary>
    private const int InlineStringLimit = 24;

    private static string StringList(EquatableArray<string> values)
    {
        if (values.Count == 0)
        {
            return "global::System.Array.Empty<string>()";
        }

        var parts = new string[values.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Literals.String(values[i]);
        }

        return "global::System.Array.AsReadOnly(new string[] { " + string.Join(", ", parts) + " })";
    }

    private static string Map(string ns, EquatableArray<FrontMatterEntry> entries)
    {
        var parts = new string[entries.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = "[" + Text(ns, entries[i].Key) + "] = " + Value(ns, entries[i].Value);
        }

        return "new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(new global::System.Collections.Generic.Dictionary<string, object?>(global::System.StringComparer.Ordinal) { "
            + string.Join(", ", parts) + " })";
    }

    private static string Value(string ns, FrontMatterValue value)
    {
        switch (value.Kind)
        {
            case FrontMatterKind.String:
                return Text(ns, value.Text);
            case FrontMatterKind.Bool:
                return Literals.Bool(value.Bool);
            case FrontMatterKind.Long:
                return Literals.Long(value.Long);
            case FrontMatterKind.Double:
                return Literals.Double(value.Double);
            case FrontMatterKind.Date:
                var date = value.AsDate();
                return Literals.DateTimeOffset(date.Ticks, value.OffsetMinutes);
            case FrontMatterKind.List:
                var items = new string[value.Items.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Value(ns, value.Items[i]);
                }

                return "global::System.Array.AsReadOnly(new object?[] { " + string.Join(", ", items) + " })";
            case FrontMatterKind.Map:
                return Map(ns, value.Entries);
            default:
                return "null";
        }
    }
}
