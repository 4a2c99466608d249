namespace PostGenerator.Model;

/// <summary>The MSBuild options that shape every post, read once from the global analyzer config.</summary>
internal sealed record SiteOptions(
    string Namespace,
    string TimeZone,
    string Permalink,
    string ExcerptSeparator,
    bool IncludeDrafts,
    bool IncludeFuture,
    string SiteUrl,
    string TagUrl,
    string MarkdownExtensions,
    int ReadingWordsPerMinute,
    string ContentRoot)
{
    public static SiteOptions Default { get; } = new(
        Namespace: "Content",
        TimeZone: "UTC",
        Permalink: "date",
        ExcerptSeparator: "\n\n",
        IncludeDrafts: false,
        IncludeFuture: true,
        SiteUrl: "",
        TagUrl: "/tags/{tag}/",
        MarkdownExtensions: "default",
        ReadingWordsPerMinute: 200,
        ContentRoot: "content");
}
