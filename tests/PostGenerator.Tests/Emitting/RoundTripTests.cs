using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Emitting;

/// <summary>Hostile values in every field compile and come back exactly; broken posts are left out without breaking the rest.</summary>
public class RoundTripTests
{
    public static TheoryData<string> HostileValues => new()
    {
        "quote \" backslash \\ end",
        "raw \"\"\" string",
        "comment */ close // line /* open",
        "nul \0 byte",
        "line \u2028 separator \u2029 paragraph \u0085 next",
        "cr \r lf \n tab \t",
        "#if DEBUG\n#error boom\n#endif",
        "\"; } class Evil { const string X = \"",
        "{ braces } {{ double }}",
        "bidi \u202E override \u200F mark",
        "emoji 😀 and CJK 中文",
        "lone \uD800 surrogate, long enough to be data rather than a short literal",
    };

    /// <summary>YAML's double-quoted style can carry any character through escapes: the exact value the post means.</summary>
    private static string YamlQuoted(string value) => YamlText.DoubleQuoted(value);

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void Every_field_round_trips(string value)
    {
        var quoted = YamlQuoted(value);
        var posts = new PostSet().Add(
            "content/_posts/2024-01-02-hostile.md",
            $"---\ntitle: {quoted}\nauthor: {quoted}\nlayout: {quoted}\nslug: {quoted}\ntags: [{quoted}, plain]\ncategories: [{quoted}]\n{quoted}: {quoted}\nnested: {{ inner: [{quoted}] }}\n---\nBody with {value.Replace("\0", "")}\n");
        var (_, assembly) = GeneratorHarness.RunAndLoad(posts);
        var post = Assert.Single(GeneratorHarness.AllPosts(assembly));

        Assert.Equal(value, post.Title);
        Assert.Equal(value, post.Author);
        Assert.Equal(value, post.Layout);
        Assert.Equal(value, post.Slug);
        Assert.Equal([value, "plain"], post.Tags);
        Assert.Equal([value], post.Categories);
        Assert.Equal(value, post.FrontMatter[value]);
        var nested = (IReadOnlyDictionary<string, object?>)post.FrontMatter["nested"]!;
        Assert.Equal(new object?[] { value }, (IEnumerable<object?>)nested["inner"]!);
    }

    [Theory]
    [InlineData("2024-01-02-quote\"and\\back.md")]
    [InlineData("2024-01-02-comment*-close.md")]
    [InlineData("2024-01-02-中文 空格 #hash %25 +plus &amp.md")]
    [InlineData("2024-01-02-class.md")]
    [InlineData("2024-01-02-123.md")]
    public void File_names_become_valid_identifiers_and_exact_paths(string fileName)
    {
        var posts = new PostSet().Add("content/_posts/" + fileName, "---\ntitle: T\n---\nx\n");
        var (_, assembly) = GeneratorHarness.RunAndLoad(posts);
        var post = Assert.Single(GeneratorHarness.AllPosts(assembly));
        Assert.Equal("content/_posts/" + fileName, post.SourcePath);
        Assert.Equal(fileName[11..^3], post.Slug);
        var nested = Assert.Single(assembly.GetType("Blog.Posts")!.GetNestedTypes());
        Assert.True(SyntaxFacts.IsValidIdentifier(nested.Name), nested.Name);
        Assert.Equal(post.Url, nested.GetField("Url")!.GetRawConstantValue());
        Assert.Same(post.Instance, assembly.GetType("Blog.Posts")!.GetMethod("BySlug")!.Invoke(null, [post.Slug]));
    }

    [Fact]
    public void Colliding_identifiers_are_resolved_in_path_order()
    {
        var posts = new PostSet()
            .Add("content/_posts/2024-01-02-hello-world.md", "---\ntitle: A\n---\na\n")
            .Add("content/_posts/2023-01-02-hello-world.md", "---\ntitle: B\n---\nb\n")
            .Add("content/_posts/2022-01-02-hello_world.md", "---\ntitle: C\n---\nc\n")
            .Add("content/_posts/2022-01-03-all.md", "---\ntitle: D\n---\nd\n");
        var (_, assembly) = GeneratorHarness.RunAndLoad(posts);
        var names = assembly.GetType("Blog.Posts")!.GetNestedTypes()
            .ToDictionary(t => t.Name, t => (string)t.GetField("Title")!.GetRawConstantValue()!);
        Assert.Equal("C", names["HelloWorld"]);
        Assert.Equal("B", names["HelloWorld_2"]);
        Assert.Equal("A", names["HelloWorld_3"]);
        Assert.Equal("D", names["All_2"]);
    }

