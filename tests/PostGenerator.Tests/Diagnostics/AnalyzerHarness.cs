using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PostGenerator.Diagnostics;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Diagnostics;

/// <summary>Runs <see cref="PostsAnalyzer"/> the way the compiler does: AdditionalFiles, their options, a compilation.</summary>
public static class AnalyzerHarness
{
    public static ImmutableArray<Diagnostic> Run(
        PostSet posts,
        LanguageVersion languageVersion = LanguageVersion.CSharp12,
        Func<CSharpCompilationOptions, CSharpCompilationOptions>? configure = null)
    {
        var compilation = GeneratorHarness.CreateCompilation("public static class Program { }", languageVersion);
        if (configure is not null)
        {
            compilation = compilation.WithOptions(configure(compilation.Options));
        }

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(posts.Files.ToImmutableArray(), posts.OptionsProvider()),
            onAnalyzerException: (ex, _, _) => exceptions.Add(ex),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PostsAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None)
            .GetAwaiter()
            .GetResult();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>A diagnostic as the build prints its place: <c>POST005 content/_posts/x.md(3,1)-(3,6)</c>, lines and columns from 1.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var path = span.Path.StartsWith(PostSet.ProjectDir, StringComparison.Ordinal) ? span.Path[PostSet.ProjectDir.Length..] : span.Path;
        return $"{diagnostic.Id} {path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1})";
    }

    public static string[] Describe(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(Describe).ToArray();
}
