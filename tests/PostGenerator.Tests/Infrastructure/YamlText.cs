using System.Globalization;
using System.Text;

namespace PostGenerator.Tests.Infrastructure;

/// <summary>Writes YAML for tests.</summary>
public static class YamlText
{
    /// <summary>YAML's double-quoted style, every character that is not plain printable text escaped: the exact value.</summary>
    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < 0x20 || c is '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c)
                    || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
