using System.Text;
using System.Text.RegularExpressions;

namespace PostGenerator.Tests.Diagnostics;

/// <summary>
/// Test text with the expected diagnostics marked in place: <c>{|POST005:title|}</c> says POST005 covers
/// <c>title</c>, <c>{|POST001:|}</c> an empty span. <see cref="Expected"/> gives them in the form of
/// <see cref="AnalyzerHarness.Describe(Microsoft.CodeAnalysis.Diagnostic)"/>, with lines and columns counted here,
/// independently of Roslyn: '\n', '\r\n' and a lone '\r' end a line, columns count UTF-16 units.
/// </summary>
public sealed partial class Markup
{
    private Markup(string text, IReadOnlyList<(string Id, int Start, int Length)> spans)
    {
        Text = text;
        Spans = spans;
    }

    public string Text { get; }

    public IReadOnlyList<(string Id, int Start, int Length)> Spans { get; }

    public static Markup Parse(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var spans = new List<(string, int, int)>();
        var at = 0;
        foreach (Match match in MarkRegex().Matches(marked))
        {
            text.Append(marked, at, match.Index - at);
            spans.Add((match.Groups["id"].Value, text.Length, match.Groups["text"].Length));
            text.Append(match.Groups["text"].Value);
            at = match.Index + match.Length;
        }

        text.Append(marked, at, marked.Length - at);
        return new Markup(text.ToString(), spans);
    }

    /// <summary>The expected diagnostics in <paramref name="relativePath"/>, sorted as the harness sorts.</summary>
    public string[] Expected(string relativePath, int columnShift = 0) =>
        Spans.OrderBy(s => s.Start).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s =>
            {
                var (startLine, startColumn) = Position(Text, s.Start);
                var (endLine, endColumn) = Position(Text, s.Start + s.Length);
                return $"{s.Id} {relativePath}({startLine},{startColumn + (startLine == 1 ? columnShift : 0)})-({endLine},{endColumn + (endLine == 1 ? columnShift : 0)})";
            })
            .ToArray();

    /// <summary>One-based line and column of an offset.</summary>
    public static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    [GeneratedRegex(@"\{\|(?<id>POST\d{3}):(?<text>.*?)\|\}", RegexOptions.Singleline)]
    private static partial Regex MarkRegex();
}