    [Fact]
    public void Encodings_and_line_endings_give_the_same_post()
    {
        const string text = "---\r\ntitle: \"编码 test\"\r\ntags: [a, b]\r\n---\r\n# 标题\r\n\r\nBody 正文\r\n";
        var utf8Bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var utf16Be = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray();
        var posts = new PostSet()
            .AddBytes("content/_posts/2024-01-01-plain.md", Encoding.UTF8.GetBytes(text))
            .AddBytes("content/_posts/2024-01-02-bom.md", utf8Bom)
            .AddBytes("content/_posts/2024-01-03-utf16.md", utf16)
            .AddBytes("content/_posts/2024-01-04-utf16be.md", utf16Be)
            .AddBytes("content/_posts/2024-01-05-lf.md", Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n")));
        var (_, assembly) = GeneratorHarness.RunAndLoad(posts);
        var all = GeneratorHarness.AllPosts(assembly);
        Assert.Equal(5, all.Count);
        Assert.All(all, p =>
        {
            Assert.Equal("编码 test", p.Title);
            Assert.Equal(["a", "b"], p.Tags);
            Assert.Equal([(1, "标题", "标题")], p.Headings);
            Assert.Contains("<p>Body 正文</p>", p.Html);
        });
    }

    [Fact]
    public void Broken_posts_are_left_out_and_the_rest_compiles()
    {
        var posts = new PostSet()
            .Add("content/_posts/2024-01-01-good.md", "---\ntitle: Good\n---\nfine\n")
            .Add("content/_posts/2024-01-02-bad-yaml.md", "---\ntitle: [unclosed\n---\nx\n")
            .Add("content/_posts/2024-01-03-no-front-matter.md", "just text\n")
            .Add("content/_posts/2024-01-04-unclosed.md", "---\ntitle: x\n")
            .Add("content/_posts/2024-01-05-bad-date.md", "---\ntitle: x\ndate: 11-9-2017\n---\nx\n")
            .Add("content/_posts/2024-01-06-not-a-map.md", "---\n- a\n- b\n---\nx\n")
            .Add("content/_posts/2024-01-07-unpublished.md", "---\ntitle: x\npublished: false\n---\nx\n")
            .Add("content/_posts/no-date.md", "---\ntitle: x\n---\nx\n")
            .Add("content/_drafts/a-draft.md", "---\ntitle: Draft\n---\nx\n", kind: "draft")
            .AddUnmarked("content/notes/2024-01-08-unmarked.md", "---\ntitle: Unmarked\n---\nx\n")
            .AddBytes("content/_posts/2024-01-09-binary.md", [0xFF, 0xFE, 0x00, 0xD8, 0x00, 0x00, 0x01]);
        var (_, assembly) = GeneratorHarness.RunAndLoad(posts);
        Assert.Equal(["Good"], GeneratorHarness.AllPosts(assembly).Select(p => p.Title));
    }

    [Fact]
    public void Drafts_are_included_when_asked()
    {
        var posts = new PostSet()
            .Add("content/_drafts/a-draft.md", "---\ntitle: Draft\ndate: 2024-05-06\n---\nx\n", kind: "draft")
            .Option("PostIncludeDrafts", "true");
        var (_, assembly) = GeneratorHarness.RunAndLoad(posts);
        var draft = Assert.Single(GeneratorHarness.AllPosts(assembly));
        Assert.Equal("a-draft", draft.Slug);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 0, 0, 0, TimeSpan.Zero), draft.Date);
    }

    [Fact]
    public void Csharp_older_than_11_gets_no_generated_code_and_no_compiler_errors()
    {
        var result = GeneratorHarness.Run(PostSet.FromContentFolder(), "class C { }", LanguageVersion.CSharp10);
        Assert.Empty(result.Sources);
        Assert.Empty(result.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Types_named_Post_in_the_users_code_do_not_change_what_the_generated_code_means()
    {
        // The posts' classes in Posts.g.cs name the type Post without its namespace: the namespace's own type must win
        // over a global alias, a type imported by a global using and a global using static's nested type.
        const string User = """
            global using Post = System.Int32;
            global using Other;
            global using static Holder;
            namespace Other { public sealed class Post { } }
            public static class Holder { public sealed class Post { } }
            public static class Use { public static Blog.Post First => Blog.Posts.WritingAnIncrementalGenerator.Post; }
            """;
        var (_, assembly) = GeneratorHarness.RunAndLoad(PostSet.FromContentFolder(), User);
        var first = assembly.GetType("Use")!.GetProperty("First")!;
        Assert.Equal("Blog.Post", first.PropertyType.FullName);
        Assert.Equal("Writing an Incremental Generator", new PostView(first.GetValue(null)!).Title);
    }

    [Fact]
    public void A_post_made_with_the_public_constructor_reads_its_html_from_the_delegate_it_was_given()
    {
        // The site's posts read their HTML by their place in Posts.All; a post made by user code (a test double, say)
        // keeps the delegate it was given, and a null one is refused at construction, not at the first read.
        const string User = """
            public static class Use
            {
                private static Blog.Post Make(Blog.PostUtf8Source html) => new Blog.Post(
                    "slug", "Title", default, null, null, [], [], "/u", "p.md", html, "", 0, default, [],
                    () => new System.Collections.Generic.Dictionary<string, object?>());

                public static byte[] Bytes() => Make(static () => "<p>mine</p>"u8).HtmlUtf8.ToArray();

                public static string Text() => Make(static () => "<p>mine</p>"u8).Html;

                public static string Site() => Blog.Posts.WritingAnIncrementalGenerator.Post.Html;

                public static string Refused()
                {
                    try { Make(null!); return "accepted"; }
                    catch (System.ArgumentNullException e) { return e.ParamName!; }
                }
            }
            """;
        var (_, assembly) = GeneratorHarness.RunAndLoad(PostSet.FromContentFolder(), User);
        var use = assembly.GetType("Use")!;
        object? Call(string name) => use.GetMethod(name)!.Invoke(null, null);
        Assert.Equal("<p>mine</p>"u8.ToArray(), (byte[])Call("Bytes")!);
        Assert.Equal("<p>mine</p>", Call("Text"));
        Assert.StartsWith("<p>The first version of our post generator", (string)Call("Site")!, StringComparison.Ordinal);
        Assert.Equal("html", Call("Refused"));
    }

    [Fact]
    public void Design_time_output_declares_every_member_without_the_html()
    {
        var posts = PostSet.FromContentFolder();
        var full = GeneratorHarness.CreateDriver(posts, trackSteps: false).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult();
        var designTime = GeneratorHarness.CreateDriver(posts, trackSteps: false, disableImplementationOutputs: true)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation("class Use { int N => Blog.Posts.All.Count + Blog.Posts.WritingAnIncrementalGenerator.Post.HtmlUtf8.Length + Blog.Posts.BySlug(\"x\")!.Title.Length + Blog.Posts.ByUrl(Blog.Posts.WritingAnIncrementalGenerator.Url)!.Slug.Length + Blog.Posts.WritingAnIncrementalGenerator.Title.Length + Blog.Tags.PostsOf(Blog.Tags.Dotnet).Count + Blog.Tags.ByName.Count + Blog.Categories.All.Count + Blog.Categories.PostsOf(\"x\").Count; }"), out var output, out _)
            .GetRunResult();

        // No per-post file and no UTF-8 data at all: the IDE holds the public surface only.
        Assert.DoesNotContain(designTime.GeneratedTrees, t => t.FilePath.Replace('\\', '/').Contains("/Posts/", StringComparison.Ordinal));
        Assert.DoesNotContain(designTime.GeneratedTrees, t => t.ToString().Contains("\"u8", StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        // The full build adds the posts' data files, the data of Posts.All and of Tags and Categories, nothing else.
        var dataFiles = full.GeneratedTrees.Count(t => t.FilePath.Replace('\\', '/').Contains("/Posts/", StringComparison.Ordinal));
        Assert.Equal(GeneratorHarness.AllPostsCount(posts), full.GeneratedTrees.Sum(t => GeneratorHarness.PostsIn(t.ToString())));
        Assert.Equal(
            ["Categories.Places.g.cs", "Posts.All.g.cs", "Tags.Places.g.cs"],
            full.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).Except(designTime.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)))
                .Where(n => !n.StartsWith("Data", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(full.GeneratedTrees.Length, designTime.GeneratedTrees.Length + dataFiles + 3);
    }
}

/// <summary>A site whose text would overflow the 16 MB user-string heap (CS8103) if it were emitted as string literals.</summary>
public class LargeSiteTests
{
    [Fact]
    public void Text_beyond_the_string_literal_heap_limit_still_compiles()
    {
        // 40 posts, each with a 110,000-character title that is also its excerpt: about 17.6 MB of UTF-16 text.
        var posts = new PostSet();
        for (var i = 0; i < 40; i++)
        {
            var title = $"{i:D4} " + new string((char)('一' + (i % 500)), 110_000);
            posts.Add($"content/_posts/2024-01-01-post-{i:D4}.md", $"---\ntitle: \"{title}\"\n---\n{title} paragraph\n");
        }

        var result = GeneratorHarness.Run(posts);
        using var stream = new MemoryStream();
        var emit = result.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Take(5)));
        Assert.DoesNotContain(emit.Diagnostics, d => d.Id == "CS8103");
    }
}
