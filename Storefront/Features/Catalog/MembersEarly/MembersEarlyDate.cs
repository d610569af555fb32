using System.Globalization;

namespace Storefront.Features.Catalog.MembersEarly;

/// <summary>
/// The merchant's "members' early access until" field: local date and time in the shop's time zone as the browser's
/// date-time input writes it ("2026-12-24T18:00"), empty for none. Pure, for the product editor's service.
/// </summary>
public static class MembersEarlyDate
{
    public const int MaxDaysAhead = 365;
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public static string Format(DateTime? utc, TimeZoneInfo zone) => utc is { } u
        ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(u, DateTimeKind.Utc), zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)
        : "";

    /// <summary>False for text that is no date and time, or a local time that does not exist (the spring clock change).</summary>
    public static bool TryParse(string? text, TimeZoneInfo zone, out DateTime? utc)
    {
        utc = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (!DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || zone.IsInvalidTime(local))
        {
            return false;
        }
        utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        return true;
    }

    /// <summary>The text key of what is wrong with a new or changed date, or null. An unchanged date may have passed.</summary>
    public static string? Problem(string? text, DateTime? storedUtc, DateTime nowUtc, TimeZoneInfo zone)
    {
        if (!TryParse(text, zone, out var utc))
        {
            return "DateInvalid";
        }
        if (utc is not { } until || until == storedUtc)
        {
            return null;
        }
        return until <= nowUtc ? "DatePast" : until > nowUtc.AddDays(MaxDaysAhead) ? "DateTooFar" : null;
    }
}
