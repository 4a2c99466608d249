using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PostGenerator.Benchmarks;

/// <summary>
/// One way to write an item of HTML as C# that gives a <c>ReadOnlySpan&lt;byte&gt;</c> over assembly data (or, for
/// <c>const_4k</c>, a string constant), for <see cref="LiteralPhases"/>. <paramref name="Member"/> writes item i as
/// members of <c>static class D</c> that expose it as <c>H{i}</c>.
/// </summary>
/// <param name="Per">UTF-8 bytes of HTML per item.</param>
/// <param name="Padded">The data ends in zero bytes past the item's text.</param>
/// <param name="Scale">The shape runs on 1/<paramref name="Scale"/> of the text (it is too slow for all of it) and its times are scaled up.</param>
public sealed record LiteralShape(
    string Name, string Description, int Per, Func<string, int, string> Member, bool Ascii = false, string Prelude = "using System;\n",
    bool IsString = false, bool Padded = false, double Scale = 1)
{
    public int Items(int total) => (int)(total / Scale) / Per;

    /// <summary>The whole compilation unit for <paramref name="total"/> bytes of text (scaled down), the same on every call.</summary>
    public string Source(int total)
    {
        var random = new Random(1);
        var n = Items(total);
        var sb = new StringBuilder((int)(total / Scale) * 3).Append(Prelude).Append("public static class D {\n");
        for (var i = 0; i < n; i++)
        {
            sb.Append(Member(HtmlText.Paragraphs(random, Per, Ascii), i)).Append('\n');
        }

        return sb.Append("}\n").ToString();
    }
}

/// <summary>The shapes <see cref="LiteralPhases"/> measures, in the order of its tables.</summary>
public static class LiteralShapes
{
    public static List<LiteralShape> All() =>
    [
        new("const_4k", "const string field per 4 KB item (never loaded: #Blob heap)", 4_000, (s, i) => $"public const string H{i} = {Quote(s)};", IsString: true),
        new("u8_4k", "u8 literal per 4 KB item, expression-bodied method (as generated today)", 4_000, U8),
        new("u8_512", "u8 literal per 512 B item (8x the methods)", 512, U8),
        new("u8_1k", "u8 literal per 1 KB item", 1_000, U8),
        new("u8_8k", "u8 literal per 8 KB item", 8_000, U8),
        new("u8_10k", "u8 literal per 10 KB item (just under the 85 KB LOH limit for a 10.6k-element reference array)", 10_000, U8),
        new("u8_12k", "u8 literal per 12 KB item (just over it)", 12_000, U8),
        new("u8_16k", "u8 literal per 16 KB item", 16_000, U8),
        new("u8_80k", "u8 literal per 80 KB item", 80_000, U8),
        new("u8_1m", "u8 literal per 1 MB item", 1_000_000, U8),
        new("u8_4k_concat512", "4 KB item as \"..\"u8 + \"..\"u8 + .. of 512 B pieces (constant-folded)", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}() => {string.Join(" + ", Pieces(s, 512).Select(p => Quote(p) + "u8"))};"),
        new("u8_4k_uesc", "u8 literal, CJK written as \\uXXXX escapes", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}() => {QuoteEscaped(s)}u8;"),
        new("u8_4k_ascii", "u8 literal, all-ASCII text of the same byte size", 4_000, U8, Ascii: true),
        new("u8_4k_verbatim", "verbatim @\"..\"u8 literal (only \"\" escapes, raw newlines)", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}() => {Verbatim(s)}u8;"),
        new("u8_4k_raw", "raw \"\"\"..\"\"\"u8 literal (no escapes)", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}() =>\n{Raw(s)}u8;"),
        new("u8_4k_pad1k", "u8 literal padded with \\0 to a 1 KB multiple (few distinct data sizes)", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}() => {PadTo(s, 1024)}u8;", Padded: true),
        new("u8_4k_prop", "u8 literal in an expression-bodied static property", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}_ => {Quote(s)}u8; public static ReadOnlySpan<byte> H{i}() => H{i}_;"),
        new("bytes_4k", "new byte[] { 60, 112, .. } per 4 KB item (ldsflda of the same data); run on 1/10", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}() => new byte[] {{ {Bytes(s)} }};", Scale: 10),
        new("collexpr_4k", "collection expression [60, 112, ..] per 4 KB item; run on 1/10", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}() => [{Bytes(s)}];", Scale: 10),
        new("ulong_4k", "new ulong[] { 0x..UL, .. } (RuntimeHelpers.CreateSpan) + MemoryMarshal.AsBytes, little-endian only", 4_000,
            (s, i) => $"static ReadOnlySpan<ulong> U{i} => new ulong[] {{ {Ulongs(s)} }}; public static ReadOnlySpan<byte> H{i}() => MemoryMarshal.AsBytes(U{i}).Slice(0, {Encoding.UTF8.GetByteCount(s)});",
            Prelude: "using System;\nusing System.Runtime.InteropServices;\n"),
        new("u8_4k_pad4k", "u8 literal padded with \\0 to 5120 B (one data size for all)", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}() => {PadTo(s, 5120)}u8;", Padded: true),
        new("attr_4k", "[Html(id, \"..\")] attribute string (UTF-8 SerString in #Blob) + runtime span over TryGetRawMetadata", 4_000,
            (s, i) => $"[Html({i}, {Quote(s)})] public static ReadOnlySpan<byte> H{i}() => Blobs.Get({i});", Prelude: AttrPrelude),
    ];

