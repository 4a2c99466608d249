using System.Runtime.CompilerServices;
using Xunit;

namespace PostGenerator.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions in Verify.SourceGenerators' file layout (<c>Class.Method#Hint.g.verified.cs</c>, first line
/// <c>//HintName: ...</c>), kept small because Verify is not on our package mirror; switching to Verify later only
/// means deleting this class. A mismatch or a missing snapshot writes <c>.received.cs</c> beside it and fails.
/// Accepting is explicit: <c>tests/accept-snapshots.sh</c> renames received files to verified. CI never accepts.
/// The set is exact: a verified file of the method that the run no longer produces fails the test too.
/// </summary>
public static class Snapshot
{
    public static void Verify(IEnumerable<(string HintName, string Source)> sources, string className, [CallerMemberName] string method = "", [CallerFilePath] string callerFile = "")
    {
        var directory = Path.Combine(FindTestsRoot(callerFile), "Snapshots");
        Directory.CreateDirectory(directory);
        var prefix = $"{className}.{method}#";
        var failures = new List<string>();
        var expectedFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (hint, source) in sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            var stem = prefix + FileStem(hint);
            var verifiedPath = Path.Combine(directory, stem + ".verified.cs");
            var receivedPath = Path.Combine(directory, stem + ".received.cs");
            expectedFiles.Add(Path.GetFileName(verifiedPath));
            var actual = $"//HintName: {hint}\n{source.Replace("\r\n", "\n")}";
            var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
            if (expected == actual)
            {
                File.Delete(receivedPath);
                continue;
            }

            File.WriteAllText(receivedPath, actual);
            failures.Add(expected is null ? $"new snapshot {stem} (no verified file)" : $"changed snapshot {stem}");
        }

        foreach (var stale in Directory.GetFiles(directory, prefix + "*.verified.cs").Select(Path.GetFileName))
        {
            if (!expectedFiles.Contains(stale!))
            {
                failures.Add($"verified snapshot {stale} was not produced");
            }
        }

        Assert.True(failures.Count == 0, "Snapshot mismatch (compare the .received.cs files, accept with tests/accept-snapshots.sh):\n" + string.Join("\n", failures));
    }

    /// <summary>Verify names a file after the hint without <c>.cs</c>; '/' cannot be in a file name and becomes '.'.</summary>
    private static string FileStem(string hintName)
    {
        var stem = hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName;
        return stem.Replace('/', '.').Replace('\\', '.');
    }

    private static string FindTestsRoot(string callerFile)
    {
        var directory = Path.GetDirectoryName(callerFile);
        while (directory is not null && !File.Exists(Path.Combine(directory, "PostGenerator.Tests.csproj")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Cannot find the test project folder from " + callerFile);
    }
}
