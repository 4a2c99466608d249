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
        w.WriteLine($"slug: {Literals.String(s.Slug)},");
        w.WriteLine($"title: {Literals.String(s.Title)},");
        w.WriteLine($"date: {Literals.DateTimeOffset(s.DateTicks + (s.OffsetMinutes * TimeSpan.TicksPerMinute), s.OffsetMinutes)},");
        w.WriteLine($"author: {Literals.NullableString(s.Author)},");
        w.WriteLine($"layout: {Literals.NullableString(s.Layout)},");
        w.WriteLine($"tags: {StringList(s.Tags)},");
        w.WriteLine($"categories: {StringList(s.Categories)},");
        w.WriteLine($"url: {Literals.String(s.Url)},");
        w.WriteLine($"sourcePath: {Literals.String(s.RelativePath)},");
        w.WriteLine("html: HtmlUtf8,");
        w.WriteLine($"excerpt: {Literals.String(post.Excerpt)},");
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
                w.WriteLine($"new global::{ns}.PostHeading({Literals.Int(heading.Level)}, {Literals.String(heading.Id)}, {Literals.String(heading.Text)}),");
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
        w.EndLine(Map(post.FrontMatter) + ";");
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

    private static string Map(EquatableArray<FrontMatterEntry> entries)
    {
        var parts = new string[entries.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = "[" + Literals.String(entries[i].Key) + "] = " + Value(entries[i].Value);
        }

        return "new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(new global::System.Collections.Generic.Dictionary<string, object?>(global::System.StringComparer.Ordinal) { "
            + string.Join(", ", parts) + " })";
    }

    private static string Value(FrontMatterValue value)
    {
        switch (value.Kind)
        {
            case FrontMatterKind.String:
                return Literals.String(value.Text);
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
                    items[i] = Value(value.Items[i]);
                }

                return "global::System.Array.AsReadOnly(new object?[] { " + string.Join(", ", items) + " })";
            case FrontMatterKind.Map:
                return Map(value.Entries);
            default:
                return "null";
        }
    }
}
