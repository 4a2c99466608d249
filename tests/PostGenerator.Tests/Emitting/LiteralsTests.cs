using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using PostGenerator.Emitting;
using Xunit;

namespace PostGenerator.Tests.Emitting;

/// <summary>The fast literal writer must write exactly what Roslyn's FormatLiteral writes.</summary>
public class LiteralsTests
{
    private static readonly string[] Pieces =
    [
        "a", "Z", " ", "<p class=\"x\">", "\"", "\\", "\n", "\r", "\t", "\0", "\a", "\b", "\f", "\v", "\u0001", "\u001F", "\u007F",
        "\u0085", "\u00A0", "\u00AD", "é", "ÿ", "\u2010", "“", "”", "…", "\u2028", "\u2029", "\u200B", "\u200E", "\uFEFF",
        "中", "文", "，", "。", "、", "\u3000", "「", "」", "\u9FA5", "\u9FFF", "\u4DB5", "\u4DBF", "한", "ア", "😀", "\uD83D", "\uDE00",
        "\uE000", "\uFFFD", "\uFFFF", "\uFF01", "\uFF5E", "{", "}", "'", "$", "/*", "*/",
    ];

    [Fact]
    public void String_and_Utf8_literals_equal_FormatLiteral()
    {
        var random = new Random(6);
        for (var n = 0; n < 20_000; n++)
        {
            var value = string.Concat(Enumerable.Range(0, random.Next(0, 20)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            Assert.Equal(SymbolDisplay.FormatLiteral(value, quote: true), Literals.String(value));

            // UTF-8 cannot hold a lone surrogate: the encoder's U+FFFD is what the literal must hold.
            var encodable = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(value));
            Assert.Equal(SymbolDisplay.FormatLiteral(encodable, quote: true) + "u8", Literals.Utf8(value));
        }
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(7L)]
    [InlineData(10L)]
    [InlineData(99L)]
    [InlineData(100L)]
    [InlineData(-1L)]
    [InlineData(-300L)]
    [InlineData(639_000_000_000_000_000L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void Numbers_are_written_as_the_invariant_culture_writes_them(long value) =>
        Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Literals.AppendNumber(new StringBuilder(), value).ToString());
}
