using System.Buffers;
using System.Text;
using System.Xml;

namespace Blog.Feeds;

/// <summary>XML documents written as indented UTF-8 without a byte-order mark, the form feed readers and crawlers expect.</summary>
internal static class XmlOutput
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true };

    public static void Write(IBufferWriter<byte> output, Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            write(writer);
        }

        output.Write(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}
