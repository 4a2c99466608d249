using System;
using System.Text;
using PostGenerator.Model;

namespace PostGenerator.Emitting;

/// <summary>
/// A post's values, everything its <c>Post</c> constructor takes but the HTML, as one string of data, which the
/// emitted <c>__PostGeneratorData.ReadPost</c> turns back into the post when it is first read.
/// </summary>
/// <remarks>
/// Written as a constructor call with typed C# arguments (named arguments, arrays of strings and headings, a date and
/// a reading time built from numbers), the posts' initializers were most of a big site's build: the compiler binds
/// them, checks their nullability, and binds them again into operations for the SDK's analyzers that read generated
/// code. At 10,000 posts they cost 18 s of a 43 s build and 1 GiB; with the values as data, whole builds took 30–31 s
/// instead of 42–47 s and 1.5 GiB instead of 2.6 GiB (docs/performance.md). The values are already typed; this is a
/// plain serialization of them,
/// read back in one pass. In order: slug, title, the date (local ticks and offset minutes, 16 hex digits each), author
/// and layout (<c>?</c> when missing), tags and categories (a count, then the names), URL, source path, excerpt, word
/// count, reading minutes, the headings (a count, then level, id and text of each), and last the front matter
/// (<see cref="FrontMatterData"/>), which is read only when <c>Post.FrontMatter</c> is. Strings are
/// <c>length:text</c> (<see cref="SupportTypesEmitter.AppendCounted"/>), numbers decimal and ended by <c>:</c>.
/// </remarks>
internal static class PostData
{
    public static string Encode(PostModel post, int readingMinutes)
    {
        var s = post.Summary;
        var builder = new StringBuilder(256 + s.Title.Length + s.Url.Length + s.RelativePath.Length + post.Excerpt.Length);
        AppendString(builder, s.Slug);
        AppendString(builder, s.Title);
        FrontMatterData.AppendDate(builder, s.DateTicks + (s.OffsetMinutes * TimeSpan.TicksPerMinute), s.OffsetMinutes);
        AppendOptional(builder, s.Author);
        AppendOptional(builder, s.Layout);
        AppendStrings(builder, s.Tags);
        AppendStrings(builder, s.Categories);
        AppendString(builder, s.Url);
        AppendString(builder, s.RelativePath);
        AppendString(builder, post.Excerpt);
        AppendNumber(builder, post.WordCount);
        AppendNumber(builder, readingMinutes);
        AppendNumber(builder, post.Headings.Count);
        foreach (var heading in post.Headings)
        {
            AppendNumber(builder, heading.Level);
            AppendString(builder, heading.Id);
            AppendString(builder, heading.Text);
        }

        FrontMatterData.Append(builder, post.FrontMatter);
        return builder.ToString();
    }

    private static void AppendString(StringBuilder builder, string text) => SupportTypesEmitter.AppendCounted(builder, text);

    private static void AppendOptional(StringBuilder builder, string? text)
    {
        if (text is null)
        {
            builder.Append('?');
        }
        else
        {
            AppendString(builder, text);
        }
    }

    private static void AppendStrings(StringBuilder builder, EquatableArray<string> items)
    {
        AppendNumber(builder, items.Count);
        foreach (var item in items)
        {
            AppendString(builder, item);
        }
    }

    private static void AppendNumber(StringBuilder builder, int value) => Literals.AppendNumber(builder, value).Append(':');
}
