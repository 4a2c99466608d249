using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PostGenerator.Parsing;

/// <summary>
/// Dates as Jekyll accepts them in front matter and file names. A date without an offset is read in the site's
/// time zone (the <c>PostTimeZone</c> option, UTC by default), as Jekyll reads it in its <c>timezone</c>.
/// </summary>
internal static class JekyllDate
{
    // Psych's YAML 1.1 timestamp and date forms: only these make a plain scalar a date rather than a string. Digits are
    // ASCII, as Ruby's \d is: .NET's \d matches any decimal digit (full-width ２０２４ too), which then failed to parse.
    private static readonly Regex YamlTime = new(
        @"\A-?[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|\s+)[0-9]{1,2}:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:\s*(?:Z|[-+][0-9]{1,2}:?(?:[0-9][0-9])?))?\z",
        RegexOptions.CultureInvariant);

    private static readonly Regex YamlDate = new(
        @"\A[0-9]{4}-(?:1[012]|0[0-9]|[0-9])-(?:[12][0-9]|3[01]|0[0-9]|[0-9])\z",
        RegexOptions.CultureInvariant);

    private static readonly Regex Accepted = new(
        @"\A(?<y>[0-9]{4})-(?<mo>[0-9]{1,2})-(?<d>[0-9]{1,2})(?:(?:[Tt]|[ \t]+)(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2})(?:[.,](?<f>[0-9]+))?)?(?:[ \t]+(?<y2>[0-9]{4}))?(?:[ \t]*(?<z>[Zz]|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?\z",
        RegexOptions.CultureInvariant);

    // Day and month first (11-9-2017, 9/11/17): readable two ways, so Jekyll's Time.parse guesses; we refuse.
    private static readonly Regex Ambiguous = new(
        @"\A[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2,4}(?:[ Tt].*)?\z",
        RegexOptions.CultureInvariant);

    public static bool IsYamlTimestamp(string text) => YamlTime.IsMatch(text) || YamlDate.IsMatch(text);

    /// <summary>A YAML 1.1 date without a time of day.</summary>
    public static bool IsYamlDate(string text) => YamlDate.IsMatch(text);

    /// <summary>A YAML 1.1 timestamp with a time of day: Psych reads one without an offset as UTC, not local time.</summary>
    public static bool IsYamlTime(string text) => YamlTime.IsMatch(text);

    public static bool TryParse(string text, TimeZoneInfo timeZone, out DateTimeOffset value, out bool ambiguous)
    {
        var reading = Read(text);
        ambiguous = reading.Ambiguous;
        return reading.TryResolve(timeZone, out value);
    }

    /// <summary>
    /// A date's text read once, before any time zone applies: the post's <c>date:</c> is resolved for the post (in UTC
    /// when it is an unquoted YAML time) and again for its front matter value (in the site's zone).
    /// </summary>
    public readonly struct Reading
    {
        private readonly DateTime _local;
        private readonly TimeSpan? _offset;
        private readonly bool _valid;

        public Reading(DateTime local, TimeSpan? offset)
        {
            _local = local;
            _offset = offset;
            _valid = true;
        }

        /// <summary>A text that is no date; <paramref name="ambiguous"/> when it puts the day first.</summary>
        public Reading(bool ambiguous) => Ambiguous = ambiguous;

        public bool Ambiguous { get; }

        /// <summary>
        /// Set by the post's parser for its <c>date:</c>: the text is a plain scalar in YAML's timestamp form with a time
        /// of day (<see cref="IsYamlTime"/>), which it needs anyway, so that typing the value does not match it again.
        /// </summary>
        public bool IsPlainYamlTime { get; init; }

        /// <summary>The instant; a text without an offset is read in <paramref name="timeZone"/>.</summary>
        public bool TryResolve(TimeZoneInfo timeZone, out DateTimeOffset value)
        {
            if (!_valid)
            {
                value = default;
                return false;
            }

            return TryCreate(_local, _offset ?? timeZone.GetUtcOffset(_local), out value);
        }
    }

