using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PostGenerator.Diagnostics;
using PostGenerator.Emitting;
using PostGenerator.Model;
using PostGenerator.Parsing;
using PostGenerator.Tests.Infrastructure;

namespace PostGenerator.Tests.Robustness;

/// <summary>A property of one run that did not hold. <see cref="Case"/> is null when the batch as a whole failed.</summary>
public sealed record FuzzFailure(FuzzCase? Case, SiteSettings Settings, string Message)
{
    public override string ToString() => $"{(Case is null ? "batch" : Case.ToString())} [{Settings}]\n    {Message}";
}

/// <summary>What a batch did, for the report.</summary>
public sealed class FuzzStats
{
    public long Cases;
    public long Batches;
    public long Bytes;
    public long Generated;
    public long WithExpectations;
    public long ExpectationsChecked;
    public long AnalyzerDiagnostics;
    public long Failures;
    public TimeSpan SlowestParse;
    public string SlowestParseCase = "";
    public TimeSpan SlowestBatch;
    public readonly Dictionary<string, long> Diagnostics = new(StringComparer.Ordinal);
    public readonly Dictionary<string, long> Families = new(StringComparer.Ordinal);

    public void Add(FuzzStats other)
    {
        Cases += other.Cases;
        Batches += other.Batches;
        Bytes += other.Bytes;
        Generated += other.Generated;
        WithExpectations += other.WithExpectations;
        ExpectationsChecked += other.ExpectationsChecked;
        AnalyzerDiagnostics += other.AnalyzerDiagnostics;
        Failures += other.Failures;
        if (other.SlowestParse > SlowestParse)
        {
            SlowestParse = other.SlowestParse;
            SlowestParseCase = other.SlowestParseCase;
        }

        SlowestBatch = other.SlowestBatch > SlowestBatch ? other.SlowestBatch : SlowestBatch;
        foreach (var (key, value) in other.Diagnostics)
        {
            Diagnostics[key] = Diagnostics.GetValueOrDefault(key) + value;
        }

        foreach (var (key, value) in other.Families)
        {
            Families[key] = Families.GetValueOrDefault(key) + value;
        }
    }
}

/// <summary>
/// Feeds a batch of cases to the generator and the analyzer together, the way the compiler does
/// (<see cref="CSharpGeneratorDriver"/>, then <see cref="CompilationWithAnalyzers"/> on its output), compiles and
/// loads what was generated, and checks every property of issue 7 on every case:
/// no exception escapes (no CS8785, no AD0001, no "internal error" from the parser's safety net), each post is read
/// within <see cref="CaseBound"/> and the batch within <see cref="BatchBound"/>, the output compiles with zero
/// errors and zero warnings (warnings are errors here, XML doc comments checked), and every value the parser read
/// comes back exactly from the generated code, as do the values the case was built to carry.
/// </summary>
public static class FuzzHarness
{
    /// <summary>One post parsed, Markdown rendered and HTML scanned: generous for a shared two-core machine.</summary>
    public static readonly TimeSpan CaseBound = TimeSpan.FromSeconds(10);

    /// <summary>A whole batch: generator, analyzer, compilation, emit, load and checks.</summary>
    public static readonly TimeSpan BatchBound = TimeSpan.FromSeconds(180);

    /// <summary>
    /// Every analyzer the generator's assembly ships, found by reflection: the fuzzer runs <c>PostsAnalyzer</c> as
    /// soon as it exists, with no change here. Until then the run is generator-only.
    /// </summary>
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(PostsGenerator).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>Doc comments are parsed and checked: a consumer with GenerateDocumentationFile must stay warning-free.</summary>
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    /// <summary>One compilation reused for every batch so its references are bound once.</summary>
    private static readonly CSharpCompilation BaseCompilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(CSharpSyntaxTree.ParseText(
        "namespace App { internal static class Use { internal static int N => Blog.Posts.All.Count + Blog.Tags.All.Count + Blog.Categories.All.Count; } }",
        ParseOptions,
        path: "Use.cs"));

