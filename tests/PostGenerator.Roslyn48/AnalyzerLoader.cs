using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace PostGenerator.Roslyn48;

/// <summary>
/// Loads analyzer and generator assemblies the way the .NET compiler of Roslyn 4.8 does (its DefaultAnalyzerAssemblyLoader,
/// which is internal): one load context per analyzer folder. A dependency is taken from the compiler's own context when
/// that context can provide it (Microsoft.CodeAnalysis, the runtime's System.* assemblies), so that the analyzer and the
/// compiler share one copy of each type; otherwise from the folder it was passed from with <c>/analyzer</c>. That is how
/// YamlDotNet, Markdig and AngleSharp reach the generator: beside it in the package, never from the host.
/// </summary>
internal sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
{
    private readonly object gate = new();
    private readonly Dictionary<string, FolderContext> contexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> pathsBySimpleName = new(StringComparer.OrdinalIgnoreCase);

    public void AddDependencyLocation(string fullPath)
    {
        lock (gate)
        {
            var simpleName = Path.GetFileNameWithoutExtension(fullPath);
            if (!pathsBySimpleName.TryGetValue(simpleName, out var paths))
            {
                pathsBySimpleName[simpleName] = paths = [];
            }

            if (!paths.Contains(fullPath, StringComparer.Ordinal))
            {
                paths.Add(fullPath);
            }
        }
    }

    public Assembly LoadFromPath(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath) ?? throw new ArgumentException("Not a file path.", nameof(fullPath));
        FolderContext context;
        lock (gate)
        {
            if (!contexts.TryGetValue(folder, out context!))
            {
                contexts[folder] = context = new FolderContext(folder, this);
            }
        }

        return context.LoadFromAssemblyName(AssemblyName.GetAssemblyName(fullPath));
    }

    /// <summary>Every assembly loaded from an analyzer folder (not from the compiler's context), for the host's report.</summary>
    public IReadOnlyList<Assembly> AssembliesLoadedFromAnalyzerFolders()
    {
        lock (gate)
        {
            return contexts.Values.SelectMany(c => c.Assemblies).OrderBy(a => a.GetName().Name, StringComparer.Ordinal).ToList();
        }
    }

    private string? RegisteredPath(string folder, AssemblyName name)
    {
        lock (gate)
        {
            if (!pathsBySimpleName.TryGetValue(name.Name!, out var paths))
            {
                return null;
            }

            // The copy beside the requesting analyzer first, then the highest version passed from another folder.
            var beside = Path.Combine(folder, name.Name + ".dll");
            return paths.Contains(beside, StringComparer.Ordinal)
                ? beside
                : paths.MaxBy(path => AssemblyName.GetAssemblyName(path).Version);
        }
    }

    private sealed class FolderContext(string folder, AnalyzerLoader loader) : AssemblyLoadContext("analyzers: " + folder)
    {
        private static readonly AssemblyLoadContext CompilerContext =
            GetLoadContext(typeof(Compilation).Assembly) ?? Default;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            try
            {
                return CompilerContext.LoadFromAssemblyName(assemblyName);
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException)
            {
                // Not the compiler's, or the compiler's copy is older than the one asked for: the analyzer's own.
            }

            var path = loader.RegisteredPath(folder, assemblyName);
            return path is null ? null : LoadFromAssemblyPath(path);
        }
    }
}
