using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Diagnostics;

/// <summary>Per-file diagnostics of the front matter, each asserted at its exact span (markup in the text).</summary>
public sealed class FrontMatterDiagnosticsTests
{
    private const string Path = "content/_posts/2024-01-01-post.md";

    [Fact]
    public void Valid_post_has_no_diagnostics() => Check("---\ntitle: Hello\ndate: 2024-01-01 10:00:00 +0000\ntags: [a, b]\n---\nBody\n");

    [Fact]
    public void No_front_matter() => Check("{|POST001:|}Just text.\n");

    [Fact]
    public void Unclosed_front_matter() => Check("{|POST002:---|}\ntitle: Hello\n\nBody text\n");

    [Fact]
    public void Tab_indentation() => Check("---\ntitle: Hello\ntags:\n{|POST003:\t|}- a\n---\n");

    [Fact]
    public void Tab_before_a_key() => Check("---\ntitle: Hello\n{|POST003:\t|}date: 2024-01-01\n---\n");

    [Fact]
    public void Flow_map_closed_by_the_wrong_bracket() => Check("---\ntitle: Hello\ntags: [a, {b: c{|POST003:|}]\n---\n");

    [Fact]
    public void Empty_flow_list_as_title() => Check("---\ntitle: {|POST006:[]|}\n---\n");

    [Fact]
    public void Unclosed_quote() => Check("---\ntitle: {|POST003:\"Hello\n|}date: 2024-01-01\n---\nBody\n");

    [Fact]
    public void Bad_indentation() => Check("---\ntitle: Hello\n  date{|POST003:|}: 2024-01-01\n---\n");

    [Fact]
    public void Unclosed_flow_list() => Check("---\ntitle: Hello\ntags: {|POST003:[|}a, b\n---\n");

    [Fact]
    public void Front_matter_that_is_a_list() => Check("---\n{|POST004:- a\n- b|}\n---\nBody\n");

    [Fact]
    public void Front_matter_that_is_a_scalar() => Check("---\n{|POST004:just words|}\n---\nBody\n");

    [Fact]
    public void Duplicate_key_is_reported_at_the_second() => Check("---\ntitle: One\ndate: 2024-01-01\n{|POST005:title|}: Two\n---\n");

    [Fact]
    public void Title_that_is_a_list() => Check("---\ntitle: {|POST006:[a, b]|}\n---\n");

    [Fact]
    public void Tags_that_are_a_map() => Check("---\ntitle: T\ntags: {|POST006:{a: 1}|}\n---\n");

    [Fact]
    public void Published_that_is_not_a_boolean() => Check("---\ntitle: T\npublished: {|POST006:maybe|}\n---\n");

    [Fact]
    public void Invalid_date() => Check("---\ntitle: T\ndate: {|POST007:2024-13-45|}\n---\n");

    [Fact]
    public void Date_in_full_width_digits_is_invalid() => Check("---\ntitle: T\ndate: {|POST007:\uFF12\uFF10\uFF12\uFF14-01-01|}\n---\n");

    [Fact]
    public void File_name_with_a_date_in_full_width_digits_has_no_date() =>
        Check("{|POST010:|}---\ntitle: T\n---\n", "content/_posts/\uFF12\uFF10\uFF12\uFF14-01-01-post.md");

    [Fact]
    public void Ambiguous_date() => Check("---\ntitle: T\ndate: {|POST008:11-9-2017|}\n---\n", "content/_posts/2017-11-09-post.md");

    [Fact]
    public void Date_that_differs_from_the_file_name() => Check("---\ntitle: T\ndate: {|POST009:2024-02-03 10:00:00|}\n---\n");

    [Fact]
    public void File_name_without_date() => Check("{|POST010:|}---\ntitle: T\n---\n", "content/_posts/no-date.md");

    [Fact]
    public void Draft_without_date_is_fine() => Check("---\ntitle: T\n---\n", "content/_drafts/no-date.md", kind: "draft");

    [Fact]
    public void Missing_title() => Check("---\n{|POST011:|}date: 2024-01-01\n---\n");

    [Fact]
    public void Empty_title() => Check("---\ntitle: {|POST011:\"\"|}\n---\n");

    [Fact]
    public void Messages_say_what_is_wrong_and_what_to_do()
    {
        var posts = new PostSet().Add(Path, "---\ntitle: T\npublished: maybe\n---\n");
        var diagnostic = Assert.Single(AnalyzerHarness.Run(posts));
        Assert.Equal(
            "The front-matter key 'published' must be true or false, not 'maybe', and the post is left out. Change the value to true or false.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("https://github.com/postgenerator/PostGenerator/blob/main/docs/diagnostics/POST006.md", diagnostic.Descriptor.HelpLinkUri);
    }

    internal static void Check(string marked, string path = Path, string kind = "post")
    {
        var markup = Markup.Parse(marked);
        var posts = new PostSet().Add(path, markup.Text, kind);
        Assert.Equal(string.Join("\n", markup.Expected(path)), string.Join("\n", AnalyzerHarness.Describe(AnalyzerHarness.Run(posts))));
    }
}
