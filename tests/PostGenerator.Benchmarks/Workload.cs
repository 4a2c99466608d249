using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PostGenerator.Tests.Infrastructure;

namespace PostGenerator.Benchmarks;

/// <summary>
/// N corpus posts as the compiler would hand them to the generator (in-memory AdditionalFiles with their MSBuild
/// metadata), a small consumer compilation, and the edits the benchmarks make: one post's body, one post's title, an
/// unrelated .cs file. Each edit has two versions so a benchmark can flip between them and every run is a real edit.
/// </summary>
public sealed class Workload
{
    private const string ProgramSource = "namespace App { public static class Program { public static int Count => Blog.Posts.All.Count; } }";

    private Workload(int count, int size, int seed)
    {
        Corpus = CorpusMaker.Make(count, size, seed);
        var set = new PostSet();
        foreach (var post in Corpus)
        {
            set.Add("content/" + post.RelativePath, post.Text);
        }

        Posts = set;
        Files = set.Files.ToImmutableArray();
        Options = set.OptionsProvider();
        Compilation = CreateCompilation("namespace App { public static class Other { public static int A => 1; } }");
        EditedCompilation = CreateCompilation("namespace App { public static class Other { public static int A => 2; } }");

        // The post in the middle: neither the newest nor the oldest, so its place in the index is not special.
        var index = count / 2;
        Edited = Files[index];
        var text = Corpus[index].Text;
        BodyEdited = new TestAdditionalText(Edited.Path, text + "\nOne more paragraph, added by the body-edit benchmark.\n");
        var titleLine = text.Substring(text.IndexOf("title: ", StringComparison.Ordinal));
        titleLine = titleLine.Substring(0, titleLine.IndexOf('\n'));
        TitleEdited = new TestAdditionalText(Edited.Path, text.Replace(titleLine, titleLine.TrimEnd('"') + " (updated)\""));
    }

    public IReadOnlyList<CorpusPost> Corpus { get; }

    public PostSet Posts { get; }

    public ImmutableArray<AdditionalText> Files { get; }

    public AnalyzerConfigOptionsProvider Options { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary><see cref="Compilation"/> with the unrelated <c>Other.cs</c> edited.</summary>
    public CSharpCompilation EditedCompilation { get; }

    /// <summary>The post the edits touch, as it is in <see cref="Files"/>.</summary>
    public AdditionalText Edited { get; }

    public AdditionalText BodyEdited { get; }

    public AdditionalText TitleEdited { get; }

    public static Workload Create(int count, int size = CorpusMaker.DefaultSize, int seed = 1) => new(count, size, seed);

    /// <summary>A driver as the command-line compiler makes it, or as the IDE does (<paramref name="designTime"/>: implementation outputs off).</summary>
    public GeneratorDriver CreateDriver(bool designTime = false, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new PostsGenerator().AsSourceGenerator()],
            Files,
            new CSharpParseOptions(LanguageVersion.CSharp12),
            Options,
            new GeneratorDriverOptions(
                disabledOutputs: designTime ? IncrementalGeneratorOutputKind.Implementation : IncrementalGeneratorOutputKind.None,
                trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The analyzer that reports the posts' diagnostics, as the compiler runs it after generation.</summary>
    public static DiagnosticAnalyzer CreateAnalyzer() => new PostGenerator.Diagnostics.PostsAnalyzer();

    /// <summary>
    /// The same files as new objects with new texts: the analyzer caches what it learned per <c>SourceText</c> (as an
    /// editor would want), so only new texts make it parse every post again, as a command-line build does.
    /// </summary>
    public ImmutableArray<AdditionalText> FreshFiles() =>
        Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.GetText()!.ToString())).ToImmutableArray();

    /// <summary>Runs the analyzer over every post, as the compiler does after generation.</summary>
    public ImmutableArray<Diagnostic> Analyze(DiagnosticAnalyzer analyzer, ImmutableArray<AdditionalText>? files = null) =>
        Compilation
            .WithAnalyzers([analyzer], new AnalyzerOptions(files ?? Files, Options))
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter()
            .GetResult();

    /// <summary>
    /// Runs the analyzer over one post, as an editor does for the post open in it after each change to the code: a new
    /// compilation each time (here a new analyzer host over the same one), the posts' texts unchanged.
    /// </summary>
    public ImmutableArray<Diagnostic> AnalyzeOpenPost(DiagnosticAnalyzer analyzer, AdditionalText open) =>
        Compilation
            .WithAnalyzers([analyzer], new AnalyzerOptions(Files, Options))
            .GetAnalysisResultAsync(open, [analyzer], default)
            .GetAwaiter()
            .GetResult()
            .GetAllDiagnostics();

    private static CSharpCompilation CreateCompilation(string other) =>
        CSharpCompilation.Create(
            "Consumer",
            [
                CSharpSyntaxTree.ParseText(ProgramSource, new CSharpParseOptions(LanguageVersion.CSharp12), path: "Program.cs"),
                CSharpSyntaxTree.ParseText(other, new CSharpParseOptions(LanguageVersion.CSharp12), path: "Other.cs"),
            ],
            Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
}
