using System.Globalization;
using System.Text.Json;
using PostGenerator.Model;
using PostGenerator.Parsing;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Parsing;

/// <summary>
/// Every post of TestData/Jekyll/site, read by our parser and by Jekyll 4.3.1 itself (the JSON files beside it; see
/// their README for how they were made): URL, slug, title, date with its offset, tags and categories must agree, under
/// each permalink style and in two time zones. Where we differ on purpose the post is listed with the reason.
/// </summary>
public class JekyllConformanceTests
{
    /// <summary>Posts where PostGenerator deliberately differs from Jekyll, and why.</summary>
    private static readonly Dictionary<string, string> Divergences = new(StringComparer.Ordinal)
    {
        ["_posts/2017-01-02-date-day-first.md"] = "11-9-2017 is ambiguous: we report POST008 instead of guessing day-first",
        ["_posts/2017-01-02-date-slashes-dmy.md"] = "03/04/2017 is ambiguous: POST008",
        ["_posts/2017-01-02-date-slashes-ymd.md"] = "only ISO-like dates are accepted (POST007), not everything Ruby's Time.parse guesses at",
        ["_posts/2017-01-02-date-english.md"] = "'Jan 2, 2017' is refused with POST007 for the same reason",
        ["_posts/2017-01-02-date-compact-integer.md"] = "20170102 is refused with POST007",
        ["_posts/2017-01-02-date-tz-abbrev.md"] = "zone abbreviations (PST) are ambiguous worldwide: POST007",
        ["_posts/2017-02-30-filename-feb-30.md"] = "a file name with an impossible date is not a dated post (POST010), where Ruby rolls it over to March 2",
        ["_posts/17-01-02-two-digit-year.md"] = "file-name dates need a four-digit year",
        ["_posts/2017-01-02-text-post.txt"] = "only .md, .markdown and .html files are posts",
        ["_posts/2017-01-02-no-front-matter.md"] = "a post without front matter is reported (POST001) and left out",
        ["_posts/2017-01-02-published-string-false.md"] = "published: \"false\" (a string) is reported (POST006) and left out, where Jekyll publishes it",
        ["_posts/2017-01-02-title-empty.md"] = "an empty title falls back to the file name's words (with POST011), where Jekyll keeps \"\"",
        ["_drafts/a-draft-without-date.md"] = "a dateless draft takes 1970-01-01, not the file's modification time: builds stay reproducible",
        ["cat1/_drafts/draft-in-category-folder.md"] = "a dateless draft takes 1970-01-01, not the file's modification time",
    };

    public static TheoryData<string> Builds => new() { "date", "pretty", "ordinal", "none", "shanghai" };

