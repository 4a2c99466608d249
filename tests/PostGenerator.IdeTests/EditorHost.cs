using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using Microsoft.CodeAnalysis.Text;

namespace PostGenerator.IdeTests;

/// <summary>
/// What an editor does with a project: open it with <see cref="MSBuildWorkspace"/> (a design-time build, no
/// compile), keep the solution in memory, and ask for one open file's diagnostics and for the generated documents.
/// Edits fork the loaded solution, as keystrokes do, and never touch the disk.
/// </summary>
public sealed class EditorHost : IDisposable
{
    private readonly List<string> _failures = [];

    private EditorHost(ConsumerProject consumer, MSBuildWorkspace workspace)
    {
        Consumer = consumer;
        Workspace = workspace;
    }

    public ConsumerProject Consumer { get; }

    public MSBuildWorkspace Workspace { get; }

    /// <summary>The project as loaded, before any edit.</summary>
    public Project Project { get; private set; } = null!;

    /// <summary>The workspace's load failures and diagnostics, for assertion messages.</summary>
    public string Failures => _failures.Count == 0 && Workspace.Diagnostics.IsEmpty
        ? "(workspace reported nothing)"
        : string.Join("\n", _failures.Concat(Workspace.Diagnostics.Select(d => $"{d.Kind}: {d.Message}")).Distinct());

    public static async Task<EditorHost> OpenAsync(ConsumerProject consumer, CancellationToken cancellationToken)
    {
        var host = new EditorHost(consumer, MSBuildWorkspace.Create());
        try
        {
            host.Workspace.WorkspaceFailed += (_, e) => host._failures.Add($"{e.Diagnostic.Kind}: {e.Diagnostic.Message}");
            host.Project = await host.Workspace.OpenProjectAsync(consumer.ProjectFile, cancellationToken: cancellationToken);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    public void Dispose() => Workspace.Dispose();

    public DocumentId PostId(Project project, string fileName)
    {
        var path = Consumer.PostPath(fileName);
        return project.AdditionalDocuments.SingleOrDefault(d => d.FilePath == path)?.Id
            ?? throw new InvalidOperationException($"{fileName} is not an additional document of the project; it has [{string.Join(", ", project.AdditionalDocuments.Select(d => d.FilePath))}].\n{Failures}");
    }

    /// <summary>Typing: one change applied to the post's text in the solution, which becomes the current snapshot.</summary>
    public static async Task<Project> TypeAsync(Project project, DocumentId post, TextChange change, CancellationToken cancellationToken)
    {
        var text = await project.GetAdditionalDocument(post)!.GetTextAsync(cancellationToken);
        return project.Solution.WithAdditionalDocumentText(post, text.WithChanges(change)).GetProject(project.Id)!;
    }

    /// <summary>
    /// The squiggles of one additional file, as the IDE computes them for an open document: the project's own
    /// analyzers (loaded from its &lt;Analyzer&gt; items), its AdditionalFiles and .editorconfig options, one file's result.
    /// </summary>
    public async Task<ImmutableArray<Diagnostic>> PostDiagnosticsAsync(Project project, DocumentId post, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken) ?? throw new InvalidOperationException("No compilation.\n" + Failures);
        var analyzers = project.AnalyzerReferences.SelectMany(r => r.GetAnalyzers(project.Language)).ToImmutableArray();
        if (!analyzers.Any(a => a.GetType().FullName == "PostGenerator.Diagnostics.PostsAnalyzer"))
        {
            throw new InvalidOperationException($"PostsAnalyzer is not among the project's analyzers [{string.Join(", ", analyzers.Select(a => a.GetType().FullName))}].\n{Failures}");
        }

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            onAnalyzerException: (ex, _, _) => exceptions.Add(ex),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var path = project.GetAdditionalDocument(post)!.FilePath;
        var file = project.AnalyzerOptions.AdditionalFiles.Single(f => f.Path == path);
        var result = await compilation.WithAnalyzers(analyzers, options).GetAnalysisResultAsync(file, cancellationToken);
        if (exceptions.Count > 0)
        {
            throw new AggregateException("The analyzer threw.", exceptions);
        }

        return result.GetAllDiagnostics();
    }

    /// <summary>The generated documents the editor shows under the project, by hint name.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> GeneratedAsync(Project project, CancellationToken cancellationToken)
    {
        var documents = await project.GetSourceGeneratedDocumentsAsync(cancellationToken);
        var sources = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            sources.Add(document.HintName, (await document.GetTextAsync(cancellationToken)).ToString());
        }

        return sources;
    }
}
