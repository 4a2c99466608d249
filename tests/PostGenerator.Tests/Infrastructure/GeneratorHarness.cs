using System.Collections.Immutable;
using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace PostGenerator.Tests.Infrastructure;

/// <summary>Runs the generator the way the compiler does and compiles, loads and inspects what it produced.</summary>
public static class GeneratorHarness
{
    /// <summary>What the SDK defines for a net8.0 project (the reference assemblies compiled against): the generated code's <c>#if</c>s see what a consumer's build sees.</summary>
    public static readonly string[] Net80Symbols =
        ["NET", "NET8_0", "NETCOREAPP", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER"];

    public static CSharpParseOptions ParseOptions(LanguageVersion languageVersion = LanguageVersion.CSharp12, string[]? preprocessorSymbols = null) =>
        new(languageVersion, preprocessorSymbols: preprocessorSymbols ?? Net80Symbols);

    public static CSharpCompilation CreateCompilation(string source = "", LanguageVersion languageVersion = LanguageVersion.CSharp12) =>
        CSharpCompilation.Create(
            "Consumer",
            string.IsNullOrEmpty(source) ? [] : [CSharpSyntaxTree.ParseText(source, ParseOptions(languageVersion), path: "Program.cs")],
            Net80.References.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                generalDiagnosticOption: ReportDiagnostic.Error,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));

    public static GeneratorDriver CreateDriver(PostSet posts, bool trackSteps = true, bool disableImplementationOutputs = false, string[]? preprocessorSymbols = null) =>
        CSharpGeneratorDriver.Create(
            [new PostsGenerator().AsSourceGenerator()],
            posts.Files,
            ParseOptions(preprocessorSymbols: preprocessorSymbols),
            posts.OptionsProvider(),
            new GeneratorDriverOptions(
                disabledOutputs: disableImplementationOutputs ? IncrementalGeneratorOutputKind.Implementation : IncrementalGeneratorOutputKind.None,
                trackIncrementalGeneratorSteps: trackSteps));

    public sealed record Result(GeneratorDriverRunResult Run, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
    {
        public IEnumerable<GeneratedSourceResult> Sources => Run.Results.SelectMany(r => r.GeneratedSources);

        public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();
    }

    public static Result Run(PostSet posts, string consumerSource = "", LanguageVersion languageVersion = LanguageVersion.CSharp12, string[]? preprocessorSymbols = null)
    {
        var driver = CreateDriver(posts, trackSteps: false, preprocessorSymbols: preprocessorSymbols);
        driver = driver.RunGeneratorsAndUpdateCompilation(CreateCompilation(consumerSource, languageVersion), out var output, out var diagnostics);
        return new Result(driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>Runs the generator, asserts it raised nothing and that the output compiles with warnings as errors, and loads it.</summary>
    public static (Result Result, Assembly Assembly) RunAndLoad(PostSet posts, string consumerSource = "", string[]? preprocessorSymbols = null)
    {
        var result = Run(posts, consumerSource, preprocessorSymbols: preprocessorSymbols);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.All(result.Run.Results, r => Assert.Null(r.Exception));
        using var stream = new MemoryStream();
        var emit = result.Output.Emit(stream);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)));
        Assert.Empty(emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var context = new System.Runtime.Loader.AssemblyLoadContext(null, isCollectible: true);
        stream.Position = 0;
        return (result, context.LoadFromStream(stream));
    }

    /// <summary>How many posts the generator emits for <paramref name="posts"/> (one data class each, in the files under <c>Posts/</c>).</summary>
    public static int AllPostsCount(PostSet posts) =>
        Run(posts).Sources
            .Where(s => s.HintName.StartsWith("Posts/", StringComparison.Ordinal))
            .Sum(s => PostsIn(s.SourceText.ToString()));

    /// <summary>How many posts' data classes a generated source holds (each has one <c>Create(int place) => ReadPost(</c>).</summary>
    public static int PostsIn(string source) => source.Split(" Create(int place) => ReadPost(").Length - 1;

    /// <summary>The generated <c>Post</c> objects of <c>Posts.All</c>, read by reflection.</summary>
    public static IReadOnlyList<PostView> AllPosts(Assembly assembly, string ns = "Blog")
    {
        var posts = assembly.GetType(ns + ".Posts", throwOnError: true)!;
        var all = (System.Collections.IEnumerable)posts.GetProperty("All")!.GetValue(null)!;
        return all.Cast<object>().Select(p => new PostView(p)).ToList();
    }
}

/// <summary>Reads a generated <c>Post</c> through reflection, since the test cannot see its type at compile time.</summary>
public sealed class PostView(object post)
{
    public object Instance { get; } = post;

    public T Get<T>(string property) => (T)Instance.GetType().GetProperty(property)!.GetValue(Instance)!;

    public string Slug => Get<string>("Slug");

    public string Title => Get<string>("Title");

    public DateTimeOffset Date => Get<DateTimeOffset>("Date");

    public string? Author => (string?)Instance.GetType().GetProperty("Author")!.GetValue(Instance);

    public string? Layout => (string?)Instance.GetType().GetProperty("Layout")!.GetValue(Instance);

    public IReadOnlyList<string> Tags => Get<IReadOnlyList<string>>("Tags");

    public IReadOnlyList<string> Categories => Get<IReadOnlyList<string>>("Categories");

    public string Url => Get<string>("Url");

    public string SourcePath => Get<string>("SourcePath");

    public string Html => Get<string>("Html");

    public string Excerpt => Get<string>("Excerpt");

    public int WordCount => Get<int>("WordCount");

    public TimeSpan ReadingTime => Get<TimeSpan>("ReadingTime");

    public IReadOnlyDictionary<string, object?> FrontMatter => Get<IReadOnlyDictionary<string, object?>>("FrontMatter");

    public IReadOnlyList<(int Level, string Id, string Text)> Headings =>
        ((System.Collections.IEnumerable)Instance.GetType().GetProperty("Headings")!.GetValue(Instance)!)
            .Cast<object>()
            .Select(h => ((int)h.GetType().GetProperty("Level")!.GetValue(h)!, (string)h.GetType().GetProperty("Id")!.GetValue(h)!, (string)h.GetType().GetProperty("Text")!.GetValue(h)!))
            .ToList();
}
