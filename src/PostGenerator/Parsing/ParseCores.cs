using System;
using System.Threading;

namespace PostGenerator.Parsing;

/// <summary>
/// How many cores the generator parses posts on. While a process is young, the runtime compiles the parser's hot
/// methods (ours, Markdig's, YamlDotNet's) a second time, optimized, on a background thread, and until it has, the parse
/// runs their first, unoptimized code. With every core parsing, that thread waits for a core, and the parse runs slow code
/// for longer: in a fresh process on two cores, a first run over 20,000 posts took 5.5 s on both cores against 4.3 s on
/// one, and with the runtime's tiered compilation off, 2.5 s on both against 3.3 s on one (<c>docs/performance.md</c>,
/// "The parse in a fresh compiler"). A command-line build's compiler is such a process, and runs the generator once.
/// So until this process has parsed <see cref="WarmUpChars"/> of post text, the parse leaves one core to the runtime;
/// after that (an editor, the compiler server, a big site's later batches) it takes every core. Which core parses which
/// post never shows in the output.
/// </summary>
internal static class ParseCores
{
    /// <summary>About 7,000 posts of 4.6 KB. Over 10,000 and 20,000 posts, 16 to 64 million gave the same first run.</summary>
    public const long WarmUpChars = 32_000_000;

    private static long s_parsedChars;

    /// <summary>The degree of parallelism for the next parse in this process (-1: every core).</summary>
    public static int MaxDegree => DegreeFor(Volatile.Read(ref s_parsedChars), ProcessorCount());

    /// <summary>Counts what a parse read toward the warm-up.</summary>
    public static void Parsed(int chars) => Interlocked.Add(ref s_parsedChars, chars);

    /// <summary>One core fewer than the machine has (at least one) before <see cref="WarmUpChars"/>, every core after.</summary>
    public static int DegreeFor(long parsedChars, int processorCount) =>
        parsedChars < WarmUpChars ? Math.Max(1, processorCount - 1) : -1;

    // The number of cores is no setting of the build and never changes the generated code (RS1035 bans Environment for
    // settings read from environment variables).
#pragma warning disable RS1035
    private static int ProcessorCount() => Environment.ProcessorCount;
#pragma warning restore RS1035
}
