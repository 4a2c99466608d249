using PostGenerator.Parsing;
using Xunit;

namespace PostGenerator.Tests.Parsing;

/// <summary>The generator leaves one core to the runtime until the process has parsed its warm-up's worth of posts.</summary>
public class ParseCoresTests
{
    [Theory]
    [InlineData(0, 2, 1)]
    [InlineData(0, 8, 7)]
    [InlineData(0, 1, 1)]
    [InlineData(ParseCores.WarmUpChars - 1, 2, 1)]
    [InlineData(ParseCores.WarmUpChars, 2, -1)]
    [InlineData(ParseCores.WarmUpChars * 10, 8, -1)]
    public void A_young_process_leaves_one_core_and_a_warm_one_takes_every_core(long parsedChars, int processorCount, int degree) =>
        Assert.Equal(degree, ParseCores.DegreeFor(parsedChars, processorCount));
}
