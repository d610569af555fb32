using System.Collections.Frozen;
using System.Globalization;

namespace Storefront.Localization;

/// <summary>Shows a country stored by its English name in the current UI language ("Portugal" → "Portugal", "Germany" → "Deutschland").</summary>
public static class Countries
{
    private static readonly FrozenDictionary<string, string> CodeByEnglishName = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => new RegionInfo(c.Name))
        .DistinctBy(r => r.EnglishName)
        .ToFrozenDictionary(r => r.EnglishName, r => r.TwoLetterISORegionName, StringComparer.OrdinalIgnoreCase);

    public static string DisplayName(string englishName) =>
        CodeByEnglishName.TryGetValue(englishName, out var code) ? new RegionInfo(code).DisplayName : englishName;
}
