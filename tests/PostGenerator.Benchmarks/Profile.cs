using System.Collections.Immutable;
using System.Diagnostics;
using PostGenerator.Model;
using PostGenerator.Parsing;

namespace PostGenerator.Benchmarks;

/// <summary>Where one post's parse goes, piece by piece, over N posts (the parser's own calls, timed separately).</summary>
public static class Profile
{
    public static int Run(int count, int size = CorpusMaker.DefaultSize)
    {
        var w = Workload.Create(count, size);
        var inputs = w.Corpus.Select(p => new PostInput("/proj/content/" + p.RelativePath, "content/" + p.RelativePath, false, p.Text)).ToList();
        var bodies = w.Corpus.Select(p => p.Text.Substring(FrontMatterSplitter.Split(p.Text).BodyStart)).ToList();
        var html = bodies.Select(b => MarkdownRenderer.Render(b, "default")).ToList();
        var documents = bodies.Select(b => MarkdownRenderer.Parse(b, "default")).ToList();
        var renderers = MarkdownRenderers.For(MarkdownRenderer.Pipeline("default"));
        var models = inputs.Select(i => PostParser.Parse(i, SiteOptions.Default, default).Model!).ToList();
        var emitInputs = models.Select(m => new PostEmitInput("Blog", 200, m, EquatableArray<ResolvedLink>.Empty)).ToList();
        for (var round = 0; round < 10; round++)
        {
            Time("PostEmitter.Emit", () => { foreach (var e in emitInputs) PostGenerator.Emitting.PostEmitter.Emit(e); });
            Time("Literals.Utf8", () => { foreach (var m in models) PostGenerator.Emitting.Literals.Utf8(m.Html); });
            Time("floor", () => Floor.Run(w.Corpus));
            Time("YamlReader", () => { foreach (var p in w.Corpus) { var s = FrontMatterSplitter.Split(p.Text); YamlReader.Read(p.Text.Substring(s.YamlStart, s.YamlLength), s.YamlStart, new List<PostDiagnostic>(), default); } });
            Time("Markdig render", () => { foreach (var b in bodies) MarkdownRenderer.Render(b, "default"); });
            // The HTML pass the parser made after every render until the scan came from Markdig's tree (still the
            // fallback, and the scan of .html posts), against that tree walk over already parsed documents.
            Time("HtmlScan of HTML", () => { foreach (var h in html) HtmlScan.Scan(h, collectText: false, collectLinks: false); });
            Time("MarkdownScan", () => { for (var i = 0; i < documents.Count; i++) MarkdownScan.TryScan(documents[i], bodies[i], renderers, collectText: false); });
            Time("render + scan", () => { foreach (var b in bodies) MarkdownRenderer.RenderAndScan(b, "default", collectText: false, out _, out _); });
            Time("Normalize", () => { foreach (var h in html) HtmlScan.Normalize(h); });
            Time("CountWords", () => { foreach (var h in html) PostParser.CountWords(HtmlScan.Normalize(h)); });
            Time("PostParser.Parse", () => { foreach (var i in inputs) PostParser.Parse(i, SiteOptions.Default, default); });
            Time("Parse, kept", () => { var kept = new List<object>(); foreach (var i in inputs) kept.Add(PostParser.Parse(i, SiteOptions.Default, default).Model!); });
            Time("Parse+Emit, kept", () => { var kept = new List<object>(); foreach (var i in inputs) { var m = PostParser.Parse(i, SiteOptions.Default, default).Model!; kept.Add(m); kept.Add(PostGenerator.Emitting.PostEmitter.Emit(new PostEmitInput("Blog", 200, m, EquatableArray<ResolvedLink>.Empty))); } });
            Time("cold driver", () => w.CreateDriver().RunGenerators(w.Compilation));
            // What every run after an edit pays over all posts before it parses one: splitting the read files into batches.
            var paired = inputs.Select(i => (i, SiteOptions.Default)).ToImmutableArray();
            Time("PostBatches.Of", () => PostBatches.Of(paired));
            // The analyzer's share: its parse without the body, its link scan (Markdig parse and a render to nothing), the whole.
            Time("Parse, no body", () => { foreach (var i in inputs) PostParser.Parse(i, SiteOptions.Default, default, renderBody: false); });
            Time("Link scan", () => { foreach (var i in inputs) SourceLinkScanner.Scan(i.Text!, FrontMatterSplitter.Split(i.Text!).BodyStart, false, "default", default, checkRenders: true, out _); });
            Time("analyzer", () => w.Analyze(Workload.CreateAnalyzer(), w.FreshFiles()));
            Time("analyzer, open post", () => w.AnalyzeOpenPost(Workload.CreateAnalyzer(), w.Files[w.Files.Length / 2]));
        }

        foreach (var (name, ms) in Best)
        {
            Console.WriteLine($"{name,-20} {ms,8:F1} ms (best of 10), allocated {Allocated[name] / 1e6,7:F1} MB, paused for GC {Paused[name],5:F1} ms, collections {Collections[name]}, minor faults {Faults[name]} (in that run)");
        }

        return 0;
    }

    private static readonly Dictionary<string, double> Best = new();
    private static readonly Dictionary<string, double> Paused = new();
    private static readonly Dictionary<string, long> Allocated = new();
    private static readonly Dictionary<string, string> Collections = new();
    private static readonly Dictionary<string, long> Faults = new();

    private static void Time(string name, Action action)
    {
        var run = GcCost.Measure(action);
        if (run.Ms < (Best.TryGetValue(name, out var best) ? best : double.MaxValue))
        {
            Best[name] = run.Ms;
            Allocated[name] = run.Allocated;
            Paused[name] = run.PausedMs;
            Collections[name] = run.Collections("/");
            Faults[name] = run.Faults;
        }
    }
}