    public static Reading Read(string text)
    {
        var trimmed = text.Trim();
        var ambiguous = Ambiguous.IsMatch(trimmed);
        var match = Accepted.Match(trimmed);
        if (ambiguous || !match.Success)
        {
            return new Reading(ambiguous);
        }

        var groups = match.Groups;
        var year = Int(trimmed, groups["y"]);
        // "2023-01-29 18:30:22 2023 -0800" (a real Jekyll post): Ruby's Time.parse takes the repeated year in stride.
        if (groups["y2"].Success && Int(trimmed, groups["y2"]) != year)
        {
            return default;
        }

        var month = Int(trimmed, groups["mo"]);
        var day = Int(trimmed, groups["d"]);
        var hour = groups["h"].Success ? Int(trimmed, groups["h"]) : 0;
        var minute = groups["mi"].Success ? Int(trimmed, groups["mi"]) : 0;
        var second = groups["s"].Success ? Int(trimmed, groups["s"]) : 0;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
        {
            return default;
        }

        // The last day of year 9999 is out of range (see TryCreate); leaving it out here keeps AddSeconds below from overflowing.
        if (year == 9999 && month == 12 && day == 31)
        {
            return default;
        }

        // Ruby's Time rolls a leap second into the next minute.
        var local = new DateTime(year, month, day, hour, minute, Math.Min(second, 59), DateTimeKind.Unspecified);
        if (second == 60)
        {
            local = local.AddSeconds(1);
        }

        if (groups["f"].Success)
        {
            var fraction = groups["f"].Value;
            fraction = fraction.Length > 7 ? fraction.Substring(0, 7) : fraction.PadRight(7, '0');
            local = local.AddTicks(long.Parse(fraction, NumberStyles.None, CultureInfo.InvariantCulture));
        }

        var zone = groups["z"];
        if (!zone.Success)
        {
            return new Reading(local, null);
        }

        if (trimmed[zone.Index] is 'Z' or 'z')
        {
            return new Reading(local, TimeSpan.Zero);
        }

        return TryParseOffset(zone.Value, out var offset) ? new Reading(local, offset) : default;
    }

    /// <summary>
    /// The instant, when every time zone can show it: <see cref="DateTimeOffset"/> throws when the UTC time falls
    /// outside years 1 to 9999, and the post's date is converted to the site's zone, up to 14 hours away (found by
    /// fuzzing: <c>0001-01-01 00:00:00 +0800</c>, a file named <c>0001-01-01-x.md</c> in <c>Asia/Shanghai</c>).
    /// </summary>
    public static bool TryCreate(DateTime local, TimeSpan offset, out DateTimeOffset value)
    {
        const long margin = 14 * TimeSpan.TicksPerHour;
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks + margin || utcTicks > DateTime.MaxValue.Ticks - margin)
        {
            value = default;
            return false;
        }

        value = new DateTimeOffset(local, offset);
        return true;
    }

    /// <summary>Parses <c>+08</c>, <c>+0800</c>, <c>+08:00</c>, <c>-5</c>.</summary>
    public static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = default;
        if (text.Length < 2 || (text[0] != '+' && text[0] != '-'))
        {
            return false;
        }

        var digits = text.Substring(1).Replace(":", "");
        if (digits.Length is 0 or > 4 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        int hours, minutes;
        if (digits.Length <= 2)
        {
            hours = number;
            minutes = 0;
        }
        else
        {
            hours = number / 100;
            minutes = number % 100;
        }

        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (text[0] == '-')
        {
            offset = offset.Negate();
        }

        return true;
    }

    /// <summary>The group's number (ASCII digits, as the patterns match them), read in place rather than from a substring.</summary>
    private static int Int(string text, Group group)
    {
        var value = 0;
        for (var i = group.Index; i < group.Index + group.Length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}
