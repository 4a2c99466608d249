using System.Diagnostics;
using System.Globalization;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PostGenerator.Benchmarks;

/// <summary>
/// Where the compile-time cost of big UTF-8 literals (<c>"…"u8</c>) goes, and which C# shape that gives an
/// allocation-free <c>ReadOnlySpan&lt;byte&gt;</c> over assembly data compiles fastest (<see cref="LiteralShapes"/>):
/// the same HTML-like text in every shape, one process, best of N, side by side. Each phase is timed on a fresh
/// <c>CSharpCompilation</c> over the same, already parsed tree:
/// <list type="bullet">
/// <item>parse: <c>CSharpSyntaxTree.ParseText</c> and <c>GetRoot</c>;</item>
/// <item>decl: <c>GetDeclarationDiagnostics()</c>;</item>
/// <item>diag: <c>GetDiagnostics()</c> (declarations and method-body binding);</item>
/// <item>emit: <c>Emit(pe)</c> (binding, lowering, code generation, PE writing), no PDB;</item>
/// <item>emit+pdb: <c>Emit(pe, pdb)</c> with a portable PDB.</item>
/// </list>
/// Before timing, a small compilation of each shape is loaded and every item compared byte for byte with its text.
/// Tables go to standard output as Markdown, progress to standard error.
/// </summary>
public static class LiteralPhases
{
    public const string Usage =
        "literal-phases [--mb 20] [--runs 3] [--only a,b] [--list] [--serial] [--debugopt] [--validate-items 3] [--loop parse|diag|emit N]";

    public static int Run(string[] args)
    {
        if (Options.Parse(args) is not { } options)
        {
            Console.Error.WriteLine("usage: " + Usage);
            return 2;
        }

        var shapes = LiteralShapes.All();
        if (options.List)
        {
            foreach (var s in shapes)
            {
                Console.WriteLine($"{s.Name,-22} {s.Description}");
            }

            return 0;
        }

        if (options.Only is { } only)
        {
            shapes = shapes.Where(s => only.Contains(s.Name, StringComparer.Ordinal)).ToList();
        }

        if (options.LoopPhase != null && shapes.Count != 1)
        {
            Console.Error.WriteLine("--loop times one shape: name it with --only");
            return 2;
        }

        var compiler = new LiteralCompiler(options.DebugOptimization, options.Serial);
        var total = options.Megabytes * 1_000_000;
        var roslyn = typeof(CSharpCompilation).Assembly.GetName().Version;
        var optimization = options.DebugOptimization ? "Debug" : "Release";
        Line($"{options.Megabytes} MB of HTML-like text (UTF-8) per shape, Roslyn {roslyn}, best of {options.Runs}, concurrentBuild={!options.Serial}, optimization={optimization}, server GC={System.Runtime.GCSettings.IsServerGC}, cores={Environment.ProcessorCount}");

        // Correctness first: what each shape compiles to must read back as its text.
        foreach (var shape in shapes)
        {
            Validate(compiler, shape, options.ValidateItems);
        }

        if (options.LoopPhase is { } phase)
        {
            Loop(compiler, shapes.Single(), total, phase, options.LoopCount);
            return 0;
        }

        var rows = shapes.Select(shape => Measure(compiler, shape, total, options.Runs)).ToList();
        Print(rows, options, total);
        return 0;
    }

