using System;

namespace PostGenerator.Parsing;

/// <summary>Resolves the <c>PostTimeZone</c> option: <c>UTC</c>, a fixed offset such as <c>+08:00</c>, or a tz database name.</summary>
internal static class TimeZones
{
    public static TimeZoneInfo? Resolve(string? name)
    {
        var text = (name ?? "").Trim();
        if (text.Length == 0 || text is "UTC" or "utc" or "Etc/UTC" or "Z" or "GMT")
        {
            return TimeZoneInfo.Utc;
        }

        var offsetText = text.StartsWith("UTC", StringComparison.OrdinalIgnoreCase) ? text.Substring(3) : text;
        if (JekyllDate.TryParseOffset(offsetText, out var offset))
        {
            return TimeZoneInfo.CreateCustomTimeZone("UTC" + offsetText, offset, "UTC" + offsetText, "UTC" + offsetText);
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(text);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or System.Security.SecurityException)
        {
            return null;
        }
    }
}