    /// <summary>
    /// Reads one ordinary post with the batch's settings, untimed, so <see cref="CaseBound"/> times the parse and not
    /// the first compile of YamlDotNet, Markdig and AngleSharp: in a fresh process the first post took 650 ms alone,
    /// and over 10 s when CI ran the other test projects beside it (seed 0x20261127, case 0x1FAAF492CF1C8F63@167,
    /// 3 ms once warm). An exception on this ordinary post is a failure of the batch's settings.
    /// </summary>
    private static FuzzFailure? WarmUp(SiteSettings settings)
    {
        var posts = SiteOf(settings);

        posts.Add(
            "content/_posts/2024-01-02-warm-up.md",
            "---\ntitle: \"Warm 热身\"\ndate: 2024-01-02 03:04:05.678 +0800\ntags: [a, b]\n---\n# Head\n\n*em* **strong** [link](/tags/#a) `code`\n\n<p><a href=\"/tags/#b\">b</a></p>\n\n- item\n");
        try
        {
            var provider = posts.OptionsProvider();
            var input = PostsGenerator.ReadInput(posts.Files[0], provider, CancellationToken.None);
            if (input is not null)
            {
                PostParser.Parse(input, OptionsReader.Read(provider.GlobalOptions), CancellationToken.None);
            }

            return null;
        }
        catch (Exception ex)
        {
            return new FuzzFailure(null, settings, "the parser threw on an ordinary post with these settings: " + ex);
        }
    }

    private static PostSet SiteOf(SiteSettings settings)
    {
        var posts = new PostSet();
        foreach (var (name, value) in settings.Properties)
        {
            posts.Option(name, value);
        }

        return posts;
    }

    /// <summary>Runs one batch and returns every failure it found, each tied to its case where the case is known.</summary>
    public static List<FuzzFailure> RunBatch(IReadOnlyList<FuzzCase> input, SiteSettings settings, FuzzStats stats)
    {
        var failures = new List<FuzzFailure>();
        var cases = UniquePaths(input);
        var posts = SiteOf(settings);

        foreach (var c in cases)
        {
            if (c.Bytes is not null)
            {
                posts.AddBytes(c.RelativePath, c.Bytes, c.Kind);
            }
            else
            {
                posts.Add(c.RelativePath, c.Text!, c.Kind);
            }
        }

        var files = posts.Files;
        var provider = posts.OptionsProvider();
        var options = OptionsReader.Read(provider.GlobalOptions);
        stats.Batches++;
        if (WarmUp(settings) is { } warmUpFailure)
        {
            failures.Add(warmUpFailure);
        }

        var batchClock = Stopwatch.StartNew();

        // What the parser makes of each post on its own, within the per-case bound. A post that does not finish is
        // a failure and stays out of the batch, so one hang cannot hide the rest.
        var expected = new Dictionary<string, (FuzzCase Case, PostDocument Document)>(StringComparer.Ordinal);
        var included = new List<(FuzzCase Case, AdditionalText File)>();
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            stats.Cases++;
            stats.Bytes += c.Size;
            stats.Families[c.Family] = stats.Families.GetValueOrDefault(c.Family) + 1;
            var clock = Stopwatch.StartNew();
            var parse = Task.Factory.StartNew(
                () =>
                {
                    var postInput = PostsGenerator.ReadInput(files[i], provider, CancellationToken.None);
                    return postInput is null ? null : PostParser.Parse(postInput, options, CancellationToken.None);
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
            if (!parse.Wait(CaseBound))
            {
                failures.Add(new FuzzFailure(c, settings, $"reading the post took longer than {CaseBound.TotalSeconds} s"));
                continue;
            }

            if (parse.Exception is { } ex)
            {
                failures.Add(new FuzzFailure(c, settings, "the parser threw: " + ex.InnerException));
                continue;
            }

            if (clock.Elapsed > stats.SlowestParse)
            {
                stats.SlowestParse = clock.Elapsed;
                stats.SlowestParseCase = c.ToString();
            }

            included.Add((c, files[i]));
            var document = parse.Result;
            if (document is null)
            {
                failures.Add(new FuzzFailure(c, settings, "the generator did not take the file as a post"));
                continue;
            }

            foreach (var diagnostic in document.Diagnostics)
            {
                stats.Diagnostics[diagnostic.Id] = stats.Diagnostics.GetValueOrDefault(diagnostic.Id) + 1;
                if (diagnostic.Id == DiagnosticIds.UnreadableFile && diagnostic.Args.Any(a => a.StartsWith("internal error", StringComparison.Ordinal)))
                {
                    failures.Add(new FuzzFailure(c, settings, "an exception reached the parser's safety net: " + string.Join(" ", diagnostic.Args)));
                }

                if (diagnostic.Start < 0 || diagnostic.Length < 0 || diagnostic.Start + diagnostic.Length > (document.Input.Text?.Length ?? 0))
                {
                    failures.Add(new FuzzFailure(c, settings, $"{diagnostic.Id} has a span outside the file: {diagnostic.Start}+{diagnostic.Length}"));
                }
            }

            if (AnalyzerViewDiffers(document, options) is { } difference)
            {
                failures.Add(new FuzzFailure(c, settings, "the analyzer's parse (body not rendered) differs from the generator's: " + difference));
            }

            expected[c.RelativePath] = (c, document);
            if (c.Expected.Count + c.ExpectedLists.Count > 0)
            {
                stats.WithExpectations++;
            }
        }

        var run = Task.Run(() => RunCompiler(included.Select(i => i.File).ToImmutableArray(), provider, options, expected, failures, settings, stats));
        if (!run.Wait(BatchBound))
        {
            failures.Add(new FuzzFailure(null, settings, $"the batch took longer than {BatchBound.TotalSeconds} s"));
        }
        else if (run.Exception is { } ex)
        {
            failures.Add(new FuzzFailure(null, settings, "the harness threw: " + ex.InnerException));
        }

        stats.SlowestBatch = batchClock.Elapsed > stats.SlowestBatch ? batchClock.Elapsed : stats.SlowestBatch;
        stats.Failures += failures.Count;
        return failures;
    }

    /// <summary>Two cases may draw the same path; the second moves to a sub-folder of <c>_posts</c>, which changes neither slug nor categories.</summary>
    private static List<FuzzCase> UniquePaths(IReadOnlyList<FuzzCase> cases)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<FuzzCase>(cases.Count);
        foreach (var c in cases)
        {
            var path = c.RelativePath;
            for (var n = 2; !used.Add(path); n++)
            {
                var slash = c.RelativePath.LastIndexOf('/');
                path = c.RelativePath.Insert(slash + 1, $"d{n}/");
            }

            result.Add(path == c.RelativePath ? c : c.WithPath(path));
        }

        return result;
    }

