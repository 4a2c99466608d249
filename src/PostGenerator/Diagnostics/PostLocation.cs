using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PostGenerator.Diagnostics;

/// <summary>Turns a span of a post's decoded text into a location that prints as <c>file(line,col)</c>.</summary>
internal static class PostLocation
{
    /// <summary>
    /// <paramref name="start"/> and <paramref name="length"/> are character offsets into <paramref name="text"/>, the
    /// same string the parser read, so CRLF, UTF-16 and surrogate pairs come out as Roslyn counts them. A byte order mark
    /// left in the decoded text is invisible in every editor: columns of the first line are counted without it, so a
    /// file gives the same <c>(line,col)</c> whether or not the decoder kept its BOM.
    /// </summary>
    public static Location Create(string path, SourceText text, int start, int length)
    {
        start = Math.Min(Math.Max(0, start), text.Length);
        length = Math.Min(Math.Max(0, length), text.Length - start);
        var span = new TextSpan(start, length);
        var lines = text.Lines.GetLinePositionSpan(span);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            lines = new LinePositionSpan(WithoutBom(lines.Start), WithoutBom(lines.End));
        }

        return Location.Create(path, span, lines);
    }

    private static LinePosition WithoutBom(LinePosition position) =>
        position.Line == 0 && position.Character > 0 ? new LinePosition(0, position.Character - 1) : position;
}
