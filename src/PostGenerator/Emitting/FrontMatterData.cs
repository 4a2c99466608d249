using System;
using System.Text;
using PostGenerator.Model;

namespace PostGenerator.Emitting;

/// <summary>
/// A post's typed front matter as data, the end of its <see cref="PostData"/>, which
/// <c>__PostGeneratorData.ReadFrontMatter</c> (emitted by <see cref="SupportTypesEmitter"/>) turns back into the same
/// values when <c>Post.FrontMatter</c> is first read.
/// </summary>
/// <remarks>
/// Written as C# (a dictionary initializer per post), the front matter was a third of a big site's build memory: the
/// SDK's analyzers that read generated code have the compiler bind every one of its operations (0.65 GiB and 6 s at
/// 10,000 posts, docs/performance.md). As data it is one literal per post. The values are already typed; this is a
/// plain serialization of them, nothing is parsed again at run time. Each value starts with a tag:
/// <c>n</c> null, <c>t</c>/<c>f</c> a bool, <c>s</c> a string (<c>length:text</c>), <c>l</c> a long and <c>d</c> a
/// double (16 hex digits of its bits), <c>D</c> a date (local ticks and offset minutes, 16 hex digits each), <c>[</c> a
/// list and <c>{</c> a map (a count in 8 hex digits, then the items, or for a map each key as a string and its value).
/// </remarks>
internal static class FrontMatterData
{
    /// <summary>Appends the front matter's data; <see cref="PostData"/> ends each post's data with it.</summary>
    public static void Append(StringBuilder builder, EquatableArray<FrontMatterEntry> entries) => AppendMap(builder, entries);

    private static void AppendMap(StringBuilder builder, EquatableArray<FrontMatterEntry> entries)
    {
        Literals.AppendHex(builder.Append('{'), entries.Count, 8);
        foreach (var entry in entries)
        {
            AppendString(builder, entry.Key);
            AppendValue(builder, entry.Value);
        }
    }

    private static void AppendValue(StringBuilder builder, FrontMatterValue value)
    {
        switch (value.Kind)
        {
            case FrontMatterKind.String:
                AppendString(builder, value.Text);
                break;
            case FrontMatterKind.Bool:
                builder.Append(value.Bool ? 't' : 'f');
                break;
            case FrontMatterKind.Long:
                Literals.AppendHex(builder.Append('l'), value.Long, 16);
                break;
            case FrontMatterKind.Double:
                Literals.AppendHex(builder.Append('d'), BitConverter.DoubleToInt64Bits(value.Double), 16);
                break;
            case FrontMatterKind.Date:
                AppendDate(builder.Append('D'), value.AsDate().Ticks, value.OffsetMinutes);
                break;
            case FrontMatterKind.List:
                Literals.AppendHex(builder.Append('['), value.Items.Count, 8);
                foreach (var item in value.Items)
                {
                    AppendValue(builder, item);
                }

                break;
            case FrontMatterKind.Map:
                AppendMap(builder, value.Entries);
                break;
            default:
                builder.Append('n');
                break;
        }
    }

    private static void AppendString(StringBuilder builder, string text) =>
        SupportTypesEmitter.AppendCounted(builder.Append('s'), text);

    /// <summary>
    /// A date as the data holds it, a front-matter value's and a post's own alike (the emitted <c>ReadDate</c> reads
    /// it): its local ticks, then its offset in minutes, 16 hex digits each.
    /// </summary>
    internal static void AppendDate(StringBuilder builder, long localTicks, int offsetMinutes) =>
        Literals.AppendHex(Literals.AppendHex(builder, localTicks, 16), offsetMinutes, 16);
}
