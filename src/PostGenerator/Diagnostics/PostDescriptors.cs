using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PostGenerator.Model;

namespace PostGenerator.Diagnostics;

/// <summary>
/// One descriptor per id of <see cref="DiagnosticIds"/>. Errors for what leaves the post out of the build; warnings for
/// what still builds but is probably wrong. Each message says what is wrong and what to do; each has a page under
/// <c>docs/diagnostics/</c>. Every argument is a constant, so release tracking (RS2000-RS2008) checks each id's
/// category and severity against <c>AnalyzerReleases.Unshipped.md</c>.
/// </summary>
internal static class PostDescriptors
{
    public const string Category = "PostGenerator";

    private const string HelpBase = "https://github.com/postgenerator/PostGenerator/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor MissingFrontMatter = new(
        DiagnosticIds.MissingFrontMatter,
        "Post has no front matter",
        "The post has no front matter and is left out. Start the file with a line '---', then 'title: ...', then a closing line '---'.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.MissingFrontMatter + ".md");

    public static readonly DiagnosticDescriptor UnclosedFrontMatter = new(
        DiagnosticIds.UnclosedFrontMatter,
        "Front matter is not closed",
        "The front matter opened here has no closing line and the post is left out. Add a line '---' after the last front-matter line.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.UnclosedFrontMatter + ".md");

    public static readonly DiagnosticDescriptor YamlSyntax = new(
        DiagnosticIds.YamlSyntax,
        "Front matter is not valid YAML",
        "The front matter is not valid YAML ({0}) and the post is left out. Fix the YAML here: indent with spaces, not tabs, and close every quote and bracket.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.YamlSyntax + ".md");

    public static readonly DiagnosticDescriptor FrontMatterNotMapping = new(
        DiagnosticIds.FrontMatterNotMapping,
        "Front matter is not a set of keys",
        "The front matter is {0}, not 'key: value' lines, and the post is left out. Write it as 'key: value' lines such as 'title: Hello'.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.FrontMatterNotMapping + ".md");

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        DiagnosticIds.DuplicateKey,
        "Front-matter key given twice",
        "The front-matter key '{0}' is given a second time here and the post is left out. Keep only one '{0}:' line.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.DuplicateKey + ".md");

    public static readonly DiagnosticDescriptor WrongShape = new(
        DiagnosticIds.WrongShape,
        "Front-matter value has the wrong shape",
        "The front-matter key '{0}' must be {1}, not {2}, and the post is left out. Change the value to {1}.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.WrongShape + ".md");

    public static readonly DiagnosticDescriptor InvalidDate = new(
        DiagnosticIds.InvalidDate,
        "Date is not a date Jekyll accepts",
        "'{0}' is not a date Jekyll accepts and the post is left out. Write it as YYYY-MM-DD, with an optional time and offset such as 2023-10-28 06:02:22 +0800.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.InvalidDate + ".md");

    public static readonly DiagnosticDescriptor AmbiguousDate = new(
        DiagnosticIds.AmbiguousDate,
        "Date can be read two ways",
        "The date '{0}' can be read day-first or month-first and the post is left out. Write it year-first, as YYYY-MM-DD.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.AmbiguousDate + ".md");

    public static readonly DiagnosticDescriptor DateMismatch = new(
        DiagnosticIds.DateMismatch,
        "Front-matter date differs from the file name",
        "The front-matter date falls on {0} in the site's time zone but the file name says {1}; the front-matter date is used. Make the two agree, or set PostTimeZone to the zone the dates are written in.",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.DateMismatch + ".md");

    public static readonly DiagnosticDescriptor FileNameWithoutDate = new(
        DiagnosticIds.FileNameWithoutDate,
        "Post file name has no date",
        "The file name '{0}' does not start with a date, so Jekyll skips the post and it is left out. Rename it to YYYY-MM-DD-{0}, or move it to _drafts.",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.FileNameWithoutDate + ".md");

    public static readonly DiagnosticDescriptor MissingTitle = new(
        DiagnosticIds.MissingTitle,
        "Post has no title",
        "The post {0}, so its title is made from the file name. Add 'title: ...' to the front matter.",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.MissingTitle + ".md");

    public static readonly DiagnosticDescriptor DuplicatePost = new(
        DiagnosticIds.DuplicatePost,
        "Two posts share a URL, slug or generated name",
        "This post has the same {0} '{1}' as {2}. Give one of them its own 'slug:' or 'permalink:' in the front matter.",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.DuplicatePost + ".md");

    public static readonly DiagnosticDescriptor BrokenTagLink = new(
        DiagnosticIds.BrokenTagLink,
        "Link to a tag no post has",
        "The link goes to the tag page of '{0}', but no post has that tag{1}. Fix the link, or add the tag to the 'tags:' of a post.",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.BrokenTagLink + ".md");

    public static readonly DiagnosticDescriptor BrokenPostUrl = new(
        DiagnosticIds.BrokenPostUrl,
        "post_url names no post",
        "{{% post_url {0} %}} finds no post{1}. Use the file name of a post without its extension, such as 2023-10-28-my-post.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.BrokenPostUrl + ".md");

    public static readonly DiagnosticDescriptor BrokenPostLink = new(
        DiagnosticIds.BrokenPostLink,
        "Link to a post that does not exist",
        "The link '{0}' goes to a post that does not exist{1}. Point it at an existing post's URL or file, or use {{% post_url %}}.",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.BrokenPostLink + ".md");

    public static readonly DiagnosticDescriptor LanguageVersion = new(
        DiagnosticIds.LanguageVersion,
        "C# version too old for PostGenerator",
        "The project compiles as C# {0}, and the posts need C# 11 or later, so nothing is generated. Set <LangVersion> to 11 or later, or remove it to use the SDK's default.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.LanguageVersion + ".md");

    public static readonly DiagnosticDescriptor LimitExceeded = new(
        DiagnosticIds.LimitExceeded,
        "Post exceeds a size limit",
        "The post is left out: {0}. Split the post or shrink its front matter.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.LimitExceeded + ".md");

    public static readonly DiagnosticDescriptor UnreadableFile = new(
        DiagnosticIds.UnreadableFile,
        "Post cannot be read",
        "The post is left out: {0}. Save it as UTF-8 or UTF-16 text; if it is text already, please report this as a bug.",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.UnreadableFile + ".md");

    public static readonly DiagnosticDescriptor SiteLimitExceeded = new(
        DiagnosticIds.SiteLimitExceeded,
        "Site exceeds a size limit",
        "With this post the site has more than {0} distinct {1}: the {2} class has no constant per name. {2}.All and {2}.PostsOf still give every name; use fewer names to get the constants back.",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + DiagnosticIds.SiteLimitExceeded + ".md");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        MissingFrontMatter,
        UnclosedFrontMatter,
        YamlSyntax,
        FrontMatterNotMapping,
        DuplicateKey,
        WrongShape,
        InvalidDate,
        AmbiguousDate,
        DateMismatch,
        FileNameWithoutDate,
        MissingTitle,
        DuplicatePost,
        BrokenTagLink,
        BrokenPostUrl,
        BrokenPostLink,
        LanguageVersion,
        LimitExceeded,
        UnreadableFile,
        SiteLimitExceeded);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index();

    public static DiagnosticDescriptor Get(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : UnreadableFile;

    private static Dictionary<string, DiagnosticDescriptor> Index()
    {
        var map = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
        foreach (var descriptor in All)
        {
            map.Add(descriptor.Id, descriptor);
        }

        return map;
    }
}
