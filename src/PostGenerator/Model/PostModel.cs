namespace PostGenerator.Model;

/// <summary>
/// The metadata of one post that indexes need. Small on purpose: this is what goes through <c>Collect()</c>,
/// so it never carries the HTML.
/// </summary>
internal sealed record PostSummary(
    string RelativePath,
    string DataClass,
    string Name,
    string Slug,
    string Title,
    long DateTicks,
    int OffsetMinutes,
    string? Author,
    string? Layout,
    EquatableArray<string> Tags,
    EquatableArray<string> Categories,
    string Url);

/// <summary>A heading of the rendered body: level 1-6, its id attribute (empty when none) and its text.</summary>
internal sealed record HeadingInfo(int Level, string Id, string Text);

/// <summary>Everything generated for one post. One post in, one model out.</summary>
internal sealed record PostModel(
    PostSummary Summary,
    string Html,
    string Excerpt,
    int WordCount,
    EquatableArray<HeadingInfo> Headings,
    EquatableArray<FrontMatterEntry> FrontMatter,
    EquatableArray<string> PostUrlReferences);
