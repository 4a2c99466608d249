// One AngleSharp tokenizer per raw HTML fragment (as MarkdownScan makes them) against one per post over the same
// fragments joined, on one thread and on two: what making and disposing tokenizers (and the lock of AngleSharp's
// StringBuilderPool they take) costs the cold run. Run: dotnet run -c Release tokenizers.cs /tmp/postgen-build-10000/content
#:package AngleSharp@1.1.2
#:package Markdig@1.6.0
using System.Diagnostics;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

var dir = args[0];
var files = Directory.GetFiles(dir, "*.md", SearchOption.AllDirectories);
var posts = new List<List<char[]>>();
long chars = 0;
foreach (var f in files)
{
    var t = File.ReadAllText(f);
    var doc = Markdig.Markdown.Parse(t);
    var list = new List<char[]>();
    foreach (var n in doc.Descendants())
    {
        if (n is HtmlBlock b) { list.Add((b.Lines.ToString() + "<p\uE000>").ToCharArray()); }
        else if (n is HtmlInline i) { list.Add((i.Tag + "<p\uE000>").ToCharArray()); }
    }
    foreach (var c in list) chars += c.Length;
    posts.Add(list);
}
Console.WriteLine($"{posts.Count} posts, {posts.Sum(p => p.Count)} fragments, {chars} chars");
long Run(List<char[]> frs) { long n = 0; foreach (var c in frs) { using var tk = new HtmlTokenizer(new TextSource(new CharArrayTextSource(c, c.Length)), HtmlEntityProvider.Resolver); while (true) { ref var tok = ref tk.GetStructToken(); if (tok.Type == HtmlTokenType.EndOfFile) break; n++; } } return n; }
long RunOne(List<char[]> frs) { var all = frs.SelectMany(x => x).ToArray(); long n = 0; using var tk = new HtmlTokenizer(new TextSource(new CharArrayTextSource(all, all.Length)), HtmlEntityProvider.Resolver); while (true) { ref var tok = ref tk.GetStructToken(); if (tok.Type == HtmlTokenType.EndOfFile) break; n++; } return n; }
for (int round = 0; round < 5; round++)
{
    var sw = Stopwatch.StartNew(); long n = 0; foreach (var p in posts) n += Run(p); var a = sw.Elapsed.TotalMilliseconds;
    sw.Restart(); long m = 0; foreach (var p in posts) m += RunOne(p); var b = sw.Elapsed.TotalMilliseconds;
    sw.Restart(); Parallel.ForEach(posts, new ParallelOptions { MaxDegreeOfParallelism = 2 }, p => Run(p)); var c2 = sw.Elapsed.TotalMilliseconds;
    sw.Restart(); Parallel.ForEach(posts, new ParallelOptions { MaxDegreeOfParallelism = 2 }, p => RunOne(p)); var d2 = sw.Elapsed.TotalMilliseconds;
    Console.WriteLine($"per fragment 1 thread {a:F0} ms ({n} tokens); one per post {b:F0} ms ({m}); 2 threads: per fragment {c2:F0} ms, one per post {d2:F0} ms");
}
