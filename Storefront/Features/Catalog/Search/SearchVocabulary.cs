namespace Storefront.Features.Catalog.Search;

/// <summary>
/// The words of the search index and in how many products each occurs: the basis of typo correction and of
/// splitting German compounds. Immutable; pure C#.
/// </summary>
public sealed class SearchVocabulary
{
    public const int MinHeadLength = 4;
    private const int MinCompoundRest = 3;

    private readonly string[] terms;
    private readonly int[] docs;

    public SearchVocabulary(IEnumerable<(string Term, int Docs)> entries)
    {
        var sorted = entries
            .Where(e => e.Term.Length > 0)
            .GroupBy(e => e.Term, StringComparer.Ordinal)
            .Select(g => (Term: g.Key, Docs: g.Sum(e => e.Docs)))
            .OrderBy(e => e.Term, StringComparer.Ordinal)
            .ToArray();
        terms = sorted.Select(e => e.Term).ToArray();
        docs = sorted.Select(e => e.Docs).ToArray();
    }

    public static SearchVocabulary Empty { get; } = new([]);

    public int Count => terms.Length;

    public bool Contains(string word) => Array.BinarySearch(terms, word, StringComparer.Ordinal) >= 0;

    public int DocsOf(string word) => Array.BinarySearch(terms, word, StringComparer.Ordinal) is var i and >= 0 ? docs[i] : 0;

    /// <summary>Whether some indexed word is <paramref name="prefix"/> or starts with it.</summary>
    public bool HasPrefix(string prefix)
    {
        var i = Array.BinarySearch(terms, prefix, StringComparer.Ordinal);
        if (i >= 0)
        {
            return true;
        }
        i = ~i;
        return i < terms.Length && terms[i].StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>This vocabulary plus one more product's words.</summary>
    public SearchVocabulary With(IEnumerable<string> words) =>
        new(terms.Select((t, i) => (t, docs[i])).Concat(words.Distinct().Select(w => (w, 1))));

    /// <summary>
    /// Known words that end <paramref name="word"/> as the head of a compound ("regenjacke" → "jacke"), so a search
    /// for the head finds the compound. Heads have at least 4 letters and leave at least 3 in front.
    /// </summary>
    public IEnumerable<string> HeadsOf(string word)
    {
        for (var start = MinCompoundRest; word.Length - start >= MinHeadLength; start++)
        {
            var head = word[start..];
            if (Contains(head))
            {
                yield return head;
            }
        }
    }

    /// <summary>
    /// Word beginnings of the index within <paramref name="maxEdits"/> typos of <paramref name="word"/> (insertions,
    /// deletions, substitutions, swapped neighbours), closest first, then most frequent: "jakcet" → "jacket",
    /// "fahrad" → "fahrrad" (which begins "fahrradzubehor" too). Each result is meant as a prefix match.
    /// </summary>
    public IReadOnlyList<string> CorrectPrefixes(string word, int maxEdits, int take = 3)
    {
        if (maxEdits <= 0 || word.Length == 0)
        {
            return [];
        }
        var best = int.MaxValue;
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var matrix = new EditMatrix(word, maxEdits);
        for (var t = 0; t < terms.Length; t++)
        {
            var (distance, length) = matrix.BestPrefix(terms[t]);
            if (distance > maxEdits || distance > best)
            {
                continue;
            }
            if (distance < best)
            {
                best = distance;
                found.Clear();
            }
            var prefix = terms[t][..length];
            found[prefix] = found.GetValueOrDefault(prefix) + docs[t];
        }
        var chosen = new List<string>();
        foreach (var prefix in found.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key))
        {
            // "jacket" already covers "jackets".
            if (!chosen.Any(c => prefix.StartsWith(c, StringComparison.Ordinal)))
            {
                chosen.RemoveAll(c => c.StartsWith(prefix, StringComparison.Ordinal));
                chosen.Add(prefix);
            }
            if (chosen.Count == take)
            {
                break;
            }
        }
        return chosen;
    }

    /// <summary>The most frequent whole indexed word closest to <paramref name="word"/> within the typo budget, or null.</summary>
    public string? CorrectWord(string word, int maxEdits)
    {
        if (maxEdits <= 0 || word.Length == 0)
        {
            return null;
        }
        var matrix = new EditMatrix(word, maxEdits);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestDocs = 0;
        for (var t = 0; t < terms.Length; t++)
        {
            if (Math.Abs(terms[t].Length - word.Length) > maxEdits)
            {
                continue;
            }
            var distance = matrix.Whole(terms[t]);
            if (distance <= maxEdits && (distance < bestDistance || (distance == bestDistance && docs[t] > bestDocs)))
            {
                (best, bestDistance, bestDocs) = (terms[t], distance, docs[t]);
            }
        }
        return best;
    }

    /// <summary>Optimal-string-alignment distance between a word and (beginnings of) candidate words.</summary>
    private sealed class EditMatrix(string word, int maxEdits)
    {
        private readonly int[,] d = new int[word.Length + 1, word.Length + maxEdits + 1];

        public int Whole(string candidate) => Fill(candidate, candidate.Length) is var n && n == candidate.Length ? d[word.Length, n] : int.MaxValue;

        /// <summary>The smallest distance from the word to a beginning of <paramref name="candidate"/>, and the longest such beginning.</summary>
        public (int Distance, int Length) BestPrefix(string candidate)
        {
            var n = Fill(candidate, Math.Min(candidate.Length, word.Length + maxEdits));
            var best = (Distance: int.MaxValue, Length: 0);
            for (var j = Math.Max(1, word.Length - maxEdits); j <= n; j++)
            {
                if (d[word.Length, j] <= best.Distance)
                {
                    best = (d[word.Length, j], j);
                }
            }
            return best;
        }

        private int Fill(string candidate, int n)
        {
            if (n > word.Length + maxEdits)
            {
                return -1;
            }
            var m = word.Length;
            for (var i = 0; i <= m; i++)
            {
                d[i, 0] = i;
            }
            for (var j = 0; j <= n; j++)
            {
                d[0, j] = j;
            }
            for (var i = 1; i <= m; i++)
            {
                for (var j = 1; j <= n; j++)
                {
                    var cost = word[i - 1] == candidate[j - 1] ? 0 : 1;
                    var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && word[i - 1] == candidate[j - 2] && word[i - 2] == candidate[j - 1])
                    {
                        v = Math.Min(v, d[i - 2, j - 2] + 1);
                    }
                    d[i, j] = v;
                }
            }
            return n;
        }
    }
}
