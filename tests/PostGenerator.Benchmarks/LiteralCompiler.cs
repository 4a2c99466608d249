using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace PostGenerator.Benchmarks;

/// <summary>
/// Parses and compiles C# against the .NET 10 reference assemblies, as a net10.0 content library would: the one
/// compiler of the literal measurements (<see cref="LiteralCost"/>, <see cref="LiteralPhases"/>).
/// </summary>
internal sealed class LiteralCompiler(bool debugOptimization = false, bool serial = false)
{
    private readonly IReadOnlyList<MetadataReference> _references = Basic.Reference.Assemblies.Net100.References.All;
    private readonly CSharpParseOptions _parseOptions = new(LanguageVersion.Latest);
    private readonly CSharpCompilationOptions _compilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: debugOptimization ? OptimizationLevel.Debug : OptimizationLevel.Release,
        concurrentBuild: !serial,
        allowUnsafe: true);

    public SyntaxTree Parse(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8), _parseOptions, path: "D.g.cs");
        tree.GetRoot();
        return tree;
    }

    public CSharpCompilation Create(SyntaxTree tree) => CSharpCompilation.Create("literals", [tree], _references, _compilationOptions);

    /// <summary>Emits, throwing on errors; returns the PE's size and how many type definitions it holds.</summary>
    public (long PeBytes, int TypeDefinitions) Emit(CSharpCompilation compilation, bool pdb)
    {
        using var pe = new MemoryStream();
        using var pdbStream = pdb ? new MemoryStream() : null;
        var result = compilation.Emit(pe, pdbStream, options: pdb ? new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb) : null);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(3)));
        }

        pe.Position = 0;
        using var reader = new PEReader(pe, PEStreamOptions.LeaveOpen);
        return (pe.Length, reader.GetMetadataReader().TypeDefinitions.Count);
    }
}
