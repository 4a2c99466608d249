using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Diagnostics;

/// <summary>Checks of a post against the rest of the site: tag links, post links, post_url and duplicates.</summary>
public sealed class CrossPostDiagnosticsTests
{
    private const string Tagged = "---\ntitle: Tagged\ntags: [dotnet, Machine Learning, 中文]\n---\nBody\n";

    [Theory]
    [InlineData("[x]({|POST013:/tags/roslyn/|})")]
    [InlineData("<a href=\"{|POST013:/tags/roslyn/|}\">x</a>")]
    [InlineData("<a href='{|POST013:/tags/roslyn/|}'>x</a>")]
    [InlineData("<a class=x\n   HREF = {|POST013:/tags/roslyn/|} >x</a>")]
    [InlineData("[x]({|POST013:/tags/roslyn|})")]
    [InlineData("[x]({|POST013:/tags/roslyn/index.html|})")]
    [InlineData("[x]({|POST013:/tags/roslyn/#top|})")]
    [InlineData("[x]({|POST013:{{site.baseurl}}/tags/roslyn/|})")]
    [InlineData("[x]({|POST013:{{ site.baseurl }}/tags/roslyn/|})")]
    [InlineData("<a href=\"{|POST013:{{ site.url }}{{ site.baseurl }}/tags/roslyn/|}\">x</a>")]
    [InlineData("[x][r]\n\n[r]: {|POST013:/tags/roslyn/|}")]
    [InlineData("<div>\n<p><a href=\"{|POST013:/tags/%E6%8B%9C%E7%99%BB/|}\">x</a></p>\n</div>")]
    public void Broken_tag_links_are_reported_on_the_target(string body) => Check(body);

    [Theory]
    [InlineData("[x](/tags/dotnet/)")]
    [InlineData("[x](/tags/DotNet/)")]
    [InlineData("[x](/tags/machine-learning/)")]
    [InlineData("[x](/tags/Machine%20Learning/)")]
    [InlineData("<a href=\"/tags/&#x4E2D;&#25991;/\">x</a>")]
    [InlineData("[x](/tags/%E4%B8%AD%E6%96%87/)")]
    [InlineData("[x](/tags/)")]
    [InlineData("[x](/tags/feed.xml)")]
    [InlineData("[x](/tags/a/b/)")]
    [InlineData("[x](https://other.example/tags/roslyn/)")]
    [InlineData("[x](//other.example/tags/roslyn/)")]
    [InlineData("`<a href=\"/tags/roslyn/\">`")]
    [InlineData("    <a href=\"/tags/roslyn/\">x</a>")]
    [InlineData("```\n[x](/tags/roslyn/)\n```")]
    [InlineData("![x](/tags/roslyn/)")]
    [InlineData("[x](mailto:a@b.c) [y](#tags)")]
    public void Fine_links_and_links_that_are_not_tag_links_are_not_reported(string body) => Check(body);

    [Theory]
    [InlineData("---\ntitle: [unclosed\ntags: [roslyn]\n---\n[x](/tags/roslyn/)\n", "POST003")]
    [InlineData("---\n- a list\n---\n[x](/tags/roslyn/)\n", "POST004")]
    public void A_post_whose_tags_cannot_be_read_gets_its_own_error_not_broken_tag_links(string text, string error)
    {
        var posts = new PostSet().Add("content/_posts/2024-01-01-tagged.md", Tagged).Add("content/_posts/2024-01-02-broken.md", text);
        Assert.Equal([error], AnalyzerHarness.Run(posts).Select(d => d.Id));
    }

    [Fact]
    public void A_post_left_out_by_other_errors_still_has_its_tag_links_checked()
    {
        // Its tags were read (a bad date leaves the post out after them): a link to a tag no post has is still broken.
        var text = "---\ntitle: T\ndate: not a date\ntags: [dotnet]\n---\n[x](/tags/roslyn/)\n";
        var posts = new PostSet().Add("content/_posts/2024-01-01-tagged.md", Tagged).Add("content/_posts/2024-01-02-broken.md", text);
        Assert.Contains("POST013", AnalyzerHarness.Run(posts).Select(d => d.Id));
    }