    private static void RunCompiler(
        ImmutableArray<AdditionalText> files,
        TestOptionsProvider provider,
        SiteOptions options,
        Dictionary<string, (FuzzCase Case, PostDocument Document)> expected,
        List<FuzzFailure> failures,
        SiteSettings settings,
        FuzzStats stats)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new PostsGenerator().AsSourceGenerator()], files, ParseOptions, provider);
        driver = driver.RunGeneratorsAndUpdateCompilation(BaseCompilation, out var output, out var driverDiagnostics);
        var runResult = driver.GetRunResult();
        foreach (var result in runResult.Results)
        {
            if (result.Exception is not null)
            {
                failures.Add(new FuzzFailure(null, settings, "the generator threw: " + result.Exception));
            }
        }

        foreach (var diagnostic in driverDiagnostics)
        {
            failures.Add(new FuzzFailure(null, settings, "the driver reported " + diagnostic));
        }

        if (!Analyzers.IsEmpty)
        {
            RunAnalyzers(output, files, provider, failures, settings, stats);
        }

        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        var problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (!emit.Success || problems.Count > 0)
        {
            // Name the post whose generated file has the problem, so the failure can be replayed alone.
            foreach (var problem in problems.Take(20))
            {
                var owner = OwnerOf(problem, runResult, expected);
                failures.Add(new FuzzFailure(owner, settings, "the generated code does not compile: " + problem));
            }

            if (problems.Count == 0)
            {
                failures.Add(new FuzzFailure(null, settings, "emit failed without a diagnostic"));
            }

            return;
        }

        var context = new AssemblyLoadContext("fuzz", isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            Check(assembly, options, expected, failures, settings, stats);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// The analyzer parses without rendering the body (<see cref="PostFacts"/>): its diagnostics, whether the post is
    /// kept, and the values the cross-post checks compare must still be the generator's full parse's.
    /// </summary>
    private static string? AnalyzerViewDiffers(PostDocument full, SiteOptions options)
    {
        var input = full.Input;
        var facts = PostFacts.Get(input.Path, input.RelativePath, input.IsDraft, input.Text is null ? null : Microsoft.CodeAnalysis.Text.SourceText.From(input.Text), options, CancellationToken.None);
        // One addition is expected: a refused body is reported although front-matter errors stopped the full parse before it.
        var refusedToo = full.Model is null && facts.Diagnostics.Length == full.Diagnostics.Count + 1
            && facts.Diagnostics[^1] is { Id: DiagnosticIds.LimitExceeded } last && last.Args[0].StartsWith("the body cannot be rendered", StringComparison.Ordinal);
        if (!facts.Diagnostics.Take(refusedToo ? full.Diagnostics.Count : int.MaxValue).SequenceEqual(full.Diagnostics))
        {
            static string Show(IEnumerable<PostDiagnostic> list) => string.Join(", ", list.Select(d => $"{d.Id}@{d.Start}+{d.Length} {string.Join(" | ", d.Args)}"));
            return $"diagnostics [{Show(facts.Diagnostics)}] against [{Show(full.Diagnostics)}]";
        }

        if (facts.Included != full.Model is not null)
        {
            return $"the post is {(facts.Included ? "kept" : "left out")}";
        }

        var categories = full.Model?.Summary.Categories.ToArray() ?? [];
        return facts.Slug != full.Slug || facts.Url != full.Url || !facts.Tags.SequenceEqual(full.Tags) || !facts.Categories.SequenceEqual(categories)
            ? $"slug, URL, tags or categories ({facts.Slug} {facts.Url})"
            : null;
    }

    private static FuzzCase? OwnerOf(Diagnostic problem, GeneratorDriverRunResult run, Dictionary<string, (FuzzCase Case, PostDocument Document)> expected)
    {
        var tree = problem.Location.SourceTree;
        var generated = run.Results.SelectMany(r => r.GeneratedSources).FirstOrDefault(s => s.SyntaxTree == tree);
        if (generated.HintName is null)
        {
            return null;
        }

        return expected.Values
            .Where(e => e.Document.Model is not null && generated.HintName.Contains(e.Document.Model.Summary.DataClass, StringComparison.Ordinal))
            .Select(e => e.Case)
            .FirstOrDefault();
    }

    private static void RunAnalyzers(Compilation output, ImmutableArray<AdditionalText> files, TestOptionsProvider provider, List<FuzzFailure> failures, SiteSettings settings, FuzzStats stats)
    {
        var exceptions = new ConcurrentQueue<string>();
        var withAnalyzers = output.WithAnalyzers(
            Analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(files, provider),
                (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        foreach (var exception in exceptions)
        {
            failures.Add(new FuzzFailure(null, settings, exception));
        }

        var lengths = files.ToDictionary(f => f.Path, f => f.GetText()?.Length ?? 0, StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            stats.AnalyzerDiagnostics++;
            if (diagnostic.Id == "AD0001")
            {
                failures.Add(new FuzzFailure(null, settings, "the analyzer crashed: " + diagnostic));
                continue;
            }

            // The analyzer's own safety net turns its exceptions into POST018 "internal error": as much a crash as AD0001.
            if (diagnostic.Id == DiagnosticIds.UnreadableFile && diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("internal error", StringComparison.Ordinal))
            {
                failures.Add(new FuzzFailure(null, settings, "an exception reached the analyzer's safety net: " + diagnostic));
            }

            var span = diagnostic.Location.GetLineSpan();
            if (diagnostic.Location.Kind == LocationKind.ExternalFile && lengths.TryGetValue(span.Path, out var length)
                && (diagnostic.Location.SourceSpan.Start < 0 || diagnostic.Location.SourceSpan.End > length))
            {
                failures.Add(new FuzzFailure(null, settings, $"{diagnostic.Id} points outside {span.Path}: {diagnostic.Location.SourceSpan}"));
            }
        }
    }

    /// <summary>Every value the parser read, and every value the case was built to carry, against the loaded generated code.</summary>
    private static void Check(Assembly assembly, SiteOptions options, Dictionary<string, (FuzzCase Case, PostDocument Document)> expected, List<FuzzFailure> failures, SiteSettings settings, FuzzStats stats)
    {
        var all = GeneratorHarness.AllPosts(assembly);
        var actual = all.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);
        CheckLookups(assembly, all, failures, settings);
        foreach (var (path, (c, document)) in expected)
        {
            var model = document.Model;
            actual.TryGetValue(path, out var post);
            if (model is null)
            {
                if (post is not null)
                {
                    failures.Add(new FuzzFailure(c, settings, "a post the parser left out was generated"));
                }

                continue;
            }

            if (post is null)
            {
                failures.Add(new FuzzFailure(c, settings, "a post the parser read was not generated"));
                continue;
            }

            stats.Generated++;
            var mismatches = new List<string>();
            CompareWithParser(post, model, options, mismatches);
            stats.ExpectationsChecked += CompareWithCase(post, c, mismatches);
            foreach (var mismatch in mismatches)
            {
                failures.Add(new FuzzFailure(c, settings, mismatch));
            }
        }
    }

    /// <summary><c>BySlug</c> and <c>ByUrl</c> give, for every post's key, the first post in <c>All</c> with that key.</summary>
    private static void CheckLookups(Assembly assembly, IReadOnlyList<PostView> all, List<FuzzFailure> failures, SiteSettings settings)
    {
        var posts = assembly.GetType("Blog.Posts", throwOnError: true)!;
        foreach (var (method, key) in new (string, Func<PostView, string>)[] { ("BySlug", p => p.Slug), ("ByUrl", p => p.Url) })
        {
            var lookup = posts.GetMethod(method)!;
            foreach (var post in all)
            {
                var expected = all.First(p => string.Equals(key(p), key(post), StringComparison.Ordinal)).Instance;
                if (!ReferenceEquals(lookup.Invoke(null, [key(post)]), expected))
                {
                    failures.Add(new FuzzFailure(null, settings, $"{method}({key(post)}) did not give the newest post with that key ({post.SourcePath})"));
                }
            }
        }

        // Tags.ByName and Categories.ByName: every name of a post, with exactly the posts of All that have it, in order.
        foreach (var (type, names) in new (string, Func<PostView, IReadOnlyList<string>>)[] { ("Blog.Tags", p => p.Tags), ("Blog.Categories", p => p.Categories) })
        {
            var byName = (System.Collections.IDictionary)assembly.GetType(type, throwOnError: true)!.GetProperty("ByName")!.GetValue(null)!;

            // The posts of each name in one pass over All, so a site of 100,000 names is checked in linear time.
            var expected = new Dictionary<string, List<object>>(StringComparer.Ordinal);
            foreach (var post in all)
            {
                foreach (var name in names(post))
                {
                    var having = expected.TryGetValue(name, out var list) ? list : expected[name] = [];
                    if (having.Count == 0 || !ReferenceEquals(having[^1], post.Instance))
                    {
                        having.Add(post.Instance);
                    }
                }
            }

            if (byName.Count != expected.Count)
            {
                failures.Add(new FuzzFailure(null, settings, $"{type}.ByName has {byName.Count} names, the posts {expected.Count}"));
                continue;
            }

            foreach (var (name, having) in expected)
            {
                var listed = byName.Contains(name) ? ((IEnumerable<object>)byName[name]!).ToList() : [];
                if (!listed.SequenceEqual(having, ReferenceEqualityComparer.Instance))
                {
                    failures.Add(new FuzzFailure(null, settings, $"{type}.ByName[{name}] does not list exactly the posts with that name, newest first"));
                }
            }
        }
    }

    private static void CompareWithParser(PostView post, PostModel model, SiteOptions options, List<string> mismatches)
    {
        var s = model.Summary;
        Same("Slug", s.Slug, post.Slug, mismatches);
        Same("Title", s.Title, post.Title, mismatches);
        Same("Author", s.Author, post.Author, mismatches);
        Same("Layout", s.Layout, post.Layout, mismatches);
        Same("Url", s.Url, post.Url, mismatches);
        Same("SourcePath", s.RelativePath, post.SourcePath, mismatches);
        Same("Excerpt", model.Excerpt, post.Excerpt, mismatches);
        if (post.Date.UtcTicks != s.DateTicks || post.Date.Offset != TimeSpan.FromMinutes(s.OffsetMinutes))
        {
            mismatches.Add($"Date: parser {s.DateTicks}/{s.OffsetMinutes}, generated {post.Date:O}");
        }

        SameList("Tags", s.Tags, post.Tags, mismatches);
        SameList("Categories", s.Categories, post.Categories, mismatches);
        if (post.WordCount != model.WordCount)
        {
            mismatches.Add($"WordCount: parser {model.WordCount}, generated {post.WordCount}");
        }

        var minutes = Math.Max(1, (int)Math.Ceiling(model.WordCount / (double)options.ReadingWordsPerMinute));
        if (post.ReadingTime != TimeSpan.FromMinutes(minutes))
        {
            mismatches.Add($"ReadingTime: expected {minutes} min, generated {post.ReadingTime}");
        }

        var headings = post.Headings;
        if (headings.Count != model.Headings.Count || headings.Zip(model.Headings).Any(p => p.First != (p.Second.Level, p.Second.Id, p.Second.Text)))
        {
            mismatches.Add("Headings differ");
        }

        // UTF-8 cannot hold a lone surrogate; what it can hold must come back exactly.
        if (model.PostUrlReferences.Count == 0)
        {
            var html = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(model.Html));
            if (post.Html != html)
            {
                mismatches.Add($"Html differs (parser {html.Length} chars, generated {post.Html.Length})");
            }
        }

        var frontMatter = post.FrontMatter;
        var keys = model.FrontMatter.Select(e => e.Key).ToList();
        if (frontMatter.Count != keys.Count || !keys.All(frontMatter.ContainsKey))
        {
            mismatches.Add($"FrontMatter keys: parser [{string.Join(", ", keys.Select(FuzzCase.Escape))}], generated [{string.Join(", ", frontMatter.Keys.Select(FuzzCase.Escape))}]");
            return;
        }

        foreach (var entry in model.FrontMatter)
        {
            if (!SameValue(entry.Value, frontMatter[entry.Key], out var why))
            {
                mismatches.Add($"FrontMatter[{FuzzCase.Escape(entry.Key)}]: {why}");
            }
        }
    }

    /// <summary>The values the case spelled out as double-quoted YAML: independent of the parser's own opinion.</summary>
    private static int CompareWithCase(PostView post, FuzzCase c, List<string> mismatches)
    {
        var checkedCount = 0;
        var frontMatter = post.FrontMatter;
        foreach (var (key, value) in c.Expected)
        {
            checkedCount++;
            if (!frontMatter.TryGetValue(key, out var actual) || actual is not string text || text != value)
            {
                mismatches.Add($"expected FrontMatter[{key}] = \"{FuzzCase.Escape(value)}\", generated {Describe(actual)}");
            }

            switch (key)
            {
                case "title" when !string.IsNullOrWhiteSpace(value):
                    Same("expected Title", value, post.Title, mismatches);
                    break;
                case "slug" when value.Length > 0:
                    Same("expected Slug", value, post.Slug, mismatches);
                    break;
                case "author":
                    Same("expected Author", value.Length == 0 ? null : value, post.Author, mismatches);
                    break;
                case "layout":
                    Same("expected Layout", value.Length == 0 ? null : value, post.Layout, mismatches);
                    break;
                case "tag":
                    SameList("expected Tags", [value], post.Tags, mismatches);
                    break;
                case "tags" when !c.Expected.ContainsKey("tag") && !c.ExpectedLists.ContainsKey("tag") && !c.TopLevelKeys.Contains("tag"):
                    SameList("expected Tags", value.Split([' ', '\t', '\n', '\r', '\f', '\v'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList(), post.Tags, mismatches);
                    break;
            }
        }

        foreach (var (key, values) in c.ExpectedLists)
        {
            checkedCount++;
            if (!frontMatter.TryGetValue(key, out var actual) || actual is not IReadOnlyList<object?> list || !list.SequenceEqual(values))
            {
                mismatches.Add($"expected FrontMatter[{key}] = [{string.Join(", ", values.Select(FuzzCase.Escape))}], generated {Describe(actual)}");
            }

            if (key == "tag" || (key == "tags" && !c.TopLevelKeys.Contains("tag")))
            {
                SameList("expected Tags", values.Distinct(StringComparer.Ordinal).ToList(), post.Tags, mismatches);
            }
        }

        return checkedCount;
    }

    private static bool SameValue(FrontMatterValue expected, object? actual, out string why)
    {
        why = "";
        switch (expected.Kind)
        {
            case FrontMatterKind.Null:
                why = "expected null, generated " + Describe(actual);
                return actual is null;
            case FrontMatterKind.String:
                why = $"expected \"{FuzzCase.Escape(expected.Text)}\", generated {Describe(actual)}";
                return actual is string s && s == expected.Text;
            case FrontMatterKind.Bool:
                why = $"expected {expected.Bool}, generated {Describe(actual)}";
                return actual is bool b && b == expected.Bool;
            case FrontMatterKind.Long:
                why = $"expected {expected.Long}L, generated {Describe(actual)}";
                return actual is long l && l == expected.Long;
            case FrontMatterKind.Double:
                why = $"expected {expected.Double:R}, generated {Describe(actual)}";
                return actual is double d && BitConverter.DoubleToInt64Bits(d) == BitConverter.DoubleToInt64Bits(expected.Double);
            case FrontMatterKind.Date:
                why = $"expected {expected.AsDate():O}, generated {Describe(actual)}";
                return actual is DateTimeOffset date && date.Ticks == expected.DateTicks && date.Offset == TimeSpan.FromMinutes(expected.OffsetMinutes);
            case FrontMatterKind.List:
                if (actual is not IReadOnlyList<object?> list || list.Count != expected.Items.Count)
                {
                    why = $"expected a list of {expected.Items.Count}, generated {Describe(actual)}";
                    return false;
                }

                for (var i = 0; i < list.Count; i++)
                {
                    if (!SameValue(expected.Items[i], list[i], out why))
                    {
                        why = $"[{i}]: {why}";
                        return false;
                    }
                }

                return true;
            case FrontMatterKind.Map:
                // Keys repeat in nested maps; the generated dictionary keeps the last value, as the YAML reads.
                var last = new Dictionary<string, FrontMatterValue>(StringComparer.Ordinal);
                foreach (var entry in expected.Entries)
                {
                    last[entry.Key] = entry.Value;
                }

                if (actual is not IReadOnlyDictionary<string, object?> map || map.Count != last.Count)
                {
                    why = $"expected a map of {last.Count}, generated {Describe(actual)}";
                    return false;
                }

                foreach (var (key, value) in last)
                {
                    if (!map.TryGetValue(key, out var item) || !SameValue(value, item, out why))
                    {
                        why = $"[{FuzzCase.Escape(key)}]: {why}";
                        return false;
                    }
                }

                return true;
            default:
                why = "unknown kind " + expected.Kind;
                return false;
        }
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{FuzzCase.Escape(s)}\"",
        IReadOnlyList<object?> list => $"a list of {list.Count}",
        IReadOnlyDictionary<string, object?> map => $"a map of {map.Count}",
        _ => $"{value} ({value.GetType().Name})",
    };

    private static void Same(string field, string? expected, string? actual, List<string> mismatches)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            mismatches.Add($"{field}: expected {(expected is null ? "null" : "\"" + FuzzCase.Escape(expected) + "\"")}, generated {(actual is null ? "null" : "\"" + FuzzCase.Escape(actual) + "\"")}");
        }
    }

    private static void SameList(string field, IEnumerable<string> expected, IReadOnlyList<string> actual, List<string> mismatches)
    {
        var want = expected.ToList();
        if (!want.SequenceEqual(actual, StringComparer.Ordinal))
        {
            mismatches.Add($"{field}: expected [{string.Join(", ", want.Select(FuzzCase.Escape))}], generated [{string.Join(", ", actual.Select(FuzzCase.Escape))}]");
        }
    }
}
