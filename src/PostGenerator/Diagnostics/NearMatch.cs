using System;
using System.Collections.Generic;

namespace PostGenerator.Diagnostics;

/// <summary>"Did you mean": the closest candidate by edit distance, when it is close enough to be a typo.</summary>
internal static class NearMatch
{
    /// <summary>Candidates compared at most, so that a huge site cannot make one broken link slow.</summary>
    private const int MaxCandidates = 5000;

    /// <summary>
    /// The candidate nearest to <paramref name="value"/> (ties: the first in ordinal order) within a distance that grows
    /// with length: none for two characters (two CJK characters one apart are different words), then one per four.
    /// </summary>
    public static string? Find(string value, IEnumerable<string> candidates, Func<string, string> fold)
    {
        var folded = fold(value);
        string? best = null;
        var bestDistance = int.MaxValue;
        var seen = 0;
        foreach (var candidate in candidates)
        {
            if (++seen > MaxCandidates)
            {
                break;
            }

            var other = fold(candidate);
            var allowed = Allowed(Math.Max(folded.Length, other.Length));
            if (allowed == 0 || Math.Abs(folded.Length - other.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(folded, other, allowed);
            if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The message's hint: " (did you mean 'x'?)" or nothing.</summary>
    public static string Hint(string? suggestion) => suggestion is null ? "" : " (did you mean '" + suggestion + "'?)";

    private static int Allowed(int length) => length <= 2 ? 0 : Math.Max(1, length / 4);

    /// <summary>Levenshtein distance, giving up (returning more than <paramref name="limit"/>) once a row exceeds it.</summary>
    private static int Distance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
