using Blog.Content;

namespace Blog.Tests.Infrastructure;

/// <summary>The imported Chinese news post: CJK title and slug, a space in its file name, raw HTML with a tweet embed.</summary>
internal static class SeedPost
{
    public static Post Post => Posts.白宫发拜登王毅照_敲定11月旧金山拜习会.Post;

    /// <summary>A sentence from the middle of its body.</summary>
    public const string BodySentence = "美国将于11月12日至18日在旧金山主持亚太经合组织会议（APEC）。";

    public const string Tag = Tags.大纪元;

    public const string Source = "https://www.epochtimes.com/gb/23/10/28/n14104691.htm";
}
