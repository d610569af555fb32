using System.Globalization;

namespace Storefront.Localization;

/// <summary>The shop's languages and how money and dates are shown in each.</summary>
public static class Cultures
{
    public const string English = "en";
    public const string German = "de";
    public static readonly string[] Supported = [English, German];

    // Neutral cultures carry no currency; format euros with a euro-area culture per language.
    private static readonly CultureInfo EnglishEuro = CultureInfo.GetCultureInfo("en-IE");
    private static readonly CultureInfo GermanEuro = CultureInfo.GetCultureInfo("de-DE");

    public static bool IsGerman => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == German;

    public static string Current => IsGerman ? German : English;

    public static CultureInfo MoneyCulture => IsGerman ? GermanEuro : EnglishEuro;

    /// <summary>"€1,234.95" or "1.234,95 €" for an amount in euro cents.</summary>
    public static string Euro(long cents) => (cents / 100m).ToString("C2", MoneyCulture);

    /// <summary>Picks the English or German text of a pair stored side by side.</summary>
    public static string Pick(string english, string german) => IsGerman ? german : english;

    public static bool IsSupported(string? culture) => culture is English or German;
}
