using System.Text;
using Microsoft.CodeAnalysis.Text;
using PostGenerator.Emitting;
using Xunit;

namespace PostGenerator.Tests.Emitting;

/// <summary>A shard's text over its builder must be, to Roslyn, the text <c>AddSource(string, string)</c> would have made.</summary>
public class BuilderTextTests
{
    [Theory]
    [InlineData(16)] // grown in many chunks
    [InlineData(1 << 20)] // one chunk, as the shards are sized
    public void Reads_as_the_same_text_as_a_string_would(int capacity)
    {
        var builder = new StringBuilder(capacity);
        var random = new Random(3);
        for (var i = 0; i < 3000; i++)
        {
            builder.Append(random.Next(4) switch
            {
                0 => "internal static class P" + i + "\n{\n",
                1 => "    \"中文，标点。\"u8;\r\n",
                2 => "😀 \u2028 ",
                _ => new string('x', random.Next(200)),
            });
        }

        var text = builder.ToString();
        var expected = SourceText.From(text, Encoding.UTF8);
        var actual = new BuilderText(builder);

        Assert.Equal(expected.Length, actual.Length);
        Assert.Equal(text, actual.ToString());
        Assert.Equal(text.Substring(1234, 5678), actual.ToString(new TextSpan(1234, 5678)));
        Assert.Equal(text[4321], actual[4321]);
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
