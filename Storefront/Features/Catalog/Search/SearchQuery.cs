namespace Storefront.Features.Catalog.Search;

/// <summary>
/// A shopper's query as plain words: folded like the index, at most <see cref="MaxWords"/> distinct words of at most
/// <see cref="MaxWordLength"/> characters, read from the first <see cref="MaxLength"/> characters. Nothing in it is
/// search syntax: quotes, stars, AND/OR/NOT/NEAR, brackets and dashes are just separators or words.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<string> Words)
{
    public const int MaxLength = 200;
    public const int MaxWords = 8;
    public const int MaxWordLength = 40;

    // Filler words carry no meaning for a product search; they are dropped unless the query has nothing else.
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "or", "not", "the", "of", "for", "with", "in", "on", "to", "by",
        "und", "oder", "nicht", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "mit", "fur", "von", "im", "zu", "aus",
    ];

    public bool IsEmpty => Words.Count == 0;

    public static SearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SearchQuery([]);
        }
        var words = SearchNormalizer.Words(text.Length > MaxLength ? text[..MaxLength] : text)
            .Select(w => w.Length > MaxWordLength ? w[..MaxWordLength] : w)
            .Distinct()
            .ToList();
        var meaningful = words.Where(w => !StopWords.Contains(w)).ToList();
        return new SearchQuery((meaningful.Count > 0 ? meaningful : words).Take(MaxWords).ToList());
    }

    /// <summary>How many typos a word may have: none below 4 letters, one up to 7, two from 8.</summary>
    public static int AllowedEdits(string word) => word.Length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };
}
