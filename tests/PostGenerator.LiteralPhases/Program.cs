// Where does the compile-time cost of big UTF-8 ("..."u8) literals go, and which C# shape giving an allocation-free
// ReadOnlySpan<byte> over assembly data compiles fastest?  Roslyn 5.9.0, one process, best of N, side by side.
//
//   dotnet run -c Release -- [--mb 20] [--runs 3] [--only a,b,c] [--serial] [--list] [--loop emit|parse|diag N]
//
// Phases timed separately (each on a fresh CSharpCompilation over the same, already parsed tree):
//   parse  = CSharpSyntaxTree.ParseText + GetRoot
//   decl   = compilation.GetDeclarationDiagnostics()
//   diag   = compilation.GetDiagnostics()  (parse + declaration + method-body binding)
//   emit   = compilation.Emit(pe)          (declaration + binding + lowering + codegen + PE writing), no PDB
//   emit+pdb = compilation.Emit(pe, pdb)   portable PDB
using System.Diagnostics;
using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

int mb = 20, runs = 3;
string[]? only = null;
bool serial = false, list = false, debugOpt = false;
int validateItems = 3;
string? loopPhase = null;
int loopCount = 0;
for (var a = 0; a < args.Length; a++)
{
    switch (args[a])
    {
        case "--mb": mb = int.Parse(args[++a]); break;
        case "--runs": runs = int.Parse(args[++a]); break;
        case "--only": only = args[++a].Split(','); break;
        case "--serial": serial = true; break;
        case "--debugopt": debugOpt = true; break;
        case "--validate-items": validateItems = int.Parse(args[++a]); break;
        case "--list": list = true; break;
        case "--loop": loopPhase = args[++a]; loopCount = int.Parse(args[++a]); break;
        default: throw new ArgumentException(args[a]);
    }
}

var total = mb * 1_000_000;
var shapes = Shapes.All();
if (list)
{
    foreach (var s in shapes) Console.WriteLine($"{s.Name,-22} {s.Description}");
    return 0;
}

if (only != null) shapes = shapes.Where(s => only.Contains(s.Name)).ToList();

var references = Basic.Reference.Assemblies.Net100.References.All.ToList();
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
var compileOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
    optimizationLevel: debugOpt ? OptimizationLevel.Debug : OptimizationLevel.Release, concurrentBuild: !serial, allowUnsafe: true);

Console.WriteLine($"{mb} MB of HTML-like text (UTF-8) per shape, Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}, " +
                  $"best of {runs}, concurrentBuild={!serial}, optimization={(debugOpt ? "Debug" : "Release")}, server GC={System.Runtime.GCSettings.IsServerGC}, cores={Environment.ProcessorCount}");

// Correctness first: a tiny compilation of each shape, loaded and checked byte for byte.
foreach (var shape in shapes) Validate(shape);

if (loopPhase != null)
{
    // For a sampling profiler: one shape, one phase, many times.
    var shape = shapes.Single();
    var source = shape.Source(total);
    var tree = Parse(source);
    for (var i = 0; i < loopCount; i++)
    {
        var t = Stopwatch.StartNew();
        switch (loopPhase)
        {
            case "parse": Parse(source); break;
            case "diag": Create(tree).GetDiagnostics(); break;
            case "emit": EmitIt(Create(tree), false); break;
            default: throw new ArgumentException(loopPhase);
        }
        Console.WriteLine($"{loopPhase} {t.Elapsed.TotalMilliseconds:F0} ms");
    }
    return 0;
}

