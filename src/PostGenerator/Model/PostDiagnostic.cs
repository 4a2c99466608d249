namespace PostGenerator.Model;

/// <summary>
/// A diagnostic as plain data: an id from <c>DiagnosticIds</c>, a span in the post's text and message arguments.
/// Never a Roslyn <c>Diagnostic</c>, so results that carry it stay equatable and cacheable.
/// </summary>
internal sealed record PostDiagnostic(string Id, int Start, int Length, EquatableArray<string> Args)
{
    public static PostDiagnostic Create(string id, int start, int length, params string[] args) =>
        new(id, start, length, new EquatableArray<string>(args));
}
