using System.Globalization;
using CsCheck;

namespace PostGenerator.Tests.Robustness;

/// <summary>
/// The deterministic sequence of fuzz cases for a master seed. Case <c>i</c> has its own seed, derived from the
/// master seed and <c>i</c> alone, so the same command and seed always give the same cases, and any one case can
/// be rebuilt from its seed (<see cref="Replay"/>) without running the ones before it.
/// </summary>
public static class CaseStream
{
    private static readonly Gen<FuzzCase> Mutation = new MutationGen();
    private static readonly Gen<FuzzCase> Structured = new StructuredPostGen();

    public static IEnumerable<FuzzCase> Cases(ulong masterSeed, long count, long start = 0)
    {
        for (var i = start; i < start + count; i++)
        {
            yield return Replay(CaseSeed(masterSeed, i));
        }
    }

    /// <summary>The case with this seed: its low bit picks the family, the rest drives the generator.</summary>
    public static FuzzCase Replay(ulong caseSeed)
    {
        var pcg = new PCG((uint)(caseSeed >> 32) | 1, caseSeed);
        var gen = (caseSeed & 1) == 0 ? Mutation : Structured;
        var fuzzCase = gen.Generate(pcg, null!, out _);
        return fuzzCase with { Seed = caseSeed };
    }

    /// <summary>The options batch <paramref name="batch"/> runs with: time zones, permalink styles, Markdown sets, drafts, separators.</summary>
    public static SiteSettings Settings(ulong masterSeed, long batch)
    {
        var pcg = new PCG(7, SplitMix(masterSeed ^ SplitMix((ulong)batch + 0x5E77)));
        var properties = new Dictionary<string, string>();
        if (pcg.Next(2) == 0)
        {
            properties["PostTimeZone"] = StructuredPostGen.Pick(pcg, ["UTC", "+08:00", "-05:00", "+14:00", "-12:00", "Asia/Shanghai", "America/New_York", "Not/AZone", "+99:99"]);
        }

        if (pcg.Next(2) == 0)
        {
            properties["PostPermalink"] = StructuredPostGen.Pick(pcg, ["date", "pretty", "ordinal", "weekdate", "none", "/:categories/:title/", "/:year/:i_month/:i_day/:slug:output_ext", "/:title_/:w_year-:week-:w_day/", "/a/../:name/./", ":::", "/\"*/{x}/"]);
        }

        if (pcg.Next(3) == 0)
        {
            properties["PostMarkdownExtensions"] = StructuredPostGen.Pick(pcg, ["default", "advanced", "commonmark", "pipetables+footnotes", "no-such-extension", "emphasisextras+gridtables+mathematics+diagrams"]);
        }

        if (pcg.Next(3) == 0)
        {
            properties["PostExcerptSeparator"] = StructuredPostGen.Pick(pcg, ["<!--more-->", "\\n", "\\n\\n", "x", "---"]);
        }

        if (pcg.Next(3) == 0)
        {
            properties["PostIncludeDrafts"] = "true";
        }

        if (pcg.Next(4) == 0)
        {
            properties["PostReadingWordsPerMinute"] = StructuredPostGen.Pick(pcg, ["1", "200", "0", "-5", "2147483647", "abc"]);
        }

        return new SiteSettings(properties, batch);
    }

    public static ulong CaseSeed(ulong masterSeed, long index) => SplitMix(masterSeed + (0x9E3779B97F4A7C15UL * (ulong)(index + 1)));

    public static string FormatSeed(ulong seed) => "0x" + seed.ToString("X16", CultureInfo.InvariantCulture);

    public static ulong ParseSeed(string text)
    {
        text = text.Trim();
        return text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.Parse(text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : ulong.Parse(text, CultureInfo.InvariantCulture);
    }

    private static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
