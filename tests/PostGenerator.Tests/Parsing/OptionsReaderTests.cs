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

    [Theory]
    [InlineData("content", "/proj/", "content")]
    [InlineData("./content/", "/proj/", "content")]
    [InlineData("content//", "/proj/", "content")]
    [InlineData("/proj/content", "/proj/", "content")]
    [InlineData("/proj/./content/", "/proj", "content")]
    [InlineData("other/../content", "/proj/", "content")]
    [InlineData(".", "/proj/", "")]
    [InlineData("/proj", "/proj/", "")]
    [InlineData("../../content", "/repo/samples/App/", "../../content")]
    [InlineData("/repo/content", "/repo/samples/App/", "../../content")]
    [InlineData("/elsewhere/site/", "/proj/", "../elsewhere/site")]
    [InlineData("/../../x", "/proj/", "../x")]
    [InlineData("./content/", "", "content")]
    [InlineData("../content", "", "../content")]
    public void The_content_root_in_the_form_of_the_posts_relative_paths(string contentRoot, string projectDir, string expected) =>
        Assert.Equal(expected, OptionsReader.ContentRoot(contentRoot, projectDir));

    [Theory]
    [InlineData("content")]
    [InlineData("./content/")]
    [InlineData("/proj/content")]
    [InlineData("/proj/content/")]
    public void Any_spelling_of_the_content_root_gives_the_same_categories_and_url(string contentRoot)
    {
        var posts = new PostSet()
            .Option("PostContentRoot", contentRoot)
            .Add("content/news/_posts/2024-01-02-spelled.md", "---\ntitle: T\n---\nx\n");
        var (_, assembly) = GeneratorHarness.RunAndLoad(posts);
        var post = Assert.Single(GeneratorHarness.AllPosts(assembly));
        Assert.Equal(["news"], post.Categories);
        Assert.Equal("/news/2024/01/02/spelled.html", post.Url);
    }
}
