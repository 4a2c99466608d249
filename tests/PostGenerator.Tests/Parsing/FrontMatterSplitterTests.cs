using PostGenerator.Parsing;
using Xunit;

namespace PostGenerator.Tests.Parsing;

public class FrontMatterSplitterTests
{
    [Theory]
    [InlineData("---\na: 1\n---\nbody", "a: 1\n", "body")]
    [InlineData("---\r\na: 1\r\n---\r\nbody", "a: 1\r\n", "body")]
    [InlineData("\uFEFF---\na: 1\n---\nbody", "a: 1\n", "body")]
    [InlineData("---   \na: 1\n...\nbody", "a: 1\n", "body")]
    [InlineData("---\n---\nbody", "", "body")]
    [InlineData("---\na: 1\n--- \t\nbody\n---\nmore", "a: 1\n", "body\n---\nmore")]
    [InlineData("---\na: 1\n---", "a: 1\n", "")]
    [InlineData("---\ncode: |\n  ----\n  x\n---\nbody", "code: |\n  ----\n  x\n", "body")]
    public void Finds_yaml_and_body(string text, string yaml, string body)
    {
        var split = FrontMatterSplitter.Split(text);
        Assert.Equal(FrontMatterStatus.Found, split.Status);
        Assert.Equal(yaml, text.Substring(split.YamlStart, split.YamlLength));
        Assert.Equal(body, text[split.BodyStart..]);
    }

    [Theory]
    [InlineData("no front matter")]
    [InlineData("----\na: 1\n---\n")]
    [InlineData(" ---\na: 1\n---\n")]
    [InlineData("")]
    public void Missing_when_the_first_line_is_not_three_dashes(string text) =>
        Assert.Equal(FrontMatterStatus.Missing, FrontMatterSplitter.Split(text).Status);

    [Theory]
    [InlineData("---\na: 1\n")]
    [InlineData("---\na: 1\n----\n")]
    [InlineData("---")]
    public void Unclosed_without_a_closing_line(string text) =>
        Assert.Equal(FrontMatterStatus.Unclosed, FrontMatterSplitter.Split(text).Status);
}
