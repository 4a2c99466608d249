using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Robustness;

/// <summary>Changes the process-wide default culture, so nothing else may run beside it.</summary>
[CollectionDefinition(nameof(CultureSensitive), DisableParallelization = true)]
public sealed class CultureSensitive
{
}

/// <summary>
/// The same inputs give byte-identical generated sources: across runs, under cultures whose casing, digits, calendars
/// and number formats differ from the invariant one, and whatever order the AdditionalFiles come in.
/// </summary>
[Collection(nameof(CultureSensitive))]
public class DeterminismTests
{
    /// <summary>Values whose text a culture changes: Turkish dotted and dotless i, German sharp s, Arabic digits, decimal commas.</summary>
    private const string CultureBait = """
        ---
        title: "İstanbul ıI iİ straße STRASSE ٣٤ 3,14"
        date: 2024-02-29 23:30:00 +0800
        tags: [İ, i, I, ı, Ä, ä, ß, SS, Zebra, apple, Äpfel, "٣", "3.5", 1e3, -0.0]
        categories: [Title, TITLE, title]
        pi: 3.14159
        big: 1.7976931348623157e308
        tiny: 5e-324
        neg: -0.0
        int: 1_000_000
        octal: 0o17
        hex: 0xFF
        when: 2001-12-14t21:59:43.10-05:00
        yes: on
        Iİ: ıi
        ---
        # Başlık İ

        Straße 3,14 ٣٤ **kalın** and a number 1.5.
        """;

    private static readonly string[] Cultures = ["tr-TR", "ar-SA", "zh-CN", "de-DE"];

    private static PostSet Site()
    {
        var posts = PostSet.FromContentFolder()
            .Option("PostPermalink", "/:categories/:year/:short_month/:long_day/:title:output_ext")
            .Option("PostTimeZone", "Asia/Shanghai")
            .Add("content/_posts/2024-02-29-culture.md", CultureBait)
            .Add("content/İ/_posts/2024-03-01-ıi.md", CultureBait.Replace("2024-02-29", "2024-03-01", StringComparison.Ordinal));
        foreach (var file in Directory.GetFiles(PostSet.TestData(Path.Combine("Robustness", "Corpus"))).Order(StringComparer.Ordinal))
        {
            posts.AddBytes("content/_posts/" + Path.GetFileName(file), File.ReadAllBytes(file));
        }

        // Fuzzed posts too: every kind of value, in every encoding, with colliding names.
        var taken = posts.Files.Select(f => f.Path[PostSet.ProjectDir.Length..]).ToHashSet(StringComparer.Ordinal);
        foreach (var drawn in CaseStream.Cases(FuzzRun.DefaultSeed, 300))
        {
            var c = drawn;
            for (var n = 2; !taken.Add(c.RelativePath); n++)
            {
                c = drawn.WithPath(drawn.RelativePath.Insert(drawn.RelativePath.LastIndexOf('/') + 1, $"d{n}/"));
            }

            if (c.Bytes is not null)
            {
                posts.AddBytes(c.RelativePath, c.Bytes, c.Kind);
            }
            else
            {
                posts.Add(c.RelativePath, c.Text!, c.Kind);
            }
        }

        return posts;
    }

    private static SortedDictionary<string, byte[]> Generate(PostSet posts, IEnumerable<AdditionalText> files)
    {
        var driver = CSharpGeneratorDriver.Create([new PostsGenerator().AsSourceGenerator()], files, GeneratorHarness.ParseOptions(), posts.OptionsProvider());
        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        var sources = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var source in result.GeneratedSources)
        {
            sources.Add(source.HintName, Encoding.UTF8.GetBytes(source.SourceText.ToString()));
        }

        return sources;
    }

    [Fact]
    public void Generated_sources_are_byte_identical_across_runs_cultures_and_file_order()
    {
        var posts = Site();
        var files = posts.Files;
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            SetCulture(CultureInfo.InvariantCulture);
            var baseline = Generate(posts, files);
            // The same bar as "more than 200 files" when each post had two files of its own: at least 99 posts.
            var postCount = baseline.Sum(s => GeneratorHarness.PostsIn(Encoding.UTF8.GetString(s.Value)));
            Assert.True(postCount >= 99, $"only {postCount} posts generated");
            var random = new Random(20240607);
            foreach (var name in Cultures)
            {
                SetCulture(CultureInfo.GetCultureInfo(name));
                for (var run = 0; run < 2; run++)
                {
                    var shuffled = files.OrderBy(_ => random.Next()).ToList();
                    Assert.NotEqual(files.Select(f => f.Path), shuffled.Select(f => f.Path));
                    var sources = Generate(posts, shuffled);
                    Assert.Equal(baseline.Keys, sources.Keys);
                    foreach (var (hint, bytes) in baseline)
                    {
                        Assert.True(bytes.AsSpan().SequenceEqual(sources[hint]), $"{hint} differs under {name}, run {run + 1}");
                    }
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved.CurrentCulture;
            CultureInfo.CurrentUICulture = saved.CurrentUICulture;
            CultureInfo.DefaultThreadCurrentCulture = saved.DefaultThreadCurrentCulture;
            CultureInfo.DefaultThreadCurrentUICulture = saved.DefaultThreadCurrentUICulture;
        }
    }

    [Fact]
    public void The_bait_is_read_the_invariant_way()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            SetCulture(CultureInfo.GetCultureInfo("tr-TR"));
            var options = Model.SiteOptions.Default with { Permalink = "/:categories/:year/:short_month/:long_day/:title:output_ext", TimeZone = "Asia/Shanghai" };
            var model = RegressionTests.Parse("content/_posts/2024-02-29-culture.md", CultureBait, options).Model!;
            Assert.Equal(["İ", "i", "I", "ı", "Ä", "ä", "ß", "SS", "Zebra", "apple", "Äpfel", "٣", "3.5", "1e3", "-0.0"], model.Summary.Tags);
            Assert.Equal(3.14159, model.FrontMatter.Single(e => e.Key == "pi").Value.Double);
            Assert.Equal(1_000_000, model.FrontMatter.Single(e => e.Key == "int").Value.Long);
            Assert.Equal("/title/2024/Feb/Thursday/culture.html", model.Summary.Url);
            Assert.Equal("İstanbul ıI iİ straße STRASSE ٣٤ 3,14", model.Summary.Title);
        }
        finally
        {
            SetCulture(saved);
            CultureInfo.DefaultThreadCurrentCulture = null;
            CultureInfo.DefaultThreadCurrentUICulture = null;
        }
    }

    private static void SetCulture(CultureInfo culture)
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
    }
}
