using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Diagnostics;

/// <summary>
/// Severities are configured the way the compiler applies them to diagnostics in AdditionalFiles: from a global
/// AnalyzerConfig (<c>.globalconfig</c>, <c>is_global = true</c>) or <c>&lt;NoWarn&gt;</c>, both of which become
/// <see cref="CompilationOptions.SpecificDiagnosticOptions"/>. (Sections such as <c>[*.md]</c> of an ordinary
/// .editorconfig only reach diagnostics in C# files: dotnet/roslyn#31916.)
/// </summary>
public sealed class SeverityConfigurationTests
{
    private const string Untitled = "---\ndate: 2024-01-01\n---\n[x](/tags/nope/)\n";

    [Fact]
    public void Default_severities()
    {
        var diagnostics = Run(config: null);
        Assert.Equal(new[] { "POST011 Warning", "POST013 Warning" }, diagnostics);
    }

    [Theory]
    [InlineData("none", new[] { "POST013 Warning" })]
    [InlineData("error", new[] { "POST011 Error", "POST013 Warning" })]
    [InlineData("suggestion", new[] { "POST011 Info", "POST013 Warning" })]
    public void Global_config_sets_the_severity_of_one_id(string severity, string[] expected)
    {
        var diagnostics = Run($"is_global = true\ndotnet_diagnostic.POST011.severity = {severity}\n");
        Assert.Equal(expected, diagnostics);
    }

    [Fact]
    public void NoWarn_silences_an_id()
    {
        // <NoWarn>POST013</NoWarn> reaches the compiler as /nowarn:POST013, which is this option.
        var diagnostics = Run(config: null, options => options.WithSpecificDiagnosticOptions(
            ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("POST013", ReportDiagnostic.Suppress)));
        Assert.Equal(new[] { "POST011 Warning" }, diagnostics);
    }

    private static string[] Run(string? config, Func<CSharpCompilationOptions, CSharpCompilationOptions>? more = null)
    {
        var posts = new PostSet()
            .Add("content/_posts/2024-01-01-untitled.md", Untitled);
        return AnalyzerHarness.Run(posts, configure: options =>
            {
                options = options.WithGeneralDiagnosticOption(ReportDiagnostic.Default);
                if (config is not null)
                {
                    var set = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(config, "/proj/.globalconfig")), out var errors);
                    Assert.Empty(errors);
                    options = options.WithSpecificDiagnosticOptions(set.GlobalConfigOptions.TreeOptions);
                }

                return more is null ? options : more(options);
            })
            .Select(d => d.Id + " " + d.Severity)
            .ToArray();
    }
}
