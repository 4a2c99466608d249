using System.Globalization;
using PostGenerator.Parsing;
using Xunit;

namespace PostGenerator.Tests.Parsing;

public class JekyllDateTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZones.Resolve("Asia/Shanghai")!;

    [Theory]
    [InlineData("2023-10-28T06:02:22.000Z", "2023-10-28T06:02:22+00:00")]
    [InlineData("2023-10-28T06:02:22Z", "2023-10-28T06:02:22+00:00")]
    [InlineData("2023-10-28T06:02:22.123+08:00", "2023-10-28T06:02:22.123+08:00")]
    [InlineData("2013-05-06 02:12:52 +0200", "2013-05-06T02:12:52+02:00")]
    [InlineData("2017-01-02 03:04:05 -0530", "2017-01-02T03:04:05-05:30")]
    [InlineData("2017-01-02", "2017-01-02T00:00:00+00:00")]
    [InlineData("2017-1-2", "2017-01-02T00:00:00+00:00")]
    [InlineData("2017-01-02 03:04", "2017-01-02T03:04:00+00:00")]
    [InlineData("  2017-01-02 03:04:05  ", "2017-01-02T03:04:05+00:00")]
    [InlineData("2023-01-29 18:30:22 2023 -0800", "2023-01-29T18:30:22-08:00")]
    public void Accepts_jekyll_forms(string text, string expected)
    {
        Assert.True(JekyllDate.TryParse(text, TimeZoneInfo.Utc, out var date, out var ambiguous));
        Assert.False(ambiguous);
        var want = DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture);
        Assert.Equal(want, date);
        Assert.Equal(want.Offset, date.Offset);
    }

    [Fact]
    public void Dates_without_an_offset_take_the_site_time_zone()
    {
        Assert.True(JekyllDate.TryParse("2017-01-02 03:04:05", Shanghai, out var date, out _));
        Assert.Equal(TimeSpan.FromHours(8), date.Offset);
        Assert.True(JekyllDate.TryParse("2017-01-02 03:04:05 +0000", Shanghai, out var explicitUtc, out _));
        Assert.Equal(TimeSpan.Zero, explicitUtc.Offset);
    }

    [Theory]
    [InlineData("11-9-2017")]
    [InlineData("9/11/17")]
    [InlineData("02.01.2017")]
    public void Day_first_dates_are_ambiguous(string text)
    {
        Assert.False(JekyllDate.TryParse(text, TimeZoneInfo.Utc, out _, out var ambiguous));
        Assert.True(ambiguous);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2017-13-01")]
    [InlineData("2017-02-30")]
    [InlineData("2017-01-02 25:00:00")]
    [InlineData("2017-01-02 03:04:05 +2500")]
    [InlineData("2023-01-29 18:30:22 2024 -0800")]
    [InlineData("")]
    public void Refuses_invalid_dates(string text)
    {
        Assert.False(JekyllDate.TryParse(text, TimeZoneInfo.Utc, out _, out var ambiguous));
        Assert.False(ambiguous);
    }
}
