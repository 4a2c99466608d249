using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PostGenerator.Roslyn48;

/// <summary>A source, additional or analyzer config file, read as the compiler reads files.</summary>
internal static class Files
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// With the encoding of <c>/codepage</c> if given; otherwise by its byte order mark, else UTF-8, else (invalid UTF-8)
    /// a single-byte code page, as csc does (it falls back to code page 1252; Latin-1 here, the same but for 0x80-0x9F).
    /// </summary>
    public static SourceText Read(string path, Encoding? encoding, SourceHashAlgorithm checksumAlgorithm, bool canBeEmbedded = false)
    {
        using var stream = File.OpenRead(path);
        try
        {
            return SourceText.From(stream, encoding ?? StrictUtf8, checksumAlgorithm, throwIfBinaryDetected: true, canBeEmbedded);
        }
        catch (InvalidDataException) when (encoding is null)
        {
            stream.Position = 0;
            return SourceText.From(stream, Encoding.Latin1, checksumAlgorithm, throwIfBinaryDetected: true, canBeEmbedded);
        }
    }
}

/// <summary>An <c>/additionalfile</c>: read when a generator or analyzer first asks, and then kept.</summary>
internal sealed class AdditionalFile(string path, Encoding? encoding, SourceHashAlgorithm checksumAlgorithm) : AdditionalText
{
    private readonly Lazy<SourceText?> text = new(() =>
    {
        try
        {
            return Files.Read(path, encoding, checksumAlgorithm);
        }
        catch (IOException)
        {
            return null;
        }
    });

    public override string Path => path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => text.Value;
}