    private static PhaseRow Measure(LiteralCompiler compiler, LiteralShape shape, int total, int runs)
    {
        var source = shape.Source(total);
        var row = new PhaseRow(shape, Encoding.UTF8.GetByteCount(source));
        SyntaxTree? tree = null;
        for (var run = 0; run < runs; run++)
        {
            row.Parse.Add(GcCost.Measure(() => tree = compiler.Parse(source)));
            row.Decl.Add(GcCost.Measure(() => compiler.Create(tree!).GetDeclarationDiagnostics()));
            row.Diag.Add(GcCost.Measure(() =>
            {
                if (compiler.Create(tree!).GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
                {
                    throw new InvalidOperationException(shape.Name + ": " + error);
                }
            }));
            row.Emit.Add(GcCost.Measure(() => (row.PeBytes, row.TypeDefinitions) = compiler.Emit(compiler.Create(tree!), pdb: false)));
            row.EmitPdb.Add(GcCost.Measure(() => compiler.Emit(compiler.Create(tree!), pdb: true)));
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  done {shape.Name}: parse {row.Parse.Best:F0} decl {row.Decl.Best:F0} diag {row.Diag.Best:F0} emit {row.Emit.Best:F0} emit+pdb {row.EmitPdb.Best:F0}  ({row.Emit.BestSample.Allocated / 1e6:F0} MB allocated by emit)"));
        return row;
    }

    private static void Print(List<PhaseRow> rows, Options options, int total)
    {
        var baseRow = rows.FirstOrDefault(r => r.Shape.Name == "const_4k") ?? rows[0];
        var baseTotal = (baseRow.Parse.Best + baseRow.EmitPdb.Best) * baseRow.Shape.Scale;
        Console.WriteLine();
        Line($"All times ms, best of {options.Runs}, scaled to {options.Megabytes} MB of text where the shape ran on less (scale column). ratio = parse + emit+pdb vs const_4k.");
        Console.WriteLine();
        Console.WriteLine("| shape | items | C# MB | scale | parse | decl | diag (decl+bind) | emit | emit+pdb | emit alloc MB | parse+emit+pdb | × const | PE MB | typedefs |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in rows)
        {
            var k = r.Shape.Scale;
            var both = (r.Parse.Best + r.EmitPdb.Best) * k;
            Line($"| {r.Shape.Name} | {r.Shape.Items(total):N0} | {r.SourceBytes / 1e6:F1} | {k:0.#} | {r.Parse.Best * k:F0} | {r.Decl.Best * k:F0} | {r.Diag.Best * k:F0} | {r.Emit.Best * k:F0} | {r.EmitPdb.Best * k:F0} | {r.Emit.BestSample.Allocated * k / 1e6:F0} | {both:F0} | {both / baseTotal:F2} | {r.PeBytes / 1e6:F1} | {r.TypeDefinitions} |");
        }

        Console.WriteLine();
        Console.WriteLine("GC during the best emit (no PDB) run: pause ms, collections gen0/gen1/gen2 (gen counts are inclusive: a gen2 GC also counts as gen1 and gen0)");
        Console.WriteLine();
        Console.WriteLine("| shape | emit ms | GC pause ms | pause share | gen0 | gen1 | gen2 | allocated MB |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in rows)
        {
            var b = r.Emit.BestSample;
            Line($"| {r.Shape.Name} | {b.Ms:F0} | {b.PausedMs:F0} | {b.PausedMs / b.Ms:P0} | {b.Gen0} | {b.Gen1} | {b.Gen2} | {b.Allocated / 1e6:F0} |");
        }
    }

    /// <summary>For a sampling profiler: one shape, one phase, many times.</summary>
    private static void Loop(LiteralCompiler compiler, LiteralShape shape, int total, string phase, int count)
    {
        var source = shape.Source(total);
        var tree = compiler.Parse(source);
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            switch (phase)
            {
                case "parse": compiler.Parse(source); break;
                case "diag": compiler.Create(tree).GetDiagnostics(); break;
                case "emit": compiler.Emit(compiler.Create(tree), pdb: false); break;
                default: throw new ArgumentException("--loop takes parse, diag or emit, not " + phase, nameof(phase));
            }

            Line($"{phase} {watch.Elapsed.TotalMilliseconds:F0} ms");
        }
    }

    /// <summary>
    /// Compiles <paramref name="items"/> items of the shape with a method per item that returns its bytes, loads the
    /// assembly and compares them with the text's UTF-8 (items of at most 3,000 bytes unless more than 3 are asked for).
    /// </summary>
    private static void Validate(LiteralCompiler compiler, LiteralShape shape, int items)
    {
        var random = new Random(7);
        var texts = Enumerable.Range(0, items).Select(_ => HtmlText.Paragraphs(random, items > 3 ? shape.Per : Math.Min(shape.Per, 3000), shape.Ascii)).ToList();
        var sb = new StringBuilder(shape.Prelude).Append("public static class D {\n");
        for (var i = 0; i < texts.Count; i++)
        {
            sb.Append(shape.Member(texts[i], i)).Append('\n');
        }

        sb.Append("}\npublic static class Check {\n");
        for (var i = 0; i < texts.Count; i++)
        {
            sb.Append(shape.IsString ? $"public static byte[] G{i}() => System.Text.Encoding.UTF8.GetBytes(D.H{i});\n" : $"public static byte[] G{i}() => D.H{i}().ToArray();\n");
        }

        sb.Append("}\n");
        using var pe = new MemoryStream();
        var result = compiler.Create(compiler.Parse(sb.ToString())).Emit(pe);
        if (!result.Success)
        {
            throw new InvalidOperationException(shape.Name + ":\n" + string.Join("\n", result.Diagnostics.Take(5)) + "\n" + sb.ToString()[..Math.Min(2000, sb.Length)]);
        }

        pe.Position = 0;
        var context = new AssemblyLoadContext(shape.Name, isCollectible: true);
        var check = context.LoadFromStream(pe).GetType("Check")!;
        for (var i = 0; i < texts.Count; i++)
        {
            var got = (byte[])check.GetMethod("G" + i.ToString(CultureInfo.InvariantCulture))!.Invoke(null, null)!;
            var want = Encoding.UTF8.GetBytes(texts[i]);
            var padded = shape.Padded && got.Length >= want.Length && got.AsSpan(0, want.Length).SequenceEqual(want) && got.AsSpan(want.Length).IndexOfAnyExcept((byte)0) < 0;
            if (!got.AsSpan().SequenceEqual(want) && !padded)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{shape.Name}: item {i} differs ({got.Length} vs {want.Length} bytes)"));
            }
        }

        context.Unload();
        if (items > 3)
        {
            Line($"validated {shape.Name}: {texts.Count} items, {texts.Sum(t => Encoding.UTF8.GetByteCount(t)) / 1e6:F1} MB, PE {pe.Length / 1e6:F1} MB");
        }
    }

    private static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    private sealed record Options(
        int Megabytes, int Runs, string[]? Only, bool List, bool Serial, bool DebugOptimization, int ValidateItems, string? LoopPhase, int LoopCount)
    {
        /// <summary>The options, or null when one is unknown or lacks its value.</summary>
        public static Options? Parse(string[] args)
        {
            var options = new Options(20, 3, null, false, false, false, 3, null, 0);
            for (var a = 0; a < args.Length; a++)
            {
                var hasValue = a + 1 < args.Length;
                switch (args[a])
                {
                    case "--mb" when hasValue: options = options with { Megabytes = Int(args[++a]) }; break;
                    case "--runs" when hasValue: options = options with { Runs = Int(args[++a]) }; break;
                    case "--only" when hasValue: options = options with { Only = args[++a].Split(',') }; break;
                    case "--validate-items" when hasValue: options = options with { ValidateItems = Int(args[++a]) }; break;
                    case "--loop" when a + 2 < args.Length: options = options with { LoopPhase = args[++a], LoopCount = Int(args[++a]) }; break;
                    case "--list": options = options with { List = true }; break;
                    case "--serial": options = options with { Serial = true }; break;
                    case "--debugopt": options = options with { DebugOptimization = true }; break;
                    default: return null;
                }
            }

            return options;
        }

        private static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }


    /// <summary>A phase's runs; the best is the shortest, and its allocations and collections are the ones shown.</summary>
    private sealed class PhaseSamples
    {
        private readonly List<GcCost> _samples = [];

        public double Best => BestSample.Ms;

        public GcCost BestSample => _samples.MinBy(s => s.Ms);

        public void Add(GcCost sample) => _samples.Add(sample);
    }

    private sealed class PhaseRow(LiteralShape shape, long sourceBytes)
    {
        public LiteralShape Shape { get; } = shape;
        public long SourceBytes { get; } = sourceBytes;
        public PhaseSamples Parse { get; } = new();
        public PhaseSamples Decl { get; } = new();
        public PhaseSamples Diag { get; } = new();
        public PhaseSamples Emit { get; } = new();
        public PhaseSamples EmitPdb { get; } = new();
        public long PeBytes { get; set; }
        public int TypeDefinitions { get; set; }
    }
}
