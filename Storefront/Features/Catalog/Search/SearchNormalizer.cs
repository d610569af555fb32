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
    /// <summary>Folded words of <paramref name="text"/>, in order, duplicates kept.</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }
        var sb = new StringBuilder(24);
        foreach (var c in text)
        {
            AppendFolded(sb, c, transliterate: false, words);
        }
        Flush(sb, words);
        return words;
    }

    /// <summary>
    /// The text as the index stores it: folded words separated by spaces, followed by the ae/oe/ue spelling of
    /// each word that had an umlaut.
    /// </summary>
    public static string IndexText(params string?[] texts)
    {
        var plain = new List<string>();
        var spelled = new List<string>();
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            plain.AddRange(Words(text));
            if (text.AsSpan().IndexOfAny("äöüÄÖÜ") >= 0)
            {
                var transliterated = new List<string>();
                var sb = new StringBuilder(24);
                foreach (var c in text)
                {
                    AppendFolded(sb, c, transliterate: true, transliterated);
                }
                Flush(sb, transliterated);
                spelled.AddRange(transliterated.Where(w => !plain.Contains(w)));
            }
        }
        return string.Join(' ', plain.Concat(spelled.Distinct()));
    }

    private static void AppendFolded(StringBuilder sb, char c, bool transliterate, List<string> words)
    {
        switch (c)
        {
            case 'ß' or 'ẞ':
                sb.Append("ss");
                return;
            case 'ä' or 'Ä':
                sb.Append(transliterate ? "ae" : "a");
                return;
            case 'ö' or 'Ö':
                sb.Append(transliterate ? "oe" : "o");
                return;
            case 'ü' or 'Ü':
                sb.Append(transliterate ? "ue" : "u");
                return;
            case 'æ' or 'Æ':
                sb.Append("ae");
                return;
            case 'ø' or 'Ø':
                sb.Append('o');
                return;
        }
        if (char.IsAsciiLetterOrDigit(c))
        {
            sb.Append(char.ToLowerInvariant(c));
            return;
        }
        if (char.IsLetterOrDigit(c))
        {
            // "é" → "e": keep the base letter of a decomposed character, drop its marks.
            foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    sb.Append(char.ToLowerInvariant(d));
                }
            }
            return;
        }
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            return;
        }
        Flush(sb, words);
    }

    private static void Flush(StringBuilder sb, List<string> words)
    {
        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
            sb.Clear();
        }
    }
}
