using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Incrementality;

/// <summary>The run reason of every named step after each kind of edit, and proof that models hold no Roslyn objects.</summary>
public class IncrementalityTests
{
    private const string TrackedPath = PostSet.ProjectDir + "content/_posts/2024-03-02-writing-an-incremental-generator.md";

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, AdditionalText Tracked) FirstRun()
    {
        var posts = PostSet.FromContentFolder();
        var compilation = GeneratorHarness.CreateCompilation("namespace App { public static class Program { } }");
        var driver = GeneratorHarness.CreateDriver(posts).RunGenerators(compilation);
        return (driver, compilation, posts.Files.Single(f => f.Path == TrackedPath));
    }

    /// <summary>The names of <see cref="TrackingNames"/>: the steps that are ours, not Roslyn's own.</summary>
    private static readonly HashSet<string> OurSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.NonPublic)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet();

    private static string ReplaceOnce(string text, string old, string replacement)
    {
        Assert.Contains(old, text);
        return text.Replace(old, replacement);
    }

    private static Dictionary<string, IncrementalStepRunReason[]> Reasons(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        Assert.True(OurSteps.All(result.TrackedSteps.ContainsKey), "a named step did not run");
        return result.TrackedSteps
            .Where(step => OurSteps.Contains(step.Key))
            .ToDictionary(step => step.Key, step => step.Value.SelectMany(run => run.Outputs).Select(o => o.Reason).ToArray());
    }

    private static IncrementalStepRunReason[] OutputReasons(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray();

    private static GeneratorDriver Edit(GeneratorDriver driver, AdditionalText file, Func<string, string> change) =>
        driver.ReplaceAdditionalText(file, new TestAdditionalText(file.Path, change(file.GetText()!.ToString())));

    [Fact]
    public void Nothing_changed_every_step_is_cached()
    {
        var (driver, compilation, _) = FirstRun();
        driver = driver.RunGenerators(compilation);
        foreach (var (step, reasons) in Reasons(driver))
        {
            Assert.All(reasons, r => Assert.True(r == IncrementalStepRunReason.Cached, $"{step}: {r}"));
        }

        Assert.All(OutputReasons(driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Unrelated_cs_edit_reruns_nothing()
    {
        var (driver, compilation, _) = FirstRun();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { public static class Other { } }", path: "Other.cs"));
        driver = driver.RunGenerators(edited);
        foreach (var (step, reasons) in Reasons(driver))
        {
            // The language-version check reads the compilation: it re-runs and finds nothing changed.
            var allowed = step == TrackingNames.EmitContext
                ? new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }
                : new[] { IncrementalStepRunReason.Cached };
            Assert.All(reasons, r => Assert.True(allowed.Contains(r), $"{step}: {r}"));
        }

        Assert.All(OutputReasons(driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Body_edit_regenerates_only_that_post()
    {
        var (driver, compilation, tracked) = FirstRun();
        driver = Edit(driver, tracked, text => text + "\n\nOne more paragraph.\n").RunGenerators(compilation);
        var reasons = Reasons(driver);

        Assert.Single(reasons[TrackingNames.Inputs], r => r == IncrementalStepRunReason.Modified);
        Assert.Equal(reasons[TrackingNames.Inputs].Length - 1, reasons[TrackingNames.Inputs].Count(r => r == IncrementalStepRunReason.Cached));
        // Only the batch holding that post is parsed again.
        Assert.Single(reasons[TrackingNames.Batches], r => r == IncrementalStepRunReason.Modified);
        Assert.Equal(reasons[TrackingNames.Batches].Length - 1, reasons[TrackingNames.Batches].Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.Single(reasons[TrackingNames.Posts], r => r == IncrementalStepRunReason.Modified);
        Assert.Equal(reasons[TrackingNames.Posts].Length - 1, reasons[TrackingNames.Posts].Count(r => r == IncrementalStepRunReason.Cached));
        // Only the shard holding that post is built again: the others' batches did not change.
        Assert.Single(reasons[TrackingNames.PostShards], r => r == IncrementalStepRunReason.Modified);
        Assert.Equal(reasons[TrackingNames.PostShards].Length - 1, reasons[TrackingNames.PostShards].Count(r => r == IncrementalStepRunReason.Cached));
        // The summary (title, date, tags, URL) did not change: its batch's summaries are found equal, the site's are not
        // even gathered again, and no index re-runs.
        Assert.Single(reasons[TrackingNames.BatchSummaries], r => r == IncrementalStepRunReason.Unchanged);
        Assert.Equal(reasons[TrackingNames.BatchSummaries].Length - 1, reasons[TrackingNames.BatchSummaries].Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(reasons[TrackingNames.Summaries], r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(reasons[TrackingNames.PostUrlMap], r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(reasons[TrackingNames.PostsIndex], r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(reasons[TrackingNames.TagsIndex], r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(reasons[TrackingNames.CategoriesIndex], r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(reasons[TrackingNames.PostsData], r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(reasons[TrackingNames.TagsPlaces], r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(reasons[TrackingNames.CategoriesPlaces], r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        // Exactly the file holding the post's class (its metadata and HTML) is produced anew.
        Assert.Equal(1, OutputReasons(driver).Count(r => r == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Title_edit_regenerates_that_post_and_the_posts_index()
    {
        var (driver, compilation, tracked) = FirstRun();
        driver = Edit(driver, tracked, text => ReplaceOnce(text, "title: \"Writing an Incremental Generator\"", "title: \"Writing an Incremental Generator, Again\"")).RunGenerators(compilation);
        var reasons = Reasons(driver);

        Assert.Single(reasons[TrackingNames.BatchSummaries], r => r == IncrementalStepRunReason.Modified);
        Assert.Equal(reasons[TrackingNames.BatchSummaries].Length - 1, reasons[TrackingNames.BatchSummaries].Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Single(reasons[TrackingNames.Summaries], r => r == IncrementalStepRunReason.Modified);
        Assert.Equal(reasons[TrackingNames.Summaries].Length - 1, reasons[TrackingNames.Summaries].Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains(IncrementalStepRunReason.Modified, reasons[TrackingNames.PostsIndex]);
        // Tags and categories did not change: their steps re-run and find the same model.
        Assert.All(reasons[TrackingNames.TagsIndex], r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(reasons[TrackingNames.CategoriesIndex], r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        // The order of Posts.All did not change either.
        Assert.All(reasons[TrackingNames.PostsData], r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        // Nor which posts each tag and category has.
        Assert.All(reasons[TrackingNames.TagsPlaces], r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(reasons[TrackingNames.CategoriesPlaces], r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.Single(reasons[TrackingNames.PostShards], r => r == IncrementalStepRunReason.Modified);
        Assert.Equal(reasons[TrackingNames.PostShards].Length - 1, reasons[TrackingNames.PostShards].Count(r => r == IncrementalStepRunReason.Cached));
        // The file holding that post's class, plus Posts.g.cs.
        Assert.Equal(2, OutputReasons(driver).Count(r => r == IncrementalStepRunReason.Modified));
    }

    /// <summary>Two posts whose paths fall in one batch, and a site of other posts around them.</summary>
    private static (PostSet Posts, string Edited, string Neighbour) TwoPostsInOneBatch()
    {
        var names = Enumerable.Range(0, 1000)
            .Select(i => $"content/_posts/2024-01-{1 + (i % 28):00}-post-{i}.md")
            .GroupBy(path => PostGenerator.Parsing.PostParser.ShardOf(PostGenerator.Model.PostInput.HashOf(path)))
            .First(g => g.Count() >= 2)
            .Take(2)
            .ToArray();
        var posts = new PostSet();
        foreach (var path in names.Concat(Enumerable.Range(0, 20).Select(i => $"content/_posts/2023-05-{1 + i:00}-other-{i}.md")).Distinct())
        {
            posts.Add(path, $"---\ntitle: \"{path}\"\ntags: [a]\n---\nThe body of {path}.\n");
        }

        return (posts, PostSet.ProjectDir + names[0], names[1]);
    }

    private static PostGenerator.Model.PostModel[] ParsedModels(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Posts]
            .SelectMany(run => run.Outputs)
            .SelectMany(o => ((PostGenerator.Model.ParsedBatch)o.Value).Models)
            .ToArray();

    [Fact]
    public void An_edit_parses_only_the_edited_post_of_its_batch()
    {
        var (posts, edited, neighbour) = TwoPostsInOneBatch();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(posts).RunGenerators(compilation);
        var before = ParsedModels(driver);

        var file = posts.Files.Single(f => f.Path == edited);
        driver = Edit(driver, file, text => text + "\nOne more paragraph.\n").RunGenerators(compilation);
        var after = ParsedModels(driver);

        // The batch re-ran: the neighbour's model is the one parsed before, the edited post's is new.
        Assert.Single(Reasons(driver)[TrackingNames.Posts], r => r == IncrementalStepRunReason.Modified);
        var neighbourBefore = before.Single(m => m.Summary.RelativePath == neighbour);
        Assert.Same(neighbourBefore, after.Single(m => m.Summary.RelativePath == neighbour));
        var editedAfter = after.Single(m => PostSet.ProjectDir + m.Summary.RelativePath == edited);
        Assert.DoesNotContain("One more paragraph", before.Single(m => PostSet.ProjectDir + m.Summary.RelativePath == edited).Html);
        Assert.Contains("One more paragraph", editedAfter.Html);
    }

    [Fact]
    public void A_site_option_changed_parses_every_post_again()
    {
        var (posts, _, neighbour) = TwoPostsInOneBatch();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(posts).RunGenerators(compilation);
        var before = ParsedModels(driver).Single(m => m.Summary.RelativePath == neighbour);

        posts.Option("PostPermalink", "/:year/:title/");
        driver = driver.WithUpdatedAnalyzerConfigOptions(posts.OptionsProvider()).RunGenerators(compilation);
        var after = ParsedModels(driver).Single(m => m.Summary.RelativePath == neighbour);

        // The same input text, parsed again under the new options: a model kept from before would keep the old URL.
        Assert.StartsWith("/2024/01/", before.Summary.Url);
        Assert.StartsWith("/2024/post-", after.Summary.Url);
    }

    /// <summary>A post file whose reading cancels <paramref name="cancel"/>: a run given its token is cancelled part-way.</summary>
    private sealed class CancellingText(string path, string text, CancellationTokenSource cancel) : AdditionalText
    {
        private readonly Microsoft.CodeAnalysis.Text.SourceText _text = Microsoft.CodeAnalysis.Text.SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path => path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default)
        {
            cancel.Cancel();
            return _text;
        }
    }

    [Fact]
    public void A_run_cancelled_part_way_leaves_nothing_behind()
    {
        var (posts, _, _) = TwoPostsInOneBatch();
        var compilation = GeneratorHarness.CreateCompilation();
        static Dictionary<string, string> Sources(GeneratorDriver driver) =>
            driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        var expected = Sources(GeneratorHarness.CreateDriver(posts).RunGenerators(compilation));

        using var cancel = new CancellationTokenSource();
        var files = posts.Files.ToList();
        var last = files[^1];
        files[^1] = new CancellingText(last.Path, last.GetText()!.ToString(), cancel);
        var driver = CSharpGeneratorDriver.Create([new PostsGenerator().AsSourceGenerator()], files, GeneratorHarness.ParseOptions(), posts.OptionsProvider());
        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(compilation, cancel.Token));

        // The same driver, run again: every post parsed, the output the same as a run that was never cancelled.
        var actual = Sources(driver.RunGenerators(compilation));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, pair => Assert.Equal(pair.Value, actual[pair.Key]));
    }

    [Fact]
    public void Models_hold_no_roslyn_objects()
    {
        var (driver, _, _) = FirstRun();
        var result = driver.GetRunResult().Results.Single();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var step in result.TrackedSteps.Where(s => OurSteps.Contains(s.Key)))
        {
            foreach (var output in step.Value.SelectMany(run => run.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step.Key, seen);
            }
        }
    }

    private static readonly Type[] Banned = [typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(AdditionalText), typeof(Microsoft.CodeAnalysis.Text.SourceText)];

    private static void AssertNoRoslynObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        var type = value.GetType();
        Assert.False(Banned.Any(b => b.IsAssignableFrom(type)), $"Step {step} holds a {type}");
        if (type.FullName!.StartsWith("Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions", StringComparison.Ordinal))
        {
            // The first Combine pairs each file with the options provider; the model after it holds only values.
            return;
        }

        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertNoRoslynObjects(item, step, seen);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), step, seen);
        }
    }
}