    private static string Quote(string s) => SymbolDisplay.FormatLiteral(s, quote: true);

    private static string U8(string s, int i) => $"public static ReadOnlySpan<byte> H{i}() => {Quote(s)}u8;";

    /// <summary>A regular literal with every character outside printable ASCII written as <c>\uXXXX</c>.</summary>
    private static string QuoteEscaped(string s)
    {
        var sb = new StringBuilder(s.Length * 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < 0x20 || c > 0x7e)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    private static string Verbatim(string s) => "@\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Raw(string s)
    {
        if (s.Contains("\"\"\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The text holds \"\"\": no raw literal of three quotes can carry it.");
        }

        // A raw literal's content ends before the newline that precedes its closing quotes.
        return "\"\"\"\n" + s + "\n\"\"\"";
    }

    /// <summary>Splits <paramref name="s"/> into pieces of about <paramref name="bytes"/> UTF-8 bytes, never inside a character.</summary>
    private static IEnumerable<string> Pieces(string s, int bytes)
    {
        var start = 0;
        var n = 0;
        for (var k = 0; k < s.Length; k++)
        {
            n += s[k] < 0x80 ? 1 : s[k] < 0x800 ? 2 : 3;
            if (n >= bytes)
            {
                yield return s[start..(k + 1)];
                start = k + 1;
                n = 0;
            }
        }

        if (start < s.Length)
        {
            yield return s[start..];
        }
    }

    private static string PadTo(string s, int multiple)
    {
        var n = Encoding.UTF8.GetByteCount(s);
        var padded = (n + multiple - 1) / multiple * multiple;
        return Quote(s)[..^1] + string.Concat(Enumerable.Repeat("\\0", padded - n)) + "\"";
    }

    private static string Bytes(string s) => string.Join(",", Encoding.UTF8.GetBytes(s).Select(b => b.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The text's UTF-8 bytes, zero-padded to a multiple of 8, as little-endian <c>ulong</c> literals.</summary>
    private static string Ulongs(string s)
    {
        var b = Encoding.UTF8.GetBytes(s);
        var padded = new byte[(b.Length + 7) / 8 * 8];
        b.CopyTo(padded, 0);
        var sb = new StringBuilder(padded.Length * 3);
        for (var k = 0; k < padded.Length; k += 8)
        {
            if (k > 0)
            {
                sb.Append(',');
            }

            sb.Append("0x").Append(BitConverter.ToUInt64(padded, k).ToString("X", CultureInfo.InvariantCulture)).Append("UL");
        }

        return sb.ToString();
    }

    /// <summary>
    /// For <c>attr_4k</c>: the attribute that carries an item, and the run-time index of every item's bytes in the
    /// loaded image's metadata (unsafe code and <c>Assembly.TryGetRawMetadata</c>).
    /// </summary>
    private const string AttrPrelude = """
        using System;
        using System.Reflection;
        using System.Reflection.Metadata;
        [AttributeUsage(AttributeTargets.Method)] sealed class HtmlAttribute : Attribute { public HtmlAttribute(int id, string html) { } }
        static unsafe class Blobs
        {
            static readonly byte* s_base;
            static readonly int[] s_off = [], s_len = [];
            static Blobs()
            {
                if (!typeof(Blobs).Assembly.TryGetRawMetadata(out var p, out var n)) throw new PlatformNotSupportedException();
                var md = new MetadataReader(p, n);
                var found = new System.Collections.Generic.List<(int Id, int Off, int Len)>();
                foreach (var h in md.CustomAttributes)
                {
                    var ca = md.GetCustomAttribute(h);
                    if (ca.Constructor.Kind != HandleKind.MethodDefinition) continue;
                    var ctor = md.GetMethodDefinition((MethodDefinitionHandle)ca.Constructor);
                    if (!md.StringComparer.Equals(md.GetTypeDefinition(ctor.GetDeclaringType()).Name, "HtmlAttribute")) continue;
                    var br = md.GetBlobReader(ca.Value);
                    br.ReadUInt16();
                    var id = br.ReadInt32();
                    var len = br.ReadCompressedInteger();
                    found.Add((id, (int)(br.CurrentPointer - p), len));
                }

                s_base = p;
                s_off = new int[found.Count];
                s_len = new int[found.Count];
                foreach (var (id, off, len) in found) { s_off[id] = off; s_len[id] = len; }
            }

            public static ReadOnlySpan<byte> Get(int id) => new(s_base + s_off[id], s_len[id]);
        }

        """;
}
