using System.Text;

namespace PostGenerator.Tests.Robustness;

/// <summary>How a case's text becomes a file.</summary>
public enum FileEncoding
{
    /// <summary>Handed over as a string, as an editor buffer is: lone surrogates survive.</summary>
    String,
    Utf8,
    Utf8Bom,
    Utf16LeBom,
    Utf16BeBom,

    /// <summary>UTF-8 with bytes that are not UTF-8 (overlong forms, encoded surrogates, stray continuation bytes) in the body.</summary>
    Utf8Invalid,
}

public static class Encodings
{
    /// <summary>UTF-16 code unit by code unit, so a lone surrogate is written as it is (Encoding.Unicode would replace it).</summary>
    public static byte[] Utf16(string text, bool bigEndian)
    {
        var bytes = new byte[text.Length * 2];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            bytes[(2 * i) + (bigEndian ? 0 : 1)] = (byte)(c >> 8);
            bytes[(2 * i) + (bigEndian ? 1 : 0)] = (byte)c;
        }

        return bytes;
    }

    private static readonly byte[][] InvalidUtf8 =
    {
        [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xB0, 0x80], [0x80], [0xBF], [0xFE], [0xFF], [0xF8, 0x88, 0x80, 0x80, 0x80],
        [0xE4, 0xB8], [0xF0, 0x9F, 0x98], [0x00],
    };

    /// <summary>
    /// The file for <paramref name="head"/> (kept intact: it holds the values the case expects back) followed by
    /// <paramref name="body"/>, which <see cref="FileEncoding.Utf8Invalid"/> corrupts.
    /// </summary>
    public static (byte[]? Bytes, string? Text) Encode(string head, string body, FileEncoding encoding, CsCheck.PCG pcg)
    {
        switch (encoding)
        {
            case FileEncoding.String:
                return (null, head + body);
            case FileEncoding.Utf8:
                return (Encoding.UTF8.GetBytes(head + body), null);
            case FileEncoding.Utf8Bom:
                return ([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(head + body)], null);
            case FileEncoding.Utf16LeBom:
                return ([0xFF, 0xFE, .. Utf16(head + body, bigEndian: false)], null);
            case FileEncoding.Utf16BeBom:
                return ([0xFE, 0xFF, .. Utf16(head + body, bigEndian: true)], null);
            default:
                var bytes = new List<byte>(Encoding.UTF8.GetBytes(body));
                var count = 1 + (int)pcg.Next(6);
                for (var i = 0; i < count; i++)
                {
                    bytes.InsertRange((int)pcg.Next((uint)bytes.Count + 1), InvalidUtf8[pcg.Next((uint)InvalidUtf8.Length)]);
                }

                return ([.. Encoding.UTF8.GetBytes(head), .. bytes], null);
        }
    }
}