    [Theory]
    [MemberData(nameof(Builds))]
    public void Posts_agree_with_jekyll(string build)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(PostSet.TestData($"Jekyll/jekyll-{build}.json")));
        var overlay = json.RootElement.GetProperty("config_overlay").GetString()!;
        var options = SiteOptions.Default with
        {
            Permalink = Setting(overlay, "permalink") ?? "date",
            TimeZone = Setting(overlay, "timezone") ?? "UTC",
            IncludeDrafts = true,
            IncludeFuture = false,
            ContentRoot = "",
        };

        var compared = 0;
        var mismatches = new List<string>();
        foreach (var expected in json.RootElement.GetProperty("posts").EnumerateArray())
        {
            var path = expected.GetProperty("relative_path").GetString()!;
            if (Divergences.ContainsKey(path))
            {
                continue;
            }

            var document = Parse(path, options);
            if (document.Model is not { } model)
            {
                mismatches.Add($"{path}: left out ({string.Join(", ", document.Diagnostics.Select(d => d.Id))})");
                continue;
            }

            compared++;
            var s = model.Summary;
            Check(mismatches, path, "url", expected.GetProperty("url").GetString(), s.Url);
            Check(mismatches, path, "slug", RubyText(expected.GetProperty("slug").GetProperty("value")), s.Slug);
            Check(mismatches, path, "title", RubyText(expected.GetProperty("title").GetProperty("value")), s.Title);
            var date = DateTimeOffset.Parse(expected.GetProperty("date").GetProperty("xmlschema").GetString()!, CultureInfo.InvariantCulture);
            var ours = new DateTimeOffset(s.DateTicks + (s.OffsetMinutes * TimeSpan.TicksPerMinute), TimeSpan.FromMinutes(s.OffsetMinutes));
            Check(mismatches, path, "date", date.ToString("o", CultureInfo.InvariantCulture), ours.ToString("o", CultureInfo.InvariantCulture));
            // We keep each tag once; Jekyll keeps repeats. Compared as Ruby prints them, repeats removed.
            Check(mismatches, path, "tags", Names(expected.GetProperty("tags")), string.Join(" | ", s.Tags));
            Check(mismatches, path, "categories", Names(expected.GetProperty("categories")), string.Join(" | ", s.Categories));
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.True(compared > 80, $"only {compared} posts compared");
    }

    [Fact]
    public void Posts_jekyll_skips_are_left_out_too()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(PostSet.TestData("Jekyll/jekyll-date.json")));
        var options = SiteOptions.Default with { IncludeFuture = false, ContentRoot = "" };
        var checkedSkips = 0;
        foreach (var skipped in json.RootElement.GetProperty("skipped").EnumerateArray())
        {
            var path = skipped.GetProperty("relative_path").GetString()!;
            var reason = skipped.GetProperty("reason").GetString()!;
            if (!reason.StartsWith("published", StringComparison.Ordinal) && !reason.StartsWith("future", StringComparison.Ordinal)
                && !reason.StartsWith("file name does not match", StringComparison.Ordinal))
            {
                continue;
            }

            checkedSkips++;
            Assert.True(Parse(path, options).Model is null, $"{path} ({reason}) should be left out");
        }

        Assert.Equal(5, checkedSkips);
    }

    [Fact]
    public void Every_divergence_still_diverges()
    {
        // Keeps the list honest: a post that now agrees with Jekyll must leave the list.
        using var json = JsonDocument.Parse(File.ReadAllText(PostSet.TestData("Jekyll/jekyll-date.json")));
        var options = SiteOptions.Default with { IncludeDrafts = true, IncludeFuture = false, ContentRoot = "" };
        var posts = json.RootElement.GetProperty("posts").EnumerateArray().ToDictionary(p => p.GetProperty("relative_path").GetString()!);
        foreach (var path in Divergences.Keys)
        {
            var model = Parse(path, options).Model;
            var expected = posts[path];
            var agrees = model is not null
                && model.Summary.Url == expected.GetProperty("url").GetString()
                && model.Summary.Title == RubyText(expected.GetProperty("title").GetProperty("value"))
                && model.Summary.DateTicks == DateTimeOffset.Parse(expected.GetProperty("date").GetProperty("xmlschema").GetString()!, CultureInfo.InvariantCulture).UtcTicks;
            Assert.False(agrees, $"{path} now agrees with Jekyll: remove it from the divergences");
        }
    }

    private static PostDocument Parse(string path, SiteOptions options)
    {
        var bytes = File.ReadAllBytes(PostSet.TestData("Jekyll/site/" + path));
        var text = new TestAdditionalText("/site/" + path, bytes).GetText()!.ToString();
        return PostParser.Parse(new PostInput("/site/" + path, path, path.Contains("_drafts/", StringComparison.Ordinal), text), options, CancellationToken.None);
    }

    private static string? Setting(string overlay, string key) =>
        overlay.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith(key + ":", StringComparison.Ordinal)).Select(l => l[(key.Length + 1)..].Trim()).FirstOrDefault();

    private static void Check(List<string> mismatches, string path, string field, string? expected, string actual)
    {
        if (expected != actual)
        {
            mismatches.Add($"{path}: {field} Jekyll '{expected}' ours '{actual}'");
        }
    }

    /// <summary>A value as Ruby's <c>to_s</c> prints it (the way Jekyll turns titles, tags and categories into text).</summary>
    private static string? RubyText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static string Names(JsonElement list) =>
        string.Join(" | ", list.GetProperty("value").EnumerateArray().Select(RubyText).Where(t => t is not null).Distinct(StringComparer.Ordinal));
}
