using System.Globalization;
using System.Text;

namespace Storefront.Features.Catalog.Search;

/// <summary>
/// Folds text the same way for the index and for queries, so that case, accents and German spellings do not
/// matter: lower case, ß → ss, ä/ö/ü → a/o/u (other accents dropped), anything but letters and digits separates
/// words. The index additionally holds the ae/oe/ue spelling of every word that had an umlaut
/// (<see cref="IndexText"/>), so "Fahrräder", "fahrraeder" and "fahrrader" all find the same products, without
/// folding the "ue" of English words like "blue" or "shoe".
/// </summary>
public static class SearchNormalizer
{
    private static readonly System.Buffers.SearchValues<char> Umlauts = System.Buffers.SearchValues.Create("äöüÄÖÜ");

    /// <summary>Folded words of <paramref name="text"/>, in order, duplicates kept.</summary>
    public static List<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var sb = new StringBuilder(text.Length + 8);
        Fold(sb, text, transliterate: false);
        return [.. sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>
    /// The texts as the index stores them: folded words separated by single spaces, followed by the ae/oe/ue
    /// spelling of each word that had an umlaut.
    /// </summary>
    public static string IndexText(params string?[] texts)
    {
        var sb = new StringBuilder(texts.Sum(t => t?.Length ?? 0) + 16);
        HashSet<string>? spelled = null;
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            Fold(sb, text, transliterate: false);
            if (text.AsSpan().ContainsAny(Umlauts))
            {
                spelled ??= new HashSet<string>(StringComparer.Ordinal);
                var word = new StringBuilder(24);
                Fold(word, text, transliterate: true);
                foreach (var w in word.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (w.Contains("ae", StringComparison.Ordinal) || w.Contains("oe", StringComparison.Ordinal) || w.Contains("ue", StringComparison.Ordinal))
                    {
                        spelled.Add(w);
                    }
                }
            }
        }
        foreach (var w in spelled ?? [])
        {
            Separate(sb);
            sb.Append(w);
        }
        return sb.ToString();
    }

    /// <summary>Appends the folded words of <paramref name="text"/> to <paramref name="sb"/>, one space between words.</summary>
    private static void Fold(StringBuilder sb, string text, bool transliterate)
    {
        var inWord = false;
        foreach (var c in text)
        {
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    StartWord(sb, ref inWord);
                    sb.Append(char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c);
                }
                else
                {
                    inWord = false;
                }
                continue;
            }
            if (FoldSpecial(c, transliterate) is { } folded)
            {
                StartWord(sb, ref inWord);
                sb.Append(folded);
            }
            else if (char.IsLetterOrDigit(c))
            {
                StartWord(sb, ref inWord);
                // "é" → "e": keep the base letter of a decomposed character, drop its marks.
                foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
                {
                    if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                    {
                        sb.Append(char.ToLowerInvariant(d));
                    }
                }
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                inWord = false;
            }
        }
    }

    private static string? FoldSpecial(char c, bool transliterate) => c switch
    {
        'ß' or 'ẞ' => "ss",
        'ä' or 'Ä' => transliterate ? "ae" : "a",
        'ö' or 'Ö' => transliterate ? "oe" : "o",
        'ü' or 'Ü' => transliterate ? "ue" : "u",
        'æ' or 'Æ' => "ae",
        'ø' or 'Ø' => "o",
        _ => null,
    };

    private static void StartWord(StringBuilder sb, ref bool inWord)
    {
        if (!inWord)
        {
            Separate(sb);
            inWord = true;
        }
    }

    private static void Separate(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] != ' ')
        {
            sb.Append(' ');
        }
    }
}
