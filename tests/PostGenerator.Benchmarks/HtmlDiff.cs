using PostGenerator.Parsing;

namespace PostGenerator.Benchmarks;

internal static class HtmlDiff
{
    public static int Run(IEnumerable<string> docs)
    {
        int fast = 0, total = 0, bad = 0;
        foreach (var html in docs)
        {
            total++;
            var a = HtmlScan.ScanWithAngleSharp(html);
            var f = FastHtmlReader.TryScan(html, true);
            if (f is null) { continue; }
            fast++;
            var sa = Describe(a); var sf = Describe(f);
            if (sa != sf)
            {
                bad++;
                if (bad <= 5) { Console.WriteLine("MISMATCH for: " + html.Substring(0, Math.Min(html.Length, 300))); Console.WriteLine(" angle: " + sa.Substring(0, Math.Min(600, sa.Length))); Console.WriteLine(" fast:  " + sf.Substring(0, Math.Min(600, sf.Length))); }
            }
        }
        Console.WriteLine($"{total} docs, {fast} fast, {bad} mismatches");
        return bad;
    }

    public static string Describe(HtmlScan s) =>
        "T[" + s.Text + "] P[" + s.FirstParagraph + "] H[" + string.Join("|", s.Headings) + "] L[" + string.Join("|", s.Links) + "]";
}
