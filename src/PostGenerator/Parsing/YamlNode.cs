using System.Collections.Generic;

namespace PostGenerator.Parsing;

internal enum YamlNodeKind
{
    Scalar,
    Sequence,
    Mapping,
}

/// <summary>
/// A node of the front-matter YAML with its position (offsets into the YAML text). Lives only inside Parsing:
/// it is turned into typed values for the generator and into spans for the analyzer.
/// </summary>
internal sealed class YamlNode
{
    public YamlNodeKind Kind { get; set; }

    public string Value { get; set; } = "";

    /// <summary>True for a plain (unquoted, not block) scalar: only those are typed as bool, number or date.</summary>
    public bool IsPlain { get; set; }

    public string Tag { get; set; } = "";

    public int Start { get; set; }

    public int End { get; set; }

    /// <summary>A sequence's items; empty for other kinds (a scalar, most nodes, allocates no list).</summary>
    public IReadOnlyList<YamlNode> Items => ItemList;

    /// <summary>A mapping's pairs in order; empty for other kinds.</summary>
    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Pairs => PairList;

    /// <summary>The list <see cref="YamlReader"/> fills: set, for a sequence, to a list of its own.</summary>
    internal List<YamlNode> ItemList { get; init; } = NoItems;

    /// <summary>The list <see cref="YamlReader"/> fills: set, for a mapping, to a list of its own.</summary>
    internal List<KeyValuePair<YamlNode, YamlNode>> PairList { get; init; } = NoPairs;

    private static readonly List<YamlNode> NoItems = new(0);

    private static readonly List<KeyValuePair<YamlNode, YamlNode>> NoPairs = new(0);

    public YamlNode? Get(string key)
    {
        foreach (var pair in Pairs)
        {
            if (pair.Key.Kind == YamlNodeKind.Scalar && pair.Key.Value == key)
            {
                return pair.Value;
            }
        }

        return null;
    }
}
