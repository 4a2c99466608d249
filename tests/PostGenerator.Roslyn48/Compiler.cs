using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace PostGenerator.Roslyn48;

/// <summary>
/// One csc run, in the order the command-line compiler does it (Roslyn's CommonCompiler): parse the command line,
/// read the analyzer config files, the sources and the additional files, load the analyzers and generators named by
/// <c>/analyzer</c>, run the generators, run the analyzers over the compilation that includes their output, print every
/// diagnostic, and emit the assembly, its pdb and reference assembly when there is no error.
/// </summary>
internal sealed class Compiler(TextWriter console)
{
    private readonly List<Diagnostic> diagnostics = [];
    private readonly AnalyzerLoader loader = new();
    private readonly string baseDirectory = Directory.GetCurrentDirectory();
    private bool fullPaths;

    /// <summary>The analyzer and generator assemblies this run loaded from their own folders, and their dependencies.</summary>
    public IReadOnlyList<System.Reflection.Assembly> LoadedFromAnalyzerFolders => loader.AssembliesLoadedFromAnalyzerFolders();

    public int Run(string[] commandLine)
    {
        var args = CSharpCommandLineParser.Default.Parse(commandLine, baseDirectory, sdkDirectory: null);
        fullPaths = args.PrintFullPaths;
        diagnostics.AddRange(args.Errors);
        if (HasErrors())
        {
            return Report();
        }

        var config = ReadAnalyzerConfig(args);
        var trees = args.SourceFiles.Select(file => Parse(args, file, config)).OfType<SyntaxTree>().ToList();
        var references = ResolveReferences(args);
        var (analyzers, generators) = LoadAnalyzers(args);
        if (HasErrors())
        {
            return Report();
        }

        var compilation = CSharpCompilation.Create(
            args.CompilationName,
            trees,
            references,
            args.CompilationOptions
                .WithSourceReferenceResolver(new SourceFileResolver(args.SourcePaths, args.BaseDirectory, args.PathMap))
                .WithXmlReferenceResolver(new XmlFileResolver(args.BaseDirectory))
                .WithStrongNameProvider(new DesktopStrongNameProvider(args.KeyFileSearchPaths))
                .WithAssemblyIdentityComparer(DesktopAssemblyIdentityComparer.Default)
                .WithSyntaxTreeOptionsProvider(config.SeverityOptions()));

        var additionalFiles = args.AdditionalFiles
            .Select(file => (AdditionalText)new AdditionalFile(file.Path, args.Encoding, args.ChecksumAlgorithm))
            .ToImmutableArray();
        var options = config.AnalyzerOptions();

        if (!generators.IsEmpty)
        {
            // Implementation outputs included, as the command-line compiler does; only an IDE may skip them.
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                generators, additionalFiles, (CSharpParseOptions)args.ParseOptions, options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None));
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
            compilation = (CSharpCompilation)generated;
            diagnostics.AddRange(generatorDiagnostics.Select(d => SeverityRules.Apply(d, compilation.Options)).OfType<Diagnostic>());
            WriteGeneratedFiles(args, driver.GetRunResult());
        }

        diagnostics.AddRange(analyzers.IsEmpty
            ? compilation.GetDiagnostics()
            : compilation
                .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(additionalFiles, options), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false))
                .GetAllDiagnosticsAsync().GetAwaiter().GetResult());

        if (!HasErrors())
        {
            Emit(args, compilation);
        }

        return Report();
    }

    private ConfigOptions ReadAnalyzerConfig(CommandLineArguments args)
    {
        var configs = new List<AnalyzerConfig>();
        foreach (var path in args.AnalyzerConfigPaths)
        {
            try
            {
                configs.Add(AnalyzerConfig.Parse(Files.Read(path, encoding: null, SourceHashAlgorithm.Sha256), path));
            }
            catch (IOException e)
            {
                diagnostics.Add(FileReadError(path, e));
            }
        }

        var set = AnalyzerConfigSet.Create(configs, out var setDiagnostics);
        diagnostics.AddRange(setDiagnostics);
        return new ConfigOptions(set);
    }

    private SyntaxTree? Parse(CommandLineArguments args, CommandLineSourceFile file, ConfigOptions config)
    {
        SourceText text;
        try
        {
            var embedded = args.EmbeddedFiles.Any(e => string.Equals(e.Path, file.Path, StringComparison.Ordinal));
            text = Files.Read(file.Path, args.Encoding, args.ChecksumAlgorithm, embedded);
        }
        catch (IOException e)
        {
            diagnostics.Add(FileReadError(file.Path, e));
            return null;
        }

        foreach (var configDiagnostic in config.ForPath(file.Path).Diagnostics)
        {
            diagnostics.Add(configDiagnostic);
        }

        var options = (CSharpParseOptions)args.ParseOptions;
        return CSharpSyntaxTree.ParseText(text, file.IsScript ? options.WithKind(SourceCodeKind.Script) : options, file.Path);
    }

    private List<MetadataReference> ResolveReferences(CommandLineArguments args)
    {
        var resolved = new List<MetadataReference>();
        foreach (var reference in args.MetadataReferences)
        {
            var path = Path.GetFullPath(reference.Reference, args.BaseDirectory!);
            if (File.Exists(path))
            {
                resolved.Add(MetadataReference.CreateFromFile(path, reference.Properties));
            }
            else
            {
                diagnostics.Add(HostError("CS0006", $"Metadata file '{reference.Reference}' could not be found"));
            }
        }

        return resolved;
    }

    /// <summary>
    /// Every <c>/analyzer</c> is registered with the loader before any is loaded, so that each one's dependencies are
    /// found whatever the order; load failures become csc's warnings (CS8032, CS8034, CS9057...).
    /// </summary>
    private (ImmutableArray<DiagnosticAnalyzer> Analyzers, ImmutableArray<ISourceGenerator> Generators) LoadAnalyzers(CommandLineArguments args)
    {
        var references = new List<AnalyzerFileReference>();
        foreach (var reference in args.ResolveAnalyzerReferences(loader))
        {
            if (reference is AnalyzerFileReference file)
            {
                references.Add(file);
                loader.AddDependencyLocation(file.FullPath);
            }
            else
            {
                diagnostics.Add(HostError("CS0006", $"Metadata file '{reference.FullPath}' could not be found"));
            }
        }

        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        var generators = ImmutableArray.CreateBuilder<ISourceGenerator>();
        foreach (var reference in references)
        {
            reference.AnalyzerLoadFailed += OnLoadFailed;
            if (!args.SkipAnalyzers)
            {
                analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
            }

            generators.AddRange(reference.GetGenerators(LanguageNames.CSharp));
            reference.AnalyzerLoadFailed -= OnLoadFailed;
        }

        return (analyzers.ToImmutable(), generators.ToImmutable());

        void OnLoadFailed(object? sender, AnalyzerLoadFailureEventArgs e)
        {
            var path = ((AnalyzerFileReference)sender!).FullPath;
            var warning = e.ErrorCode switch
            {
                AnalyzerLoadFailureEventArgs.FailureErrorCode.UnableToLoadAnalyzer => HostWarning("CS8034", $"Unable to load Analyzer assembly {path} : {e.Message}"),
                AnalyzerLoadFailureEventArgs.FailureErrorCode.UnableToCreateAnalyzer => HostWarning("CS8032", $"An instance of analyzer {e.TypeName} cannot be created from {path} : {e.Message}."),
                AnalyzerLoadFailureEventArgs.FailureErrorCode.NoAnalyzers => HostWarning("CS8033", $"The assembly {path} does not contain any analyzers."),
                AnalyzerLoadFailureEventArgs.FailureErrorCode.ReferencesFramework => HostWarning("CS8850", $"The assembly {path} containing type {e.TypeName} references .NET Framework, which is not supported."),
                AnalyzerLoadFailureEventArgs.FailureErrorCode.ReferencesNewerCompiler => HostWarning("CS9057", $"The analyzer assembly '{path}' references version '{e.ReferencedCompilerVersion}' of the compiler, which is newer than the currently running version '{typeof(Compilation).Assembly.GetName().Version}'."),
                _ => null,
            };
            if (warning is not null && SeverityRules.Apply(warning, args.CompilationOptions) is { } filtered)
            {
                diagnostics.Add(filtered);
            }
        }
    }

    /// <summary><c>/generatedfilesout</c> (EmitCompilerGeneratedFiles): each generated source under its generator's folder.</summary>
    private static void WriteGeneratedFiles(CommandLineArguments args, GeneratorDriverRunResult run)
    {
        if (args.GeneratedFilesOutputDirectory is not { } root)
        {
            return;
        }

        foreach (var tree in run.GeneratedTrees)
        {
            var path = Path.Combine(root, tree.FilePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var writer = new StreamWriter(path, append: false, tree.Encoding ?? System.Text.Encoding.UTF8);
            tree.GetText().Write(writer);
        }
    }

    private void Emit(CommandLineArguments args, Compilation compilation)
    {
        var outputPath = Path.Combine(args.OutputDirectory, args.OutputFileName ?? compilation.AssemblyName + ".dll");
        var pdbPath = args.PdbPath ?? Path.ChangeExtension(outputPath, ".pdb");
        var emitOptions = args.EmitOptions.WithPdbFilePath(PathMapped(pdbPath, args.PathMap));
        var separatePdb = args.EmitPdb && emitOptions.DebugInformationFormat != DebugInformationFormat.Embedded;

        using var pe = new MemoryStream();
        using var pdb = separatePdb ? new MemoryStream() : null;
        using var documentation = args.DocumentationPath is null ? null : new MemoryStream();
        using var referenceAssembly = args.OutputRefFilePath is null ? null : new MemoryStream();
        using var win32Resources = Win32Resources(args, compilation);
        using var sourceLink = args.SourceLink is null ? null : File.OpenRead(args.SourceLink);
        var embeddedTexts = args.EmbeddedFiles
            .Select(file => EmbeddedText.FromSource(file.Path, Files.Read(file.Path, args.Encoding, args.ChecksumAlgorithm, canBeEmbedded: true)))
            .ToList();

        var result = compilation.Emit(
            pe, pdb, documentation, win32Resources, args.ManifestResources, emitOptions,
            sourceLinkStream: sourceLink, embeddedTexts: embeddedTexts, metadataPEStream: referenceAssembly);
        diagnostics.AddRange(result.Diagnostics);
        if (!result.Success)
        {
            return;
        }

        // Written only once everything has been emitted, so a failed run leaves no half-written outputs.
        Write(outputPath, pe);
        Write(pdbPath, pdb);
        Write(args.DocumentationPath, documentation);
        Write(args.OutputRefFilePath, referenceAssembly);
    }

    private static Stream? Win32Resources(CommandLineArguments args, Compilation compilation)
    {
        if (args.Win32ResourceFile is { } resourceFile)
        {
            return File.OpenRead(resourceFile);
        }

        using var manifest = args.Win32Manifest is null ? null : File.OpenRead(args.Win32Manifest);
        using var icon = args.Win32Icon is null ? null : File.OpenRead(args.Win32Icon);
        return compilation.CreateDefaultWin32Resources(versionResource: true, args.NoWin32Manifest, manifest, icon);
    }

    private static string PathMapped(string path, ImmutableArray<KeyValuePair<string, string>> pathMap)
    {
        foreach (var (from, to) in pathMap)
        {
            if (path.StartsWith(from, StringComparison.Ordinal))
            {
                return to + path[from.Length..];
            }
        }

        return path;
    }

    private static void Write(string? path, MemoryStream? content)
    {
        if (path is null || content is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, content.ToArray());
    }

    private bool HasErrors() => diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed);

    /// <summary>
    /// Prints what csc prints (hidden and suppressed diagnostics are not) and returns its exit code. Each once: the
    /// analyzer run and the emit both repeat the compiler's own diagnostics.
    /// </summary>
    private int Report()
    {
        foreach (var diagnostic in diagnostics.Distinct().Where(d => d.Severity != DiagnosticSeverity.Hidden && !d.IsSuppressed))
        {
            console.WriteLine(DiagnosticText.Format(diagnostic, baseDirectory, fullPaths));
        }

        return HasErrors() ? 1 : 0;
    }

    /// <summary>csc's errors for an input file it cannot read.</summary>
    private static Diagnostic FileReadError(string path, IOException exception) =>
        exception is FileNotFoundException or DirectoryNotFoundException
            ? HostError("CS2001", $"Source file '{path}' could not be found.")
            : HostError("CS1504", $"Source file '{path}' could not be opened -- {exception.Message}");

    private static Diagnostic HostError(string id, string message) => HostDiagnostic(id, message, DiagnosticSeverity.Error);

    private static Diagnostic HostWarning(string id, string message) => HostDiagnostic(id, message, DiagnosticSeverity.Warning);

    private static Diagnostic HostDiagnostic(string id, string message, DiagnosticSeverity severity) =>
        Diagnostic.Create(new DiagnosticDescriptor(id, message, message.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), "Compiler", severity, isEnabledByDefault: true), Location.None);
}
