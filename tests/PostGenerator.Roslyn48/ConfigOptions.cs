using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PostGenerator.Roslyn48;

/// <summary>
/// What the compiler's own providers (internal in Roslyn) give generators and analyzers: for each file, the options of
/// the .editorconfig sections that match its path plus the global ones (the .globalconfig that MSBuild writes carries
/// the compiler-visible properties and item metadata); severities from the same files, for the tree or globally.
/// </summary>
internal sealed class ConfigOptions(AnalyzerConfigSet set)
{
    private readonly ConcurrentDictionary<string, AnalyzerConfigOptionsResult> byPath = new(StringComparer.Ordinal);

    public AnalyzerConfigOptionsResult Global => set.GlobalConfigOptions;

    public AnalyzerConfigOptionsResult ForPath(string path) => byPath.GetOrAdd(path, set.GetOptionsForSourcePath);

    public AnalyzerConfigOptionsProvider AnalyzerOptions() => new OptionsProvider(this);

    public SyntaxTreeOptionsProvider SeverityOptions() => new SeverityProvider(this);

    private sealed class OptionsProvider(ConfigOptions options) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(options.Global.AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(options.ForPath(tree.FilePath).AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(options.ForPath(textFile.Path).AnalyzerOptions);
    }

    private sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }

    private sealed class SeverityProvider(ConfigOptions options) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) =>
            options.ForPath(tree.FilePath).AnalyzerOptions.TryGetValue("generated_code", out var value)
                ? string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated
                : GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            options.ForPath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            options.Global.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
