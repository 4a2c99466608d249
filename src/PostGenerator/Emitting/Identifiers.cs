using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PostGenerator.Emitting;

/// <summary>Turns titles, slugs and tags into C# identifiers, checked by Roslyn's <see cref="SyntaxFacts"/>.</summary>
internal static class Identifiers
{
    /// <summary>
    /// Longer names are cut here: metadata refuses a name over 1,024 UTF-8 bytes (CS7013) and C# an identifier over
    /// 512 characters (CS0645); found by fuzzing with very long file names and tags. 128 CJK characters are 384 bytes.
    /// </summary>
    public const int MaxLength = 128;

    /// <summary>
    /// PascalCase from the words of <paramref name="text"/>: '_' and characters that cannot be in an identifier separate words;
    /// a word that has no upper case of its own (CJK, digits) is joined with '_' so it stays readable.
    /// CJK and other letters are kept. A leading digit gets a '_' and a keyword a trailing '_'.
    /// </summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var newWord = true;
        foreach (var c in text)
        {
            // Roslyn judges identifier characters one UTF-16 unit at a time, so characters outside the BMP separate words.
            if (c == '_' || !SyntaxFacts.IsIdentifierPartCharacter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                newWord = true;
                continue;
            }

            if (newWord && builder.Length > 0 && !(HasCase(c) && HasCase(builder[builder.Length - 1])))
            {
                builder.Append('_');
            }

            builder.Append(newWord ? char.ToUpperInvariant(c) : c);
            newWord = false;
        }

        var name = builder.Length > MaxLength ? builder.ToString(0, MaxLength) : builder.ToString();
        if (name.Length == 0)
        {
            return "_";
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(name[0]))
        {
            name = "_" + name;
        }

        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None)
        {
            name += "_";
        }

        // CS8981 warns about type names made only of lower-case ASCII letters; a suffix keeps consumers warning-free.
        var lowerAscii = true;
        foreach (var ch in name)
        {
            lowerAscii &= ch is >= 'a' and <= 'z';
        }

        return lowerAscii ? name + "_" : name;
    }

    /// <summary>
    /// Assigns unique identifiers to <paramref name="texts"/> (already in a deterministic order): the first holder of a
    /// name keeps it, later ones get <c>_2</c>, <c>_3</c>…; names in <paramref name="reserved"/> are never handed out.
    /// </summary>
    public static string[] Unique(IReadOnlyList<string> texts, IEnumerable<string> reserved)
    {
        var taken = new HashSet<string>(reserved, StringComparer.Ordinal);
        var result = new string[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var name = From(texts[i]);
            var candidate = name;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = name + "_" + n.ToString(CultureInfo.InvariantCulture);
            }

            result[i] = candidate;
        }

        return result;
    }

    /// <summary>A dotted namespace where every part is a valid identifier and not a keyword, else null.</summary>
    public static string? ValidNamespace(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var part in text!.Trim().Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return null;
            }
        }

        return text.Trim();
    }

    private static bool HasCase(char c) => char.ToUpperInvariant(c) != char.ToLowerInvariant(c);
}
