using System.Text;
using Microsoft.CodeAnalysis.Text;
using PostGenerator.Emitting;
using Xunit;

namespace PostGenerator.Tests.Emitting;

/// <summary>A shard's text over its builder must be, to Roslyn, the text <c>AddSource(string, string)</c> would have made.</summary>
public class BuilderTextTests
{
    [Theory]
    [InlineData(16, 1)] // grown in many chunks
    [InlineData(8000, 1)] // as a shard's part starts
    [InlineData(1 << 20, 1)] // one chunk
    [InlineData(8000, 3)] // a shard written in parts, one after the other
    [InlineData(16, 7)]
    public void Reads_as_the_same_text_as_a_string_would(int capacity, int parts)
    {
        var builders = Enumerable.Range(0, parts).Select(_ => new StringBuilder(capacity)).ToArray();
        var random = new Random(3);
        for (var i = 0; i < 3000; i++)
        {
            builders[i * parts / 3000].Append(random.Next(4) switch
            {
                0 => "internal static class P" + i + "\n{\n",
                1 => "    \"中文，标点。\"u8;\r\n",
                2 => "😀 \u2028 ",
                _ => new string('x', random.Next(200)),
            });
        }

        var text = string.Concat(builders.Select(b => b.ToString()));
        var expected = SourceText.From(text, Encoding.UTF8);
        var actual = new BuilderText(builders);

        Assert.Equal(expected.Length, actual.Length);
        Assert.Equal(text, actual.ToString());
        Assert.Equal(text.Substring(1234, 5678), actual.ToString(new TextSpan(1234, 5678)));
        Assert.Equal(text[4321], actual[4321]);
        Assert.Equal(text[^1], actual[text.Length - 1]);
        foreach (var (start, length) in new[] { (0, text.Length), (text.Length / 3 - 5, 10), (text.Length / 2, text.Length / 2), (text.Length - 1, 1), (7, 0) })
        {
            var chars = new char[length + 2];
            actual.CopyTo(start, chars, 1, length);
            Assert.Equal(text.Substring(start, length), new string(chars, 1, length));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => actual[text.Length]);
        Assert.Throws<ArgumentOutOfRangeException>(() => actual.CopyTo(text.Length - 1, new char[2], 0, 2));
        Assert.Equal(expected.Encoding, actual.Encoding);
        Assert.Equal(expected.ChecksumAlgorithm, actual.ChecksumAlgorithm);
        Assert.Equal(Convert.ToHexString(expected.GetChecksum().ToArray()), Convert.ToHexString(actual.GetChecksum().ToArray()));
        Assert.True(expected.ContentEquals(actual));
        Assert.Equal(expected.Lines.Select(l => l.ToString()), actual.Lines.Select(l => l.ToString()));

        using var expectedWriter = new StringWriter();
        using var actualWriter = new StringWriter();
        expected.Write(expectedWriter);
        actual.Write(actualWriter);
        Assert.Equal(expectedWriter.ToString(), actualWriter.ToString());
    }
}