    [Fact]
    public void Near_match_is_suggested()
    {
        var posts = Site("[x](/tags/dotnett/)");
        var diagnostic = Assert.Single(AnalyzerHarness.Run(posts));
        Assert.Equal(
            "The link goes to the tag page of 'dotnett', but no post has that tag (did you mean 'dotnet'?). Fix the link, or add the tag to the 'tags:' of a post.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("/tags/#{tag}", "[x]({|POST013:/tags/#roslyn|}) [y](/tags/#dotnet) [z]({|POST013:/tags/index.html#roslyn|})")]
    [InlineData("/tag/{tag}.html", "[x]({|POST013:/tag/roslyn.html|}) [y](/tag/dotnet.html) [z]({|POST013:/tag/roslyn|})")]
    [InlineData("{{ site.baseurl }}/topics/{tag}/", "[x]({|POST013:/topics/roslyn/|}) [y](/tags/roslyn/)")]
    public void Tag_url_templates(string template, string body) => Check(body, posts => posts.Option("PostTagUrl", template));

    [Theory]
    [InlineData("[x]({|POST013:https://example.com/blog/tags/roslyn/|})")]
    [InlineData("[x]({|POST013:http://EXAMPLE.com/blog/tags/roslyn/|})")]
    [InlineData("[x]({|POST013:/blog/tags/roslyn/|})")]
    [InlineData("[x]({|POST013:{{ site.baseurl }}/tags/roslyn/|})")]
    [InlineData("[x]({|POST013:{{ site.url }}/blog/tags/roslyn/|})")]
    [InlineData("[x](/tags/roslyn/)")]
    [InlineData("[x](https://example.com/other/tags/roslyn/)")]
    [InlineData("[x](https://example.com:8080/blog/tags/roslyn/)")]
    [InlineData("[x](https://example.org/blog/tags/roslyn/)")]
    public void Site_url_with_a_base_path(string body) => Check(body, posts => posts.Option("PostSiteUrl", "https://example.com/blog"));

    [Fact]
    public void Html_post_links_are_checked_in_the_whole_body()
    {
        var markup = Markup.Parse("---\ntitle: H\n---\n<p>`code`<a href=\"{|POST013:/tags/nope/|}\">x</a></p>\n");
        var posts = new PostSet().Add("content/_posts/2024-01-01-tagged.md", Tagged).Add("content/_posts/2024-01-02-page.html", markup.Text);
        Assert.Equal(markup.Expected("content/_posts/2024-01-02-page.html"), AnalyzerHarness.Describe(AnalyzerHarness.Run(posts)));
    }

    [Fact]
    public void Tags_of_a_post_with_errors_still_count_but_unpublished_ones_do_not()
    {
        var markup = Markup.Parse("---\ntitle: L\n---\n[a](/tags/broken-post-tag/) [b]({|POST013:/tags/unpublished-tag/|})\n");
        var posts = new PostSet()
            .Add("content/_posts/2024-01-01-broken.md", "---\ntitle: B\ndate: 2024-13-01\ntags: [broken-post-tag]\n---\n")
            .Add("content/_posts/2024-01-02-hidden.md", "---\ntitle: U\npublished: false\ntags: [unpublished-tag]\n---\n")
            .Add("content/_posts/2024-01-03-links.md", markup.Text);
        var diagnostics = AnalyzerHarness.Run(posts).Where(d => d.Id == "POST013");
        Assert.Equal(markup.Expected("content/_posts/2024-01-03-links.md"), AnalyzerHarness.Describe(diagnostics));
    }

    [Fact]
    public void Post_url_naming_no_post()
    {
        var markup = Markup.Parse("---\ntitle: L\n---\nSee [a]({% post_url 2024-01-01-tagged %}) and [b]({% post_url {|POST014:2024-01-01-taged|} %}) and {%post_url {|POST014:nothing-like-it|}%}.\n");
        var posts = new PostSet().Add("content/_posts/2024-01-01-tagged.md", Tagged).Add("content/_posts/2024-02-01-links.md", markup.Text);
        var diagnostics = AnalyzerHarness.Run(posts);
        Assert.Equal(markup.Expected("content/_posts/2024-02-01-links.md"), AnalyzerHarness.Describe(diagnostics));
        Assert.Equal(
            "{% post_url 2024-01-01-taged %} finds no post (did you mean '2024-01-01-tagged'?). Use the file name of a post without its extension, such as 2023-10-28-my-post.",
            diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostics[0].DefaultSeverity);
    }

    [Fact]
    public void Post_url_naming_an_unpublished_post_says_so()
    {
        var markup = Markup.Parse("---\ntitle: L\n---\n{% post_url {|POST014:2024-01-01-hidden|} %}\n");
        var posts = new PostSet()
            .Add("content/_posts/2024-01-01-hidden.md", "---\ntitle: U\npublished: false\n---\n")
            .Add("content/_posts/2024-02-01-links.md", markup.Text);
        var diagnostic = Assert.Single(AnalyzerHarness.Run(posts));
        Assert.Contains("finds no post (the post it names is left out: published: false)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_links_to_post_files_and_post_urls()
    {
        var markup = Markup.Parse(
            "---\ntitle: L\n---\n"
            + "[ok file](2024-01-01-tagged.md) [ok url](/2024/01/01/tagged.html) [ok pretty](/2024/01/01/tagged/)\n"
            + "[ok up](../_posts/2024-01-01-tagged.md) [ok site](https://example.com/2024/01/01/tagged.html)\n"
            + "[bad file]({|POST015:2024-01-01-taged.md|}) [bad url]({|POST015:/2024/01/02/tagged.html|})\n"
            + "[bad up]({|POST015:../_posts/2023-01-01-none.md|}) [bad site]({|POST015:https://example.com/2024/01/01/nothing.html|})\n"
            + "[not a post](/about.html) [image](/assets/2024/01/01/x.png) [readme](../README.md) [other](https://other.example/2024/01/01/x.html)\n");
        var posts = new PostSet()
            .Option("PostSiteUrl", "https://example.com")
            .Add("content/_posts/2024-01-01-tagged.md", Tagged)
            .Add("content/_posts/2024-02-01-links.md", markup.Text);
        var diagnostics = AnalyzerHarness.Run(posts);
        Assert.Equal(markup.Expected("content/_posts/2024-02-01-links.md"), AnalyzerHarness.Describe(diagnostics));
        var messages = diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Contains("did you mean '2024-01-01-tagged.md'?", messages[0], StringComparison.Ordinal);
        Assert.Contains("(did you mean '/2024/01/01/tagged.html'? If that is the post, set PostPermalink to the site's permalink)", messages[1], StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", messages[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_slug_is_reported_at_both_files()
    {
        var first = Markup.Parse("---\ntitle: A\nslug: {|POST012:same|}\n---\n");
        var second = Markup.Parse("---\ntitle: B\nslug: {|POST012:same|}\n---\n");
        var posts = new PostSet()
            .Add("content/_posts/2024-01-01-a.md", first.Text)
            .Add("content/_posts/2024-01-02-b.md", second.Text);
        var diagnostics = AnalyzerHarness.Run(posts);
        Assert.Equal(
            first.Expected("content/_posts/2024-01-01-a.md").Concat(second.Expected("content/_posts/2024-01-02-b.md")),
            AnalyzerHarness.Describe(diagnostics));
        Assert.Equal(
            "This post has the same slug 'same' as 'content/_posts/2024-01-02-b.md'. Give one of them its own 'slug:' or 'permalink:' in the front matter.",
            diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Duplicate_url_and_generated_name()
    {
        // Same URL through permalink; same generated class name from slugs that differ only in case and punctuation.
        var a = Markup.Parse("---\ntitle: A\npermalink: {|POST012:/same/|}\n---\n");
        var b = Markup.Parse("---\ntitle: B\npermalink: {|POST012:/same/|}\n---\n");
        var c = Markup.Parse("{|POST012:---|}\ntitle: C\n---\n");
        var d = Markup.Parse("{|POST012:---|}\ntitle: D\n---\n");
        var posts = new PostSet()
            .Add("content/_posts/2024-01-01-a.md", a.Text)
            .Add("content/_posts/2024-01-02-b.md", b.Text)
            .Add("content/_posts/2024-01-03-hello-world.md", c.Text)
            .Add("content/_posts/2024-01-04-Hello_World.md", d.Text);
        var diagnostics = AnalyzerHarness.Run(posts);
        Assert.Equal(
            a.Expected("content/_posts/2024-01-01-a.md")
                .Concat(b.Expected("content/_posts/2024-01-02-b.md"))
                .Concat(c.Expected("content/_posts/2024-01-03-hello-world.md"))
                .Concat(d.Expected("content/_posts/2024-01-04-Hello_World.md")),
            AnalyzerHarness.Describe(diagnostics));
        Assert.Contains("same URL '/same/'", diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("same generated class name 'Posts.HelloWorld'", diagnostics[2].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void One_broken_post_does_not_hide_the_others()
    {
        var files = new (string Path, Markup Markup)[]
        {
            ("content/_posts/2024-01-01-a.md", Markup.Parse("---\ntitle: {|POST003:\"A\n|}date: x\n---\n")),
            ("content/_posts/2024-01-02-b.md", Markup.Parse("---\n{|POST011:|}date: {|POST007:2024-02-30|}\n---\n[x]({|POST013:/tags/nope/|})\n")),
            ("content/_posts/2024-01-03-c.md", Markup.Parse("{|POST001:|}no front matter\n")),
            ("content/_posts/2024-01-04-d.md", Markup.Parse("---\ntitle: D\ntags: [ok]\n---\n[x](/tags/ok/) {% post_url {|POST014:missing|} %}\n")),
            ("content/_posts/2024-01-05-e.md", Markup.Parse("---\ntitle: E\n{|POST005:title|}: E2\n---\n")),
        };
        var posts = new PostSet();
        foreach (var (path, markup) in files)
        {
            posts.Add(path, markup.Text);
        }

        Assert.Equal(files.SelectMany(f => f.Markup.Expected(f.Path)), AnalyzerHarness.Describe(AnalyzerHarness.Run(posts)));
    }

    private static PostSet Site(string body) =>
        new PostSet()
            .Add("content/_posts/2024-01-01-tagged.md", Tagged)
            .Add("content/_posts/2024-01-02-links.md", "---\ntitle: Links\n---\n" + body + "\n");

    private static void Check(string markedBody, Action<PostSet>? configure = null)
    {
        var markup = Markup.Parse("---\ntitle: Links\n---\n" + markedBody + "\n");
        var posts = new PostSet()
            .Add("content/_posts/2024-01-01-tagged.md", Tagged)
            .Add("content/_posts/2024-01-02-links.md", markup.Text);
        configure?.Invoke(posts);
        Assert.Equal(
            string.Join("\n", markup.Expected("content/_posts/2024-01-02-links.md")),
            string.Join("\n", AnalyzerHarness.Describe(AnalyzerHarness.Run(posts))));
    }
}
