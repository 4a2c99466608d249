using System.Reflection;
using System.Text;
using PostGenerator.Parsing;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Robustness;

/// <summary>
/// Adversarial values in every place content reaches generated code: each front-matter field, a key, a nested key,
/// tags, categories, the slug and the file name. The generated code compiles (warnings as errors, XML documentation
/// checked, the analyzer running) and every value comes back byte for byte, from the <c>Post</c> objects and from
/// the constants (<c>Posts.X.Title</c>, <c>Tags.X</c>).
/// </summary>
public class InjectionTests
{
    /// <summary>
    /// Each value with a label of its UTF-16 code units: xunit names a case by its serialized arguments, and two lone
    /// surrogates serialize alike, so without the label one case would be dropped as a duplicate.
    /// </summary>
    public static TheoryData<string, string> Hostile
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var value in HostileValues)
            {
                data.Add(string.Join(" ", value.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture))), value);
            }

            return data;
        }
    }

    private static readonly string[] HostileValues =
    [
        "\"", "\\", "\"\"\"", "{", "}", "{{x}}", "*/", "/*", "//", "///", "#", "#if DEBUG", "#endif", "#error boom", "#pragma warning disable",
        "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u000B", "\u000C", "\u0000", "\t",
        "\"; } public static class Evil { public const string X = \"", "\"u8 + \"", "\"\"\"\"; //", "@\"", "$\"{System.Environment.Exit(1)}\"",
        "*/ class X { } /*", "\n#line 1 \"evil.cs\"\n", "\\u0022", "\\\"", "/// <summary>x</summary>", "]]><!--", "<![CDATA[",
        "\u202E\u2066bidi\u2069", "\uFEFF", "\uFFFE", "😀", "中文", "\uD800", "\uDC00",
    ];

    internal static string Quoted(string value) => YamlText.DoubleQuoted(value);

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Every_field_key_tag_and_category_comes_back_byte_for_byte(string codeUnits, string hostile)
    {
        Assert.Equal(hostile.Length, codeUnits.Split(' ').Length);
        var value = "a" + hostile + "z";
        var q = Quoted(value);
        var text = $"---\ntitle: {q}\nauthor: {q}\nlayout: {q}\nslug: {q}\ntags: [{q}, {Quoted("t" + hostile)}]\ncategories: [{q}]\n"
            + $"excerpt: {q}\npermalink: {Quoted("/p/" + hostile + "/")}\n{q}: {q}\nnested: {{{q}: [{q}, {{{q}: {q}}}]}}\n---\nbody\n";
        const string path = "content/_posts/2024-01-02-hostile.md";

        // The whole harness: analyzer, XML documentation, every value against the parser and the expected values.
        var expected = new Dictionary<string, string> { ["title"] = value, ["author"] = value, ["layout"] = value, ["slug"] = value, ["excerpt"] = value };
        var lists = new Dictionary<string, IReadOnlyList<string>> { ["tags"] = [value, "t" + hostile], ["categories"] = [value] };
        var fuzzCase = new FuzzCase(0, "injection", path, null, text, "post", expected) { ExpectedLists = lists, TopLevelKeys = expected.Keys.Concat(lists.Keys).ToHashSet() };
        var failures = FuzzHarness.RunBatch([fuzzCase], SiteSettings.Default, new FuzzStats());
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        var (_, assembly) = GeneratorHarness.RunAndLoad(new PostSet().Add(path, text));
        var post = Assert.Single(GeneratorHarness.AllPosts(assembly));
        Assert.Equal(value, post.Title);
        Assert.Equal(value, post.Author);
        Assert.Equal(value, post.Layout);
        Assert.Equal(value, post.Slug);
        Assert.Equal([value, "t" + hostile], post.Tags);
        Assert.Equal([value], post.Categories);
        Assert.Equal(HtmlScan.Normalize(value), post.Excerpt);
        Assert.Equal(value, post.FrontMatter["excerpt"]);
        Assert.Equal("/p/" + hostile + "/", post.FrontMatter["permalink"]);
        Assert.Equal(value, post.FrontMatter[value]);
        var nested = (IReadOnlyDictionary<string, object?>)post.FrontMatter["nested"]!;
        var list = (IReadOnlyList<object?>)nested[value]!;
        Assert.Equal(value, list[0]);
        Assert.Equal(value, ((IReadOnlyDictionary<string, object?>)list[1]!)[value]);

        // The constants say the same, and are the only members their classes gained.
        var postClass = Assert.Single(assembly.GetType("Blog.Posts")!.GetNestedTypes());
        Assert.Equal(value, postClass.GetField("Title")!.GetRawConstantValue());
        Assert.Equal(post.Url, postClass.GetField("Url")!.GetRawConstantValue());
        Assert.Equal(["Post", "Title", "Url"], postClass.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m is not MethodInfo).Select(m => m.Name).Order(StringComparer.Ordinal));

        // The lookups find the post by its exact keys (through the keys' UTF-8 data, or the post itself for a lone surrogate).
        Assert.Same(post.Instance, Lookup(assembly, "BySlug", value));
        Assert.Same(post.Instance, Lookup(assembly, "ByUrl", post.Url));
        Assert.Null(Lookup(assembly, "BySlug", value + "x"));
        Assert.Equal(
            new[] { value, "t" + hostile }.Order(StringComparer.Ordinal),
            Constants(assembly, "Blog.Tags").Order(StringComparer.Ordinal));
        Assert.Equal([value], Constants(assembly, "Blog.Categories"));
        Assert.DoesNotContain(assembly.GetTypes(), t => t.Name is "Evil" or "X");
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void File_names_come_back_byte_for_byte(string codeUnits, string hostile)
    {
        Assert.Equal(hostile.Length, codeUnits.Split(' ').Length);
        if (hostile.Contains('/') || hostile.Contains('\0'))
        {
            // No file system allows these in a name; the path's other characters are what is tested.
            hostile = hostile.Replace("/", "").Replace("\0", "");
        }

        var name = "a" + hostile + "z";
        var path = $"content/_posts/2024-01-02-{name}.md";
        var text = "---\ntitle: T\n---\nx\n";
        var failures = FuzzHarness.RunBatch([new FuzzCase(0, "injection", path, null, text, "post", FuzzCase.NoExpectations)], SiteSettings.Default, new FuzzStats());
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        var (_, assembly) = GeneratorHarness.RunAndLoad(new PostSet().Add(path, text));
        var post = Assert.Single(GeneratorHarness.AllPosts(assembly));
        Assert.Equal(path, post.SourcePath);
        Assert.Equal(name, post.Slug);
        Assert.Same(post.Instance, Lookup(assembly, "BySlug", name));
        Assert.Same(post.Instance, Lookup(assembly, "ByUrl", post.Url));
    }

    private static object? Lookup(Assembly assembly, string method, string key) =>
        assembly.GetType("Blog.Posts")!.GetMethod(method)!.Invoke(null, [key]);

    private static IEnumerable<string> Constants(Assembly assembly, string type) =>
        assembly.GetType(type)!.GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
}
