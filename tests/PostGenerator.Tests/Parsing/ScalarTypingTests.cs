using PostGenerator.Model;
using PostGenerator.Parsing;
using Xunit;

namespace PostGenerator.Tests.Parsing;

/// <summary>YAML 1.1 typing of plain scalars, as Ruby's Psych (and so Jekyll) does it.</summary>
public class ScalarTypingTests
{
    private static FrontMatterValue Type(string scalar, bool plain = true) =>
        ScalarTyping.Type(new YamlNode { Kind = YamlNodeKind.Scalar, Value = scalar, IsPlain = plain }, TimeZoneInfo.Utc);

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("yes", true)]
    [InlineData("on", true)]
    [InlineData("false", false)]
    [InlineData("No", false)]
    [InlineData("off", false)]
    public void Booleans(string text, bool expected)
    {
        var value = Type(text);
        Assert.Equal(FrontMatterKind.Bool, value.Kind);
        Assert.Equal(expected, value.Bool);
    }

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("-7", -7L)]
    [InlineData("+3", 3L)]
    [InlineData("1_000", 1000L)]
    [InlineData("0x1F", 31L)]
    [InlineData("0b101", 5L)]
    [InlineData("017", 15L)]
    [InlineData("0", 0L)]
    public void Integers(string text, long expected)
    {
        var value = Type(text);
        Assert.Equal(FrontMatterKind.Long, value.Kind);
        Assert.Equal(expected, value.Long);
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("-0.25", -0.25)]
    [InlineData("3.0", 3.0)]
    [InlineData(".5", 0.5)]
    [InlineData("1.0e+3", 1000.0)]
    [InlineData(".inf", double.PositiveInfinity)]
    [InlineData("-.Inf", double.NegativeInfinity)]
    public void Floats(string text, double expected)
    {
        var value = Type(text);
        Assert.Equal(FrontMatterKind.Double, value.Kind);
        Assert.Equal(expected, value.Double);
    }

    [Fact]
    public void Nan_is_a_double_and_equal_to_itself()
    {
        Assert.True(double.IsNaN(Type(".nan").Double));
        Assert.Equal(Type(".nan"), Type(".nan"));
        Assert.NotEqual(Type(".nan"), Type(".inf"));
    }

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("99999999999999999999999")]
    [InlineData("hello")]
    [InlineData("2017-01-02 03:04")]
    [InlineData("12:30")]
    [InlineData(".")]
    public void Everything_else_is_a_string(string text)
    {
        var value = Type(text);
        Assert.Equal(FrontMatterKind.String, value.Kind);
        Assert.Equal(text, value.Text);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("42")]
    [InlineData("2023-10-28")]
    [InlineData("null")]
    public void Quoted_scalars_stay_strings(string text) => Assert.Equal(FrontMatterKind.String, Type(text, plain: false).Kind);

    [Theory]
    [InlineData("")]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("NULL")]
    public void Nulls(string text) => Assert.Equal(FrontMatterKind.Null, Type(text).Kind);

    [Theory]
    [InlineData("2023-10-28T06:02:22.000Z", "2023-10-28T06:02:22.0000000+00:00")]
    [InlineData("2017-01-02 03:04:05 +0800", "2017-01-02T03:04:05.0000000+08:00")]
    [InlineData("2017-01-02", "2017-01-02T00:00:00.0000000+00:00")]
    public void Timestamps(string text, string expected)
    {
        var value = Type(text);
        Assert.Equal(FrontMatterKind.Date, value.Kind);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.AsDate());
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, value.AsDate().Offset);
    }
}
