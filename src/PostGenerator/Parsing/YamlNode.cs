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

    public List<YamlNode> Items { get; } = new();

    public List<KeyValuePair<YamlNode, YamlNode>> Pairs { get; } = new();

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
