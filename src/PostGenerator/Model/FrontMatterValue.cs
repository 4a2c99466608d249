using System;

namespace PostGenerator.Model;

internal enum FrontMatterKind
{
    Null,
    String,
    Bool,
    Long,
    Double,
    Date,
    List,
    Map,
}

/// <summary>
/// A typed front-matter value. YAML scalars are typed once, in Parsing, by YAML 1.1's rules as Jekyll applies them,
/// so the emitter only writes what it is given.
/// </summary>
internal sealed record FrontMatterValue(
    FrontMatterKind Kind,
    string Text,
    bool Bool = false,
    long Long = 0,
    double Double = 0,
    long DateTicks = 0,
    int OffsetMinutes = 0,
    EquatableArray<FrontMatterValue> Items = default,
    EquatableArray<FrontMatterEntry> Entries = default)
{
    public static FrontMatterValue Null { get; } = new(FrontMatterKind.Null, "");

    public static FrontMatterValue FromString(string text) => new(FrontMatterKind.String, text);

    public static FrontMatterValue FromDate(DateTimeOffset value) =>
        new(FrontMatterKind.Date, "", DateTicks: value.Ticks, OffsetMinutes: (int)value.Offset.TotalMinutes);

    public DateTimeOffset AsDate() => new(DateTicks, TimeSpan.FromMinutes(OffsetMinutes));

    /// <summary>Doubles compare by bits so NaN equals NaN and the pipeline still caches.</summary>
    public bool Equals(FrontMatterValue? other) =>
        other is not null
        && Kind == other.Kind
        && Text == other.Text
        && Bool == other.Bool
        && Long == other.Long
        && BitConverter.DoubleToInt64Bits(Double) == BitConverter.DoubleToInt64Bits(other.Double)
        && DateTicks == other.DateTicks
        && OffsetMinutes == other.OffsetMinutes
        && Items == other.Items
        && Entries == other.Entries;

    public override int GetHashCode() => unchecked((((int)Kind * 397) ^ Text.GetHashCode() ^ Items.GetHashCode()) * 31 + Entries.GetHashCode());
}

internal sealed record FrontMatterEntry(string Key, FrontMatterValue Value);
