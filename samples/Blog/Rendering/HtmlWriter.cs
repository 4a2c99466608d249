using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Blog.Rendering;

/// <summary>
/// Writes HTML as UTF-8 straight into a buffer (a response's <c>PipeWriter</c>, or a file's buffer when exporting).
/// Markup is written with <see cref="Write"/>, an interpolated string whose literal parts are markup and whose holes
/// are text, HTML-encoded on the way out; pre-rendered UTF-8 HTML goes through <see cref="WriteRaw"/> untouched.
/// </summary>
internal sealed class HtmlWriter(IBufferWriter<byte> output)
{
    private static readonly SearchValues<char> s_mustEncode = SearchValues.Create("&<>\"'");

    /// <summary>Writes markup; every value in a hole is encoded, so text can never become markup.</summary>
    public void Write([InterpolatedStringHandlerArgument("")] ref HtmlTemplate html)
    {
        // The handler has already written everything while the interpolation was evaluated.
    }

    /// <summary>Writes UTF-8 HTML as it is: the post bodies, which the generator rendered at compile time.</summary>
    public void WriteRaw(ReadOnlySpan<byte> utf8Html) => output.Write(utf8Html);

    internal void WriteMarkup(ReadOnlySpan<char> markup) => Encoding.UTF8.GetBytes(markup, output);

    /// <summary>Writes text, encoded for use both between tags and inside a quoted attribute.</summary>
    public void WriteText(ReadOnlySpan<char> text)
    {
        while (true)
        {
            int next = text.IndexOfAny(s_mustEncode);
            if (next < 0)
            {
                Encoding.UTF8.GetBytes(text, output);
                return;
            }

            Encoding.UTF8.GetBytes(text[..next], output);
            output.Write(text[next] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '"' => "&quot;"u8,
                _ => "&#39;"u8,
            });
            text = text[(next + 1)..];
        }
    }

    internal void WriteFormatted<T>(T value, string? format)
        where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[64];
        if (value.TryFormat(buffer, out int written, format, CultureInfo.InvariantCulture))
        {
            WriteText(buffer[..written]);
        }
        else
        {
            WriteText(value.ToString(format, CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>The interpolated-string handler behind <see cref="HtmlWriter.Write"/>.</summary>
[InterpolatedStringHandler]
internal readonly ref struct HtmlTemplate
{
    private readonly HtmlWriter _writer;

    public HtmlTemplate(int literalLength, int formattedCount, HtmlWriter writer)
    {
        _ = literalLength;
        _ = formattedCount;
        _writer = writer;
    }

    public void AppendLiteral(string markup) => _writer.WriteMarkup(markup);

    public void AppendFormatted(string? text) => _writer.WriteText(text);

    public void AppendFormatted(ReadOnlySpan<char> text) => _writer.WriteText(text);

    /// <summary>Numbers and dates, formatted under the invariant culture so output never depends on the machine.</summary>
    public void AppendFormatted<T>(T value, string? format = null)
        where T : ISpanFormattable => _writer.WriteFormatted(value, format);
}
