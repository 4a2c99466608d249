using PostGenerator.Parsing;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Parsing;

public class OptionsReaderTests
{
    [Fact]
    public void Hash_and_semicolon_carried_by_the_targets_are_restored()
    {
        // What build/PostGenerator.targets writes for <PostTagUrl>/tags/#{tag};x</PostTagUrl>.
        var options = new PostSet().Option("PostTagUrl", "/tags/\uE023{tag}\uE03Bx").Option("PostContentRoot", "c\uE023 posts").OptionsProvider().GlobalOptions;
        var site = OptionsReader.Read(options);
        Assert.Equal("/tags/#{tag};x", site.TagUrl);
        Assert.Equal("c# posts", site.ContentRoot);
    }

    [Theory]
    [InlineData("Blog.Content", "Blog.Content")]
    [InlineData("", "Blog")]
    [InlineData("class", "Blog")]
    [InlineData("1Bad.Name", "Blog")]
    public void Namespace_falls_back_to_the_root_namespace(string configured, string expected)
    {
        var options = new PostSet().Option("PostNamespace", configured).OptionsProvider().GlobalOptions;
        Assert.Equal(expected, OptionsReader.Read(options).Namespace);
    }

    [Theory]
    [InlineData("/proj/content/_posts/a.md", "/proj/", "content/_posts/a.md")]
    [InlineData("/repo/content/_posts/a.md", "/repo/samples/App/", "../../content/_posts/a.md")]
    [InlineData("/proj/x\\y.md", "/proj", "x\\y.md")]
    public void Paths_relative_to_the_project(string path, string projectDir, string expected) =>
        Assert.Equal(expected, OptionsReader.RelativePath(path, projectDir));
}
