using System.Globalization;
using Storefront.Common;
using Storefront.Localization;

namespace Storefront.Features.Admin.Kpis;

/// <summary>How the dashboard writes its numbers: culture-aware, and "—" where a ratio has no value.</summary>
public static class KpiDisplay
{
    public const string NoValue = "—";

    public static string Percent(decimal? value) =>
        value is { } v ? v.ToString("0.0", Cultures.MoneyCulture) + " %" : NoValue;

    public static string Money(Money? value) => value is { } m ? m.ToString() : NoValue;

    public static string Count(long value) => value.ToString("N0", Cultures.MoneyCulture);

    public static string Day(DateOnly day) => day.ToString("d", Cultures.MoneyCulture);

    /// <summary>ISO form for the URL (?from=2026-11-01).</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseIso(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
