using System.Collections.Frozen;

namespace Storefront.Localization;

/// <summary>
/// Shows a country of origin (stored by its English name) in the current UI language. .NET's RegionInfo only knows
/// native and English names, so the German names of the countries the shop sources from are listed here.
/// </summary>
public static class Countries
{
    private static readonly FrozenDictionary<string, string> German = new Dictionary<string, string>
    {
        ["Austria"] = "Österreich", ["Bangladesh"] = "Bangladesch", ["Brazil"] = "Brasilien", ["China"] = "China",
        ["Colombia"] = "Kolumbien", ["Czech Republic"] = "Tschechien", ["Denmark"] = "Dänemark", ["Ethiopia"] = "Äthiopien",
        ["France"] = "Frankreich", ["Germany"] = "Deutschland", ["Guatemala"] = "Guatemala", ["India"] = "Indien",
        ["Indonesia"] = "Indonesien", ["Italy"] = "Italien", ["Kenya"] = "Kenia", ["Lithuania"] = "Litauen",
        ["Netherlands"] = "Niederlande", ["Peru"] = "Peru", ["Poland"] = "Polen", ["Portugal"] = "Portugal",
        ["Romania"] = "Rumänien", ["Spain"] = "Spanien", ["Switzerland"] = "Schweiz", ["Taiwan"] = "Taiwan",
        ["Tunisia"] = "Tunesien", ["Turkey"] = "Türkei", ["United Kingdom"] = "Vereinigtes Königreich",
        ["Vietnam"] = "Vietnam",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string DisplayName(string englishName) =>
        Cultures.IsGerman && German.TryGetValue(englishName, out var german) ? german : englishName;
}
