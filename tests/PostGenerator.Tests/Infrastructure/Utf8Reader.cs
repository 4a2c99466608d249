using System.Linq.Expressions;

namespace PostGenerator.Tests.Infrastructure;

/// <summary>Reads a generated post's <c>HtmlUtf8</c> span and copies it, without knowing the post's type statically.</summary>
public static class Utf8Reader
{
    private delegate byte[] Copier(object post);

    public static byte[] Read(object post)
    {
        // A span cannot cross reflection: build (object p) => ((Post)p).HtmlUtf8.ToArray() for the post's runtime type.
        var parameter = Expression.Parameter(typeof(object), "p");
        var span = Expression.Property(Expression.Convert(parameter, post.GetType()), "HtmlUtf8");
        var toArray = typeof(ReadOnlySpan<byte>).GetMethod(nameof(ReadOnlySpan<byte>.ToArray))!;
        return Expression.Lambda<Copier>(Expression.Call(span, toArray), parameter).Compile()(post);
    }
}
