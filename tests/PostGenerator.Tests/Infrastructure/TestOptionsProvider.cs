using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PostGenerator.Tests.Infrastructure;

/// <summary>What MSBuild would put in the generated .editorconfig: global properties and per-file item metadata.</summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, Dictionary<string, string>> _files;

    public TestOptionsProvider(Dictionary<string, string> global, Dictionary<string, Dictionary<string, string>> files)
    {
        GlobalOptions = new Options(global);
        _files = files;
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new());

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new Options(_files.TryGetValue(textFile.Path, out var options) ? options : new());

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