var rows = new List<Row>();
var lastTypeDefs = 0;
foreach (var shape in shapes)
{
    var source = shape.Source(total);
    var bytes = Encoding.UTF8.GetByteCount(source);
    SyntaxTree? tree = null;
    var r = new Row(shape, bytes);
    for (var run = 0; run < runs; run++)
    {
        r.Parse.Add(Time(() => tree = Parse(source)));
        r.Decl.Add(Time(() => Create(tree!).GetDeclarationDiagnostics()));
        r.Diag.Add(Time(() =>
        {
            var d = Create(tree!).GetDiagnostics();
            if (d.Any(x => x.Severity == DiagnosticSeverity.Error)) throw new InvalidOperationException(shape.Name + ": " + d.First(x => x.Severity == DiagnosticSeverity.Error));
        }));
        r.Emit.Add(Time(() => r.PeSize = EmitIt(Create(tree!), false)));
        r.TypeDefs = lastTypeDefs;
        r.EmitPdb.Add(Time(() => EmitIt(Create(tree!), true)));
    }

    rows.Add(r);
    Console.Error.WriteLine($"  done {shape.Name}: parse {r.Parse.Best:F0} decl {r.Decl.Best:F0} diag {r.Diag.Best:F0} emit {r.Emit.Best:F0} emit+pdb {r.EmitPdb.Best:F0}  ({r.Emit.Alloc / 1e6:F0} MB allocated by emit)");
    tree = null;
    source = null;
    GC.Collect();
}

var baseRow = rows.FirstOrDefault(x => x.Shape.Name == "const_4k") ?? rows[0];
Console.WriteLine();
Console.WriteLine("All times ms, best of " + runs + ", scaled to " + mb + " MB of text where the shape ran on less (scale column). ratio = parse + emit+pdb vs const_4k.");
Console.WriteLine();
Console.WriteLine("| shape | items | C# MB | scale | parse | decl | diag (decl+bind) | emit | emit+pdb | emit alloc MB | parse+emit+pdb | × const | PE MB | typedefs |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
var baseTotal = baseRow.Parse.Best * baseRow.Shape.Scale + baseRow.EmitPdb.Best * baseRow.Shape.Scale;
foreach (var r in rows)
{
    var k = r.Shape.Scale;
    var tot = (r.Parse.Best + r.EmitPdb.Best) * k;
    Console.WriteLine($"| {r.Shape.Name} | {r.Shape.Items(total):N0} | {r.SourceBytes / 1e6:F1} | {k:0.#} | {r.Parse.Best * k:F0} | {r.Decl.Best * k:F0} | {r.Diag.Best * k:F0} | {r.Emit.Best * k:F0} | {r.EmitPdb.Best * k:F0} | {r.Emit.Alloc * k / 1e6:F0} | {tot:F0} | {tot / baseTotal:F2} | {r.PeSize / 1e6:F1} | {r.TypeDefs} |");
}

Console.WriteLine();
Console.WriteLine("GC during the best emit (no PDB) run: pause ms, collections gen0/gen1/gen2 (gen counts are inclusive: a gen2 GC also counts as gen1 and gen0)");
Console.WriteLine();
Console.WriteLine("| shape | emit ms | GC pause ms | pause share | gen0 | gen1 | gen2 | allocated MB |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var r in rows)
{
    var b = r.Emit.BestSample;
    Console.WriteLine($"| {r.Shape.Name} | {b.Ms:F0} | {b.PauseMs:F0} | {b.PauseMs / b.Ms:P0} | {b.G0} | {b.G1} | {b.G2} | {b.Alloc / 1e6:F0} |");
}

return 0;

SyntaxTree Parse(string source)
{
    var tree = CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8), parseOptions, path: "D.g.cs");
    tree.GetRoot();
    return tree;
}

CSharpCompilation Create(SyntaxTree tree) => CSharpCompilation.Create("literals", [tree], references, compileOptions);


long EmitIt(CSharpCompilation compilation, bool pdb)
{
    using var pe = new MemoryStream();
    using var pdbStream = pdb ? new MemoryStream() : null;
    var result = compilation.Emit(pe, pdbStream, options: pdb ? new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb) : null);
    if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(3)));
    pe.Position = 0;
    using (var reader = new PEReader(pe, PEStreamOptions.LeaveOpen)) lastTypeDefs = reader.GetMetadataReader().TypeDefinitions.Count;
    return pe.Length;
}

Sample Time(Action action)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var alloc = GC.GetTotalAllocatedBytes(true);
    var pause = GC.GetTotalPauseDuration();
    int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
    var t = Stopwatch.StartNew();
    action();
    var ms = t.Elapsed.TotalMilliseconds;
    return new Sample(ms, GC.GetTotalAllocatedBytes(true) - alloc, (GC.GetTotalPauseDuration() - pause).TotalMilliseconds,
        GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2);
}

