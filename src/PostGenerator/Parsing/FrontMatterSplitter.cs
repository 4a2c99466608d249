namespace PostGenerator.Parsing;

internal enum FrontMatterStatus
{
    Found,
    Missing,
    Unclosed,
}

/// <summary>Where the front matter and the body lie in a post's text.</summary>
/// <param name="YamlStart">Offset of the first character after the opening <c>---</c> line.</param>
/// <param name="YamlLength">Length of the YAML text, up to (not including) the closing line.</param>
/// <param name="BodyStart">Offset of the first character after the closing line.</param>
/// <param name="YamlFirstLine">Zero-based line of <see cref="YamlStart"/>.</param>
/// <param name="OpeningLength">Length of the opening <c>---</c> line without its line break.</param>
internal readonly record struct FrontMatterSplit(
    FrontMatterStatus Status,
    int YamlStart,
    int YamlLength,
    int BodyStart,
    int YamlFirstLine,
    int OpeningLength);

/// <summary>
/// Finds the front matter the way Jekyll does: the file must start with a <c>---</c> line and the block ends
/// at the next line that is <c>---</c> or <c>...</c> (trailing blanks allowed). LF and CRLF both end a line.
/// </summary>
internal static class FrontMatterSplitter
{
    public static FrontMatterSplit Split(string text)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var firstLineEnd = LineEnd(text, start);
        if (!IsMarker(text, start, firstLineEnd, '-'))
        {
            return new FrontMatterSplit(FrontMatterStatus.Missing, 0, 0, start, 0, 0);
        }

        var yamlStart = NextLine(text, firstLineEnd);
        if (yamlStart < 0)
        {
            return new FrontMatterSplit(FrontMatterStatus.Unclosed, text.Length, 0, text.Length, 1, firstLineEnd - start);
        }

        var lineStart = yamlStart;
        while (lineStart >= 0 && lineStart <= text.Length)
        {
            var lineEnd = LineEnd(text, lineStart);
            if (IsMarker(text, lineStart, lineEnd, '-') || IsMarker(text, lineStart, lineEnd, '.'))
            {
                var body = NextLine(text, lineEnd);
                return new FrontMatterSplit(
                    FrontMatterStatus.Found,
                    yamlStart,
                    lineStart - yamlStart,
                    body < 0 ? text.Length : body,
                    1,
                    firstLineEnd - start);
            }

            lineStart = NextLine(text, lineEnd);
        }

        return new FrontMatterSplit(FrontMatterStatus.Unclosed, yamlStart, text.Length - yamlStart, text.Length, 1, firstLineEnd - start);
    }

    /// <summary>Offset of the line break (or end of text) of the line starting at <paramref name="start"/>.</summary>
    private static int LineEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] != '\n' && text[i] != '\r')
        {
            i++;
        }

        return i;
    }

    /// <summary>Start of the line after the break at <paramref name="lineEnd"/>, or -1 at the end of text.</summary>
    private static int NextLine(string text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return -1;
        }

        return text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }

    /// <summary>A line of exactly three <paramref name="c"/> followed only by spaces or tabs.</summary>
    private static bool IsMarker(string text, int start, int end, char c)
    {
        if (end - start < 3 || text[start] != c || text[start + 1] != c || text[start + 2] != c)
        {
            return false;
        }

        for (var i = start + 3; i < end; i++)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }
}
