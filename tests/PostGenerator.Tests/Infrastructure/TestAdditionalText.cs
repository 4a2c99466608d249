using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PostGenerator.Tests.Infrastructure;

/// <summary>An AdditionalFile held in memory. Bytes are decoded the way the compiler decodes files (BOM detection, UTF-8 default).</summary>
public sealed class TestAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public TestAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public TestAdditionalText(string path, byte[] bytes)
    {
        Path = path;
        using var stream = new MemoryStream(bytes);
        _text = SourceText.From(stream, encoding: null, throwIfBinaryDetected: false);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
