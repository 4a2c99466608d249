using System.Linq.Expressions;

namespace PostGenerator.Tests.Infrastructure;

/// <summary>Calls a generated <c>PostUtf8Source</c> delegate and copies the span it returns, without knowing its type statically.</summary>
public static class Utf8Reader
{
    private delegate byte[] Copier(Delegate source);

    public static byte[] Read(Delegate source)
    {
        // Build (Delegate d) => ((PostUtf8Source)d)().ToArray() for the delegate's runtime type.
        var parameter = Expression.Parameter(typeof(Delegate), "d");
        var invoke = Expression.Invoke(Expression.Convert(parameter, source.GetType()));
        var toArray = typeof(ReadOnlySpan<byte>).GetMethod(nameof(ReadOnlySpan<byte>.ToArray))!;
        var body = Expression.Call(invoke, toArray);
        return Expression.Lambda<Copier>(body, parameter).Compile()(source);
    }
}
