using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace PostGenerator.Emitting;

/// <summary>
/// Finished <see cref="StringBuilder"/>s, one after the other, as the <see cref="SourceText"/> of a generated file,
/// without copying them into a string first. A shard file is about 250 KB of C# at 10,000 posts (63 MB in all): the
/// copy was as many bytes again on the large-object heap in every cold run, and a reason for the full collections the
/// run paid for. A shard written on two cores is two or more builders, each a chain of small chunks (see
/// <c>PostEmitter</c>). Roslyn reads a text through <see cref="CopyTo"/> (the lexer, line starts, the checksum, writing
/// the file), which the builders do from their own chunks. The builders must not change once wrapped:
/// <see cref="SourceWriter.ToText"/> hands them over last.
/// </summary>
internal sealed class BuilderText : SourceText
{
    private readonly StringBuilder[] _parts;
    private readonly int _length;

    /// <summary>The encoding and checksum algorithm <c>AddSource(string, string)</c> gives a string, so the output is the same.</summary>
    public BuilderText(params StringBuilder[] parts)
        : base(checksumAlgorithm: SourceHashAlgorithm.Sha1)
    {
        _parts = parts;
        foreach (var part in parts)
        {
            _length += part.Length;
        }
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _length;

    public override char this[int position]
    {
        get
        {
            if (position >= 0)
            {
                foreach (var part in _parts)
                {
                    if (position < part.Length)
                    {
                        return part[position];
                    }

                    position -= part.Length;
                }
            }

            throw new System.ArgumentOutOfRangeException(nameof(position));
        }
    }

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        if (sourceIndex < 0 || count < 0 || sourceIndex > _length - count)
        {
            throw new System.ArgumentOutOfRangeException(nameof(sourceIndex));
        }

        foreach (var part in _parts)
        {
            if (count == 0)
            {
                return;
            }

            if (sourceIndex >= part.Length)
            {
                sourceIndex -= part.Length;
                continue;
            }

            var n = System.Math.Min(count, part.Length - sourceIndex);
            part.CopyTo(sourceIndex, destination, destinationIndex, n);
            sourceIndex = 0;
            destinationIndex += n;
            count -= n;
        }
    }

    public override string ToString(TextSpan span)
    {
        if (_parts.Length == 1)
        {
            return _parts[0].ToString(span.Start, span.Length);
        }

        var chars = new char[span.Length];
        CopyTo(span.Start, chars, 0, span.Length);
        return new string(chars);
    }
}
