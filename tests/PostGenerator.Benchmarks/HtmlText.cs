using System.Globalization;
using System.Text;

namespace PostGenerator.Benchmarks;

/// <summary>
/// The HTML-like text that the literal measurements (<see cref="LiteralCost"/>, <see cref="LiteralPhases"/>) compile:
/// paragraphs each with a distinct random number, so no two items are the same literal, and close to half of their
/// UTF-8 bytes CJK (or, for the ASCII variant, 'x's of the same byte size).
/// </summary>
public static class HtmlText
{
    private const string Start = "<p class=\"x\">Text of a post, number ";
    private const string End = " and more.</p>\n";
    private const string CjkTail = " 中文排版与标点符号，汉字和假名的混合" + End;

    /// <summary>As many UTF-8 bytes as <see cref="CjkTail"/>, all ASCII: a space, 'x's, the same end.</summary>
    private static readonly string AsciiTail = " " + new string('x', Encoding.UTF8.GetByteCount(CjkTail) - 1 - End.Length) + End;

    private static readonly int TailBytes = Encoding.UTF8.GetByteCount(CjkTail);

    /// <summary>Paragraphs until there are at least <paramref name="bytes"/> UTF-8 bytes (the last one may go past).</summary>
    public static string Paragraphs(Random random, int bytes, bool ascii = false)
    {
        var tail = ascii ? AsciiTail : CjkTail;
        var builder = new StringBuilder(bytes);
        var written = 0;
        while (written < bytes)
        {
            var number = random.Next().ToString(CultureInfo.InvariantCulture);
            builder.Append(Start).Append(number).Append(tail);
            written += Start.Length + number.Length + TailBytes;
        }

        return builder.ToString();
    }
}
