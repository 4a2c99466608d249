using PostGenerator.Emitting;
using PostGenerator.Model;
using PostGenerator.Parsing;
using Xunit;

namespace PostGenerator.Tests.Robustness;

/// <summary>
/// Every failure the fuzzer found, reduced to the input that caused it. Each ran into the parser's safety net
/// ("internal error") or produced code that did not compile before its fix. The case seed that found it is named,
/// replayable with <c>POSTGEN_FUZZ_REPLAY=SEED@BATCH</c> (master seed <see cref="FuzzRun.DefaultSeed"/>).
/// </summary>
public class RegressionTests
{
    internal static PostDocument Parse(string relativePath, string text, SiteOptions? options = null) =>
        PostParser.Parse(new PostInput("/proj/" + relativePath, relativePath, false, text), options ?? SiteOptions.Default, CancellationToken.None);

    /// <summary>The whole harness on hand-written cases: generator, analyzer when present, compile, load, compare.</summary>
    internal static void Survives(SiteSettings settings, params (string Path, string Text)[] posts)
    {
        var cases = posts.Select((p, i) => new FuzzCase((ulong)i, "regression", p.Path, null, p.Text, "post", FuzzCase.NoExpectations)).ToList();
        var failures = FuzzHarness.RunBatch(cases, settings, new FuzzStats());
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    internal static void Survives(params (string Path, string Text)[] posts) => Survives(SiteSettings.Default, posts);

    private static string[] Ids(PostDocument document) => document.Diagnostics.Select(d => d.Id).ToArray();

    [Theory]
    [InlineData(": [\na\n")] // 0x0785969AC94F3E63@3: YamlDotNet threw InvalidOperationException
    [InlineData("title: [x, : [\nq]\n")]
    [InlineData("title: \"\\uD800\\u0041\"\n")] // 0xB82D870738E92FEF@5: YamlDotNet threw ArgumentOutOfRangeException
    [InlineData("tags: [\"a\\uDBFF\\uD800\"]\n")]
    public void Yaml_the_parser_library_chokes_on_is_a_syntax_error(string yaml)
    {
        var document = Parse("content/_posts/2024-01-02-x.md", "---\n" + yaml + "---\nbody\n");
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticIds.YamlSyntax, diagnostic.Id);
        Assert.InRange(diagnostic.Start, 4, 4 + yaml.Length);
        Assert.Null(document.Model);
        Survives(("content/_posts/2024-01-02-x.md", "---\n" + yaml + "---\nbody\n"), ("content/_posts/2024-01-03-good.md", "---\ntitle: Good\n---\nok\n"));
    }

    [Theory]
    [InlineData("? b: *a1\n: v\n? b: *a1\n: w\n", "b: *a1")] // 0xA8B8D1DD39A366A7@206 (seed 0xF17A1): a key ending in an alias had a negative length
    [InlineData("? [q, *a1]\n: v\n? [q, *a1]\n: w\n", "[q, *a1]")]
    [InlineData("? - *a1\n: v\n? - *a1\n: w\n", "- *a1")]
    public void A_list_or_map_that_ends_in_an_alias_ends_where_the_alias_does(string yaml, string secondKey)
    {
        var text = "---\ntitle: t\na: &a1 x\n" + yaml + "---\nbody\n";
        var document = Parse("content/_posts/2024-01-02-x.md", text);
        var duplicate = Assert.Single(document.Diagnostics, d => d.Id == DiagnosticIds.DuplicateKey);
        Assert.Equal(text.LastIndexOf(secondKey, StringComparison.Ordinal), duplicate.Start);
        Assert.Equal(secondKey.Length, duplicate.Length);
        Survives(("content/_posts/2024-01-02-x.md", text));
    }

