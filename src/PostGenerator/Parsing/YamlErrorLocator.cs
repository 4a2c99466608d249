using System;
using YamlDotNet.Core;

namespace PostGenerator.Parsing;

/// <summary>
/// Where a YamlDotNet error really lies. Its marks are good for most errors, but some come without any (a tab used as
/// indentation is thrown with empty marks, which would point at the first key), and an unclosed flow list is
/// reported at the end of the front matter, far from the bracket left open. Offsets are into the YAML text.
/// </summary>
internal static class YamlErrorLocator
{
    public static (int Start, int End) Locate(string yaml, YamlException exception)
    {
        var start = Clamp((int)exception.Start.Index, yaml);
        var end = Math.Max(start, Clamp((int)exception.End.Index, yaml));
        var message = exception.Message;

        // Mark.Empty has line 0; every real mark is on line 1 or later. Tab errors name the scalar before the tab.
        var noMarks = exception.Start.Line == 0 && exception.End.Line == 0;
        if (message.IndexOf(" tab ", StringComparison.OrdinalIgnoreCase) >= 0 && IndentingTab(yaml, noMarks ? 0 : LineStart(yaml, start)) is { } tab)
        {
            return (tab, tab + 1);
        }

        if (noMarks)
        {
            return (0, 0);
        }

        if ((message.IndexOf("flow sequence", StringComparison.OrdinalIgnoreCase) >= 0 || message.IndexOf("flow mapping", StringComparison.OrdinalIgnoreCase) >= 0)
            && yaml.Substring(start).Trim().Length == 0
            && UnclosedBracket(yaml) is { } bracket)
        {
            return (bracket, bracket + 1);
        }

        return (start, end);
    }

    /// <summary>The first tab in the indentation of a line, from <paramref name="from"/> (a line start) on.</summary>
    private static int? IndentingTab(string yaml, int from)
    {
        var lineStart = true;
        for (var i = from; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c is '\n' or '\r')
            {
                lineStart = true;
            }
            else if (lineStart && c == '\t')
            {
                return i;
            }
            else if (c != ' ')
            {
                lineStart = false;
            }
        }

        return null;
    }

    /// <summary>The outermost '[' or '{' never closed, outside quotes and comments.</summary>
    private static int? UnclosedBracket(string yaml)
    {
        var open = new System.Collections.Generic.Stack<int>();
        var quote = '\0';
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (quote != '\0')
            {
                if (c == quote && !(quote == '"' && i > 0 && yaml[i - 1] == '\\'))
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'' when i == 0 || yaml[i - 1] is ' ' or '\t' or '[' or '{' or ',' or ':' or '\n' or '\r':
                    quote = c;
                    break;
                case '#' when i == 0 || yaml[i - 1] is ' ' or '\t' or '\n' or '\r':
                    while (i + 1 < yaml.Length && yaml[i + 1] is not ('\n' or '\r'))
                    {
                        i++;
                    }

                    break;
                case '[' or '{':
                    open.Push(i);
                    break;
                case ']' or '}' when open.Count > 0:
                    open.Pop();
                    break;
            }
        }

        int? outermost = null;
        while (open.Count > 0)
        {
            outermost = open.Pop();
        }

        return outermost;
    }

    private static int LineStart(string yaml, int index)
    {
        while (index > 0 && yaml[index - 1] is not ('\n' or '\r'))
        {
            index--;
        }

        return index;
    }

    private static int Clamp(int index, string yaml) => Math.Min(Math.Max(0, index), yaml.Length);
}
