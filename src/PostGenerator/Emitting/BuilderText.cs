using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace PostGenerator.Emitting;

/// <summary>
/// A finished <see cref="StringBuilder"/> as the <see cref="SourceText"/> of a generated file, without copying it into a
/// string first. A shard file is about 250 KB of C# at 10,000 posts (63 MB in all): the copy was as many bytes again on
/// the large-object heap in every cold run, and a reason for the full collections the run paid for. Roslyn reads a
/// text through <see cref="CopyTo"/> (the lexer, line starts, the checksum, writing the file), which the builder does
/// from its own chunks (a shard's builder is a chain of small chunks, see <c>PostEmitter</c>). The builder must not change once wrapped: <see cref="SourceWriter.ToText"/> hands it over last.
/// </summary>
internal sealed class BuilderText : SourceText
{
    private readonly StringBuilder _builder;

    /// <summary>The encoding and checksum algorithm <c>AddSource(string, string)</c> gives a string, so the output is the same.</summary>
    public BuilderText(StringBuilder builder)
        : base(checksumAlgorithm: SourceHashAlgorithm.Sha1)
    {
        _builder = builder;
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _builder.Length;

    public override char this[int position] => _builder[position];

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
        _builder.CopyTo(sourceIndex, destination, destinationIndex, count);

    public override string ToString(TextSpan span) => _builder.ToString(span.Start, span.Length);
}