    [Theory]
    [InlineData("a: &a1 [x, y]\ntitle: *a1\n", DiagnosticIds.WrongShape)]
    [InlineData("a: &a1 { k: v }\ntitle: t\ndate: *a1\n", DiagnosticIds.WrongShape)]
    [InlineData("a: &a1 not a date\ntitle: t\ndate: *a1\n", DiagnosticIds.InvalidDate)]
    [InlineData("a: &a1 title\ntitle: t\n*a1 : u\n", DiagnosticIds.DuplicateKey)]
    public void A_diagnostic_about_an_alias_points_at_the_alias_not_at_its_anchor(string yaml, string id)
    {
        var text = "---\n" + yaml + "---\nbody\n";
        var document = Parse("content/_posts/2024-01-02-x.md", text);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Id == id);
        Assert.Equal(text.LastIndexOf("*a1", StringComparison.Ordinal), diagnostic.Start);
        Assert.Equal("*a1".Length, diagnostic.Length);
        Survives(("content/_posts/2024-01-02-x.md", text));
    }

    [Theory]
    [InlineData("content/_posts/0000-01-01-x.md")] // 0x2FCF7B453F4C89C4@0: DateTime.DaysInMonth(0, 1) threw
    [InlineData("content/_posts/0000-02-29-x.md")]
    public void Year_zero_in_a_file_name_is_no_date(string path)
    {
        Assert.False(PostFileName.Parse(path).HasDate);
        Assert.Equal([DiagnosticIds.FileNameWithoutDate], Ids(Parse(path, "---\ntitle: x\n---\nx\n")));
        Survives((path, "---\ntitle: x\n---\nx\n"));
    }

    [Theory]
    [InlineData("content/_posts/0001-01-01-x.md", "+08:00", "")] // UTC would be year 0
    [InlineData("content/_posts/0001-01-01-x.md", "Asia/Shanghai", "")]
    [InlineData("content/_posts/2024-01-01-x.md", "UTC", "date: 0001-01-01 00:00:00 +0800\n")]
    [InlineData("content/_posts/2024-01-01-x.md", "+08:00", "date: 9999-12-31T23:59:59Z\n")] // converting to the site's zone overflowed
    [InlineData("content/_posts/2024-01-01-x.md", "UTC", "date: 9999-12-31 23:59:60\n")] // the leap second overflowed AddSeconds
    [InlineData("content/_posts/9999-12-31-x.md", "-12:00", "")]
    public void Dates_at_the_ends_of_the_calendar_are_invalid_dates(string path, string timeZone, string yaml)
    {
        var options = SiteOptions.Default with { TimeZone = timeZone };
        var document = Parse(path, "---\ntitle: x\n" + yaml + "---\nx\n", options);
        Assert.Contains(DiagnosticIds.InvalidDate, Ids(document));
        Assert.DoesNotContain(DiagnosticIds.UnreadableFile, Ids(document));
        Survives(new SiteSettings(new Dictionary<string, string> { ["PostTimeZone"] = timeZone }), (path, "---\ntitle: x\n" + yaml + "---\nx\n"));
    }

    [Theory]
    [InlineData("0001-01-01 00:00:00 +14:00")]
    [InlineData("9999-12-31 23:59:59 -14:00")]
    [InlineData("9999-12-31")]
    public void Out_of_range_timestamps_in_other_keys_stay_strings(string value)
    {
        var document = Parse("content/_posts/2024-01-01-x.md", $"---\ntitle: x\nwhen: {value}\n---\nx\n");
        Assert.Empty(document.Diagnostics);
        Assert.Equal(FrontMatterValue.FromString(value), Assert.Single(document.Model!.FrontMatter, e => e.Key == "when").Value);
        Survives(("content/_posts/2024-01-01-x.md", $"---\ntitle: x\nwhen: {value}\n---\nx\n"));
    }

    [Theory]
    [InlineData(">")] // 0xA3AF3E0D57F284F3@3: Markdig's ArgumentException reached the safety net
    [InlineData("- ")]
    [InlineData("*a _b ")]
    [InlineData("![")]
    public void Markdown_nested_deeper_than_Markdig_renders_is_a_limit(string unit)
    {
        var text = "---\ntitle: deep\n---\n" + string.Concat(Enumerable.Repeat(unit, 20_000)) + "x\n";
        var document = Parse("content/_posts/2024-01-02-deep.md", text);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticIds.LimitExceeded, diagnostic.Id);
        Assert.Equal(text.IndexOf("---\n", 4, StringComparison.Ordinal) + 4, diagnostic.Start);
        Assert.Null(document.Model);
        Survives(("content/_posts/2024-01-02-deep.md", text), ("content/_posts/2024-01-03-good.md", "---\ntitle: Good\n---\nok\n"));
    }

    [Fact]
    public void Deep_nesting_before_the_excerpt_separator_falls_back_to_the_first_paragraph()
    {
        var options = SiteOptions.Default with { ExcerptSeparator = "<!--more-->" };
        var document = Parse("content/_posts/2024-01-02-x.md", "---\ntitle: x\n---\nFirst.\n\n<!--more-->\n", options);
        Assert.Equal("First.", document.Model!.Excerpt);
    }

    [Theory]
    [InlineData("x")] // 0x20A91B36D8E0CBF3@4: CS7013, a class named from a title with 20,000 x
    [InlineData("中")]
    [InlineData("long-")]
    public void Very_long_slugs_and_tags_give_identifiers_metadata_accepts(string unit)
    {
        var name = string.Concat(Enumerable.Repeat(unit, 1200));
        Assert.InRange(Identifiers.From(name).Length, 1, Identifiers.MaxLength + 1);
        Survives(
            ($"content/_posts/2024-01-02-{name}.md", $"---\ntitle: x\ntags: [\"{name}\", \"{name}2\"]\ncategories: [\"{name}\"]\n---\nx\n"),
            ($"content/_posts/2024-01-03-{name}.md", $"---\ntitle: y\ntags: [\"{name}3\"]\n---\nx\n"));
    }

    [Theory]
    [InlineData('\uFFFE')] // 0x7F5582AC34F8232F@0: CS1570 in a consumer that builds XML documentation
    [InlineData('\uFFFF')]
    public void Non_characters_in_doc_comments(char c)
    {
        Assert.DoesNotContain(c, Literals.DocText("a" + c + "b"));
        var escaped = $"\\u{(int)c:X4}";
        Survives(($"content/_posts/2024-01-02-a{c}b.md", $"---\ntitle: \"t{escaped}\"\ntags: [\"t{escaped}\"]\ncategories: [\"c{escaped}\"]\n---\nx\n"));
    }

    [Theory]
    [InlineData("\"null\"", "null")] // 0x2F596652CB9A9F17 (master seed 1): author: "NULL" came back null
    [InlineData("'~'", "~")]
    [InlineData("\"NULL\"", "NULL")]
    [InlineData("null", null)]
    [InlineData("~", null)]
    [InlineData("\"\"", null)]
    public void Quoted_null_words_are_text_in_author_and_layout(string yaml, string? expected)
    {
        var summary = Parse("content/_posts/2024-01-02-x.md", $"---\ntitle: x\nauthor: {yaml}\nlayout: {yaml}\n---\nx\n").Model!.Summary;
        Assert.Equal(expected, summary.Author);
        Assert.Equal(expected, summary.Layout);
    }

    [Theory]
    [InlineData("tags: [\"a\\uD800\"]\n")] // 0x70C3193A8B1B79EF@1: string.Normalize threw in the analyzer's tag index
    [InlineData("tags: [a\uD800b, \uDC00]\n")] // the same, raw in an editor buffer
    public void Tags_with_lone_surrogates_are_indexed_as_written(string yaml)
    {
        Assert.Equal("a\ud800", PostGenerator.Diagnostics.SiteIndex.Fold("A\uD800 "));
        var text = "---\ntitle: x\n" + yaml + "---\n[t](/tags/a/) [u](/tags/x/)\n";
        var diagnostics = PostGenerator.Tests.Diagnostics.AnalyzerHarness.Run(new Infrastructure.PostSet().Add("content/_posts/2024-01-02-x.md", text));
        Assert.DoesNotContain(diagnostics, d => d.Id == DiagnosticIds.UnreadableFile);
        Survives(("content/_posts/2024-01-02-x.md", text));
    }

    [Theory]
    [InlineData("title: [unclosed\n", DiagnosticIds.YamlSyntax)] // 0xF2FA74F0013780CD@0: the analyzer's link scan hit Markdig's refusal
    [InlineData("title: fine\n", null)]
    public void A_body_Markdig_refuses_is_one_limit_diagnostic_in_the_analyzer_too(string yaml, string? other)
    {
        var text = "---\n" + yaml + "---\n" + new string('>', 20_000) + " [a](/x)\n";
        var ids = PostGenerator.Tests.Diagnostics.AnalyzerHarness.Run(new Infrastructure.PostSet().Add("content/_posts/2024-01-02-x.md", text)).Select(d => d.Id).ToArray();
        Assert.Equal(other is null ? [DiagnosticIds.LimitExceeded] : new[] { other, DiagnosticIds.LimitExceeded }.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Survives(("content/_posts/2024-01-02-x.md", text));
    }
}