void Validate(Shape shape)
{
    var random = new Random(7);
    var items = Enumerable.Range(0, validateItems).Select(_ => Text.Html(random, validateItems > 3 ? shape.Per : Math.Min(shape.Per, 3000), shape.Ascii)).ToList();
    var sb = new StringBuilder(shape.Prelude).Append("public static class D {\n");
    for (var i = 0; i < items.Count; i++) sb.Append(shape.Member(items[i], i)).Append('\n');
    sb.Append("}\npublic static class Check {\n");
    for (var i = 0; i < items.Count; i++)
        sb.Append(shape.IsString ? $"public static byte[] G{i}() => System.Text.Encoding.UTF8.GetBytes(D.H{i});\n" : $"public static byte[] G{i}() => D.H{i}().ToArray();\n");
    sb.Append("}\n");
    var c = Create(Parse(sb.ToString()));
    using var pe = new MemoryStream();
    var result = c.Emit(pe);
    if (!result.Success) throw new InvalidOperationException(shape.Name + ":\n" + string.Join("\n", result.Diagnostics.Take(5)) + "\n" + sb.ToString()[..Math.Min(2000, sb.Length)]);
    pe.Position = 0;
    var alc = new AssemblyLoadContext(shape.Name, isCollectible: true);
    var asm = alc.LoadFromStream(pe);
    for (var i = 0; i < items.Count; i++)
    {
        var got = (byte[])asm.GetType("Check")!.GetMethod("G" + i)!.Invoke(null, null)!;
        var want = Encoding.UTF8.GetBytes(items[i]);
        if (!got.AsSpan().SequenceEqual(want) && !(shape.Padded && got.AsSpan(0, want.Length).SequenceEqual(want) && got.AsSpan(want.Length).IndexOfAnyExcept((byte)0) < 0))
            throw new InvalidOperationException($"{shape.Name}: item {i} differs ({got.Length} vs {want.Length} bytes)");
    }

    alc.Unload();
    if (validateItems > 3) Console.WriteLine($"validated {shape.Name}: {items.Count} items, {items.Sum(i => Encoding.UTF8.GetByteCount(i)) / 1e6:F1} MB, PE {pe.Length / 1e6:F1} MB");
}

record struct Sample(double Ms, long Alloc, double PauseMs = 0, int G0 = 0, int G1 = 0, int G2 = 0);

sealed class Samples
{
    private readonly List<Sample> _list = new();
    public void Add(Sample s) => _list.Add(s);
    public double Best => _list.Min(s => s.Ms);
    public long Alloc => _list.OrderBy(s => s.Ms).First().Alloc;
    public Sample BestSample => _list.OrderBy(s => s.Ms).First();
}

sealed class Row(Shape shape, long sourceBytes)
{
    public Shape Shape { get; } = shape;
    public long SourceBytes { get; } = sourceBytes;
    public Samples Parse { get; } = new();
    public Samples Decl { get; } = new();
    public Samples Diag { get; } = new();
    public Samples Emit { get; } = new();
    public Samples EmitPdb { get; } = new();
    private long _pe;
    public long PeSize { get => _pe; set { _pe = value; } }
    public int TypeDefs { get; set; }
}

sealed record Shape(string Name, string Description, int Per, Func<string, int, string> Member, bool Ascii = false, string Prelude = "using System;\n", bool IsString = false, bool Padded = false, double Scale = 1)
{
    public int Items(int total) => (int)(total / Scale) / Per;

    public string Source(int total)
    {
        var random = new Random(1);
        var n = Items(total);
        var sb = new StringBuilder((int)(total / Scale) * 3).Append(Prelude).Append("public static class D {\n");
        for (var i = 0; i < n; i++) sb.Append(Member(Text.Html(random, Per, Ascii), i)).Append('\n');
        return sb.Append("}\n").ToString();
    }
}

static class Text
{
    const string Cjk = " 中文排版与标点符号，汉字和假名的混合 and more.</p>\n";

