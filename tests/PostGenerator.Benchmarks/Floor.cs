using Markdig;
using PostGenerator.Parsing;
using YamlDotNet.Core;

namespace PostGenerator.Benchmarks;

/// <summary>
/// The floor a generator cannot go below: the two library calls it has to make for every post, and nothing else.
/// YamlDotNet's event parser over the front matter (every event read, no tree built) and Markdig's render of the body
/// with the generator's own pipeline. No typing, no HTML scan, no C# emitted.
/// </summary>
public static class Floor
{
    public static long Run(IReadOnlyList<CorpusPost> posts)
    {
        var pipeline = MarkdownRenderer.Pipeline("default");
        long total = 0;
        foreach (var post in posts)
        {
            var text = post.Text;
            var split = FrontMatterSplitter.Split(text);
            var parser = new Parser(new StringReader(text.Substring(split.YamlStart, split.YamlLength)));
            while (parser.MoveNext())
            {
                total++;
            }

            total += Markdown.ToHtml(text.Substring(split.BodyStart), pipeline).Length;
        }

        return total;
    }
}
