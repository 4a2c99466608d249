using System.Text;
using CsCheck;
using PostGenerator.Tests.Infrastructure;

namespace PostGenerator.Tests.Robustness;

/// <summary>The real posts mutations start from: the repository's content folder and a few Jekyll news posts.</summary>
public static class FuzzSeeds
{
    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Bytes)>> All = new(Load);

    public static IReadOnlyList<(string Name, byte[] Bytes)> Posts => All.Value;

    private static IReadOnlyList<(string Name, byte[] Bytes)> Load()
    {
        var content = Path.Combine(AppContext.BaseDirectory, "content", "_posts");
        var news = PostSet.TestData(Path.Combine("Robustness", "Corpus"));
        return Directory.GetFiles(content).Concat(Directory.GetFiles(news))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();
    }
}

/// <summary>
/// Byte-level mutations of real posts, AFL-style: bit flips, interesting bytes, tokens of the formats involved
/// (YAML, Markdown, HTML, Liquid, C#), deletions, duplications, splices of two posts and re-encodings.
/// </summary>
public sealed class MutationGen : Gen<FuzzCase>
{
    /// <summary>Bytes and byte sequences that sit on decoding edges: NUL, BOMs, overlong and surrogate UTF-8, U+2028, bidi.</summary>
    private static readonly byte[][] InterestingBytes =
    {
        [0x00], [0xFF], [0xFE], [0x80], [0xC0], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9], [0xC2, 0x85], [0xE2, 0x80, 0xAE],
        [0x0D], [0x0A], [0x09], [0x0C], [0x0B], [0x1B], [0x7F], [0xF0, 0x9F, 0x98, 0x80], [0xE4, 0xB8, 0xAD],
    };

    private static readonly string[] Tokens =
    {
        "---\n", "...\n", "---", "\n", "\r\n", "\r", ": ", ":", "- ", "? ", "[", "]", "{", "}", ",", "&a ", "*a", "&a", "*", "!!str ", "!!binary ",
        "!<tag:x> ", "!x ", "%YAML 1.1\n", "%TAG ! tag:x:\n", "|", ">", "|-\n  ", ">+\n ", "'", "''", "\"", "\\", "\\u", "\\x0", "#", " #c", "\t",
        "  ", "    ", "title: ", "date: ", "tags: ", "tag: ", "categories: ", "slug: ", "permalink: ", "published: ", "excerpt: ",
        "excerpt_separator: ", "author: ", "layout: ", "0000-01-01", "9999-12-31 23:59:59 +14:00", "0001-01-01 00:00:00 +0800", "2024-02-30",
        "11-9-2017", ".inf", ".nan", "-0.0", "0x", "0o", "0b", "1e999", "9223372036854775808", "~", "null", "yes", "on", "True",
        "# ", "###### ", "**", "__", "*", "_", "`", "```", "~~~", "[a](", "](b)", "![", "[^1]", "[^1]: ", "<", ">", "</", "<!--", "-->",
        "<script>", "</script>", "<style>", "<textarea>", "<plaintext>", "<h1 id=\"x\">", "</h1>", "<p>", "</p>", "<a href=\"", "&amp;", "&#0;",
        "&#xD800;", "&nbsp;", "<![CDATA[", "]]>", "{%", "%}", "{% post_url ", "{% post_url 2024-03-02-writing-an-incremental-generator %}",
        "{{", "}}", "{% raw %}", "| a | b |\n|---|---|\n", "- [ ] ", "<!--more-->",
        "\"\"\"", "*/", "/*", "//", "#if DEBUG", "#endif", "#error x", "\"; } class X { //", "@\"", "$\"{", "u8", "\\\"", "\u2028", "\u2029",
        "\u0085", "\u202E", "\u200F", "\u200B", "\uFEFF", "\uFFFD", "\uFFFF", "中文", "白宫", "한국어", "日本語", "😀", "\u0301",
    };

    public override FuzzCase Generate(PCG pcg, Size? min, out Size size)
    {
        size = new Size(0);
        var seed = pcg.Seed;
        var seeds = FuzzSeeds.Posts;
        var (name, original) = seeds[(int)pcg.Next((uint)seeds.Count)];
        var bytes = new List<byte>(original);
        var mutations = 1 + (int)pcg.Next(pcg.Next(4) == 0 ? 64u : 8u);
        for (var i = 0; i < mutations; i++)
        {
            Mutate(pcg, bytes, seeds);
        }

        var data = bytes.ToArray();
        switch (pcg.Next(16))
        {
            case 0:
                data = Reencode(data, Encoding.Unicode, bigEndian: false);
                break;
            case 1:
                data = Reencode(data, Encoding.BigEndianUnicode, bigEndian: true);
                break;
            case 2:
                data = [.. Encoding.UTF8.GetPreamble(), .. data];
                break;
        }

        var path = pcg.Next(8) == 0 ? StructuredPostGen.FileName(pcg, out var kind) : ("content/_posts/" + name, "post");
        return new FuzzCase(seed, "mutation", path.Item1, data, null, path.Item2, FuzzCase.NoExpectations);
    }

    private static void Mutate(PCG pcg, List<byte> bytes, IReadOnlyList<(string Name, byte[] Bytes)> seeds)
    {
        var at = bytes.Count == 0 ? 0 : (int)pcg.Next((uint)bytes.Count + 1);
        switch (pcg.Next(10))
        {
            case 0 when bytes.Count > 0:
                at = Math.Min(at, bytes.Count - 1);
                bytes[at] ^= (byte)(1 << (int)pcg.Next(8));
                break;
            case 1 when bytes.Count > 0:
                at = Math.Min(at, bytes.Count - 1);
                bytes[at] = (byte)pcg.Next(256);
                break;
            case 2:
                bytes.InsertRange(at, InterestingBytes[pcg.Next((uint)InterestingBytes.Length)]);
                break;
            case 3:
            case 4:
                var token = Tokens[pcg.Next((uint)Tokens.Length)];
                var repeat = pcg.Next(16) == 0 ? 1 + (int)pcg.Next(200) : 1;
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(token, repeat))));
                break;
            case 5 when bytes.Count > 0:
                at = Math.Min(at, bytes.Count - 1);
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + (int)pcg.Next(pcg.Next(4) == 0 ? 512u : 16u)));
                break;
            case 6 when bytes.Count > 0:
                at = Math.Min(at, bytes.Count - 1);
                var length = Math.Min(bytes.Count - at, 1 + (int)pcg.Next(64));
                var chunk = bytes.GetRange(at, length);
                var times = 1 + (int)pcg.Next(pcg.Next(8) == 0 ? 100u : 3u);
                for (var t = 0; t < times; t++)
                {
                    bytes.InsertRange(at, chunk);
                }

                break;
            case 7:
                // Splice: a piece of another real post (front matter lines land in bodies and the other way round).
                var other = seeds[(int)pcg.Next((uint)seeds.Count)].Bytes;
                var from = (int)pcg.Next((uint)other.Length);
                bytes.InsertRange(at, other.Skip(from).Take(1 + (int)pcg.Next(256)));
                break;
            case 8 when bytes.Count > 0:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
                var randomBytes = new byte[1 + pcg.Next(8)];
                for (var i = 0; i < randomBytes.Length; i++)
                {
                    randomBytes[i] = (byte)pcg.Next(256);
                }

                bytes.InsertRange(at, randomBytes);
                break;
        }
    }

    /// <summary>Reads the bytes as UTF-8 (lossy, like the compiler) and writes them as UTF-16 with its BOM.</summary>
    private static byte[] Reencode(byte[] data, Encoding encoding, bool bigEndian)
    {
        var text = Encoding.UTF8.GetString(data);
        return [.. encoding.GetPreamble(), .. Encodings.Utf16(text, bigEndian)];
    }
}