    /// <summary>About <paramref name="bytes"/> UTF-8 bytes of paragraphs, a third CJK (or ASCII of the same byte size), each with a distinct number.</summary>
    public static string Html(Random random, int bytes, bool ascii)
    {
        var tail = ascii ? new string('x', Encoding.UTF8.GetByteCount(Cjk) - 12) + " and more.</p>\n" : Cjk;
        var sb = new StringBuilder(bytes);
        var n = 0;
        while (n < bytes)
        {
            var start = sb.Length;
            sb.Append("<p class=\"x\">Text of a post, number ").Append(random.Next().ToString(CultureInfo.InvariantCulture)).Append(tail);
            n += Encoding.UTF8.GetByteCount(sb.ToString(start, sb.Length - start));
        }

        return sb.ToString();
    }
}

static class Shapes
{
    static string Q(string s) => SymbolDisplay.FormatLiteral(s, quote: true);

    static string QU(string s)
    {
        var sb = new StringBuilder(s.Length * 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < 0x20 || c > 0x7e) sb.Append("\\u").Append(((int)c).ToString("x4")); else sb.Append(c);
                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    static string Verbatim(string s) => "@\"" + s.Replace("\"", "\"\"") + "\"";

    static string Raw(string s)
    {
        if (s.Contains("\"\"\"")) throw new InvalidOperationException("raw");
        return "\"\"\"\n" + s + (s.EndsWith('\n') ? "" : "\n") + (s.EndsWith('\n') ? "\n" : "") + "\"\"\"";
    }

    static string U8(string s, int i) => $"public static ReadOnlySpan<byte> H{i}() => {Q(s)}u8;";

    static IEnumerable<string> Pieces(string s, int bytes)
    {
        var start = 0;
        var n = 0;
        for (var k = 0; k < s.Length; k++)
        {
            n += s[k] < 0x80 ? 1 : s[k] < 0x800 ? 2 : 3;
            if (n >= bytes) { yield return s[start..(k + 1)]; start = k + 1; n = 0; }
        }

        if (start < s.Length) yield return s[start..];
    }

    static string PadTo(string s, int multiple)
    {
        var n = Encoding.UTF8.GetByteCount(s);
        var padded = (n + multiple - 1) / multiple * multiple;
        return Q(s)[..^1] + string.Concat(Enumerable.Repeat("\\0", padded - n)) + "\"";
    }

    static string Bytes(string s) => string.Join(",", Encoding.UTF8.GetBytes(s).Select(b => b.ToString(CultureInfo.InvariantCulture)));

    static string Ulongs(string s)
    {
        var b = Encoding.UTF8.GetBytes(s);
        var padded = new byte[(b.Length + 7) / 8 * 8];
        b.CopyTo(padded, 0);
        var sb = new StringBuilder(padded.Length * 3);
        for (var k = 0; k < padded.Length; k += 8)
        {
            if (k > 0) sb.Append(',');
            sb.Append("0x").Append(BitConverter.ToUInt64(padded, k).ToString("X")).Append("UL");
        }

        return sb.ToString();
    }

    public static List<Shape> All() =>
    [
        new("const_4k", "const string field per 4 KB item (never loaded: #Blob heap)", 4_000, (s, i) => $"public const string H{i} = {Q(s)};", IsString: true),
        new("u8_4k", "u8 literal per 4 KB item, expression-bodied method (as generated today)", 4_000, U8),
        new("u8_512", "u8 literal per 512 B item (8x the methods)", 512, U8),
        new("u8_1k", "u8 literal per 1 KB item", 1_000, U8),
        new("u8_8k", "u8 literal per 8 KB item", 8_000, U8),
        new("u8_10k", "u8 literal per 10 KB item (just under the 85 KB LOH limit for a 10.6k-element reference array)", 10_000, U8),
        new("u8_12k", "u8 literal per 12 KB item (just over it)", 12_000, U8),
        new("u8_16k", "u8 literal per 16 KB item", 16_000, U8),
        new("u8_80k", "u8 literal per 80 KB item", 80_000, U8),
        new("u8_1m", "u8 literal per 1 MB item", 1_000_000, U8),
        new("u8_4k_concat512", "4 KB item as \"..\"u8 + \"..\"u8 + .. of 512 B pieces (constant-folded)", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}() => {string.Join(" + ", Pieces(s, 512).Select(p => Q(p) + "u8"))};"),
        new("u8_4k_uesc", "u8 literal, CJK written as \\uXXXX escapes", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}() => {QU(s)}u8;"),
        new("u8_4k_ascii", "u8 literal, all-ASCII text of the same byte size", 4_000, U8, Ascii: true),
        new("u8_4k_verbatim", "verbatim @\"..\"u8 literal (only \"\" escapes, raw newlines)", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}() => {Verbatim(s)}u8;"),
        new("u8_4k_raw", "raw \"\"\"..\"\"\"u8 literal (no escapes)", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}() =>\n{Raw(s)}u8;"),
        new("u8_4k_pad1k", "u8 literal padded with \\0 to a 1 KB multiple (few distinct data sizes)", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}() => {PadTo(s, 1024)}u8;", Padded: true),
        new("u8_4k_prop", "u8 literal in an expression-bodied static property", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}_ => {Q(s)}u8; public static ReadOnlySpan<byte> H{i}() => H{i}_;"),
        new("bytes_4k", "new byte[] { 60, 112, .. } per 4 KB item (ldsflda of the same data); run on 1/10", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}() => new byte[] {{ {Bytes(s)} }};", Scale: 10),
        new("collexpr_4k", "collection expression [60, 112, ..] per 4 KB item; run on 1/10", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}() => [{Bytes(s)}];", Scale: 10),
        new("ulong_4k", "new ulong[] { 0x..UL, .. } (RuntimeHelpers.CreateSpan) + MemoryMarshal.AsBytes, little-endian only", 4_000,
            (s, i) => $"static ReadOnlySpan<ulong> U{i} => new ulong[] {{ {Ulongs(s)} }}; public static ReadOnlySpan<byte> H{i}() => MemoryMarshal.AsBytes(U{i}).Slice(0, {Encoding.UTF8.GetByteCount(s)});",
            Prelude: "using System;\nusing System.Runtime.InteropServices;\n"),
        new("u8_4k_pad4k", "u8 literal padded with \\0 to 5120 B (one data size for all)", 4_000,
            (s, i) => $"public static ReadOnlySpan<byte> H{i}() => {PadTo(s, 5120)}u8;", Padded: true),
        new("attr_4k", "[Html(id, \"..\")] attribute string (UTF-8 SerString in #Blob) + runtime span over TryGetRawMetadata", 4_000,
            (s, i) => $"[Html({i}, {Q(s)})] public static ReadOnlySpan<byte> H{i}() => Blobs.Get({i});", Prelude: AttrPrelude),
    ];

    const string AttrPrelude = """
        using System;
        using System.Reflection;
        using System.Reflection.Metadata;
        [AttributeUsage(AttributeTargets.Method)] sealed class HtmlAttribute : Attribute { public HtmlAttribute(int id, string html) { } }
        static unsafe class Blobs
        {
            static readonly byte* s_base;
            static readonly int[] s_off = [], s_len = [];
            static Blobs()
            {
                if (!typeof(Blobs).Assembly.TryGetRawMetadata(out var p, out var n)) throw new PlatformNotSupportedException();
                var md = new MetadataReader(p, n);
                var found = new System.Collections.Generic.List<(int Id, int Off, int Len)>();
                foreach (var h in md.CustomAttributes)
                {
                    var ca = md.GetCustomAttribute(h);
                    if (ca.Constructor.Kind != HandleKind.MethodDefinition) continue;
                    var ctor = md.GetMethodDefinition((MethodDefinitionHandle)ca.Constructor);
                    if (!md.StringComparer.Equals(md.GetTypeDefinition(ctor.GetDeclaringType()).Name, "HtmlAttribute")) continue;
                    var br = md.GetBlobReader(ca.Value);
                    br.ReadUInt16();
                    var id = br.ReadInt32();
                    var len = br.ReadCompressedInteger();
                    found.Add((id, (int)(br.CurrentPointer - p), len));
                }

                s_base = p;
                s_off = new int[found.Count];
                s_len = new int[found.Count];
                foreach (var (id, off, len) in found) { s_off[id] = off; s_len[id] = len; }
            }

            public static ReadOnlySpan<byte> Get(int id) => new(s_base + s_off[id], s_len[id]);
        }

        """;
}
