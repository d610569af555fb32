using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Storefront.Common;
using Storefront.Data;
using Storefront.Localization;

namespace Storefront.Features.Catalog.Search;

/// <summary>Suggestions for the as-you-type search box and the "did you mean" of the no-results page.</summary>
public sealed class ProductSearchSuggestions(IDbContextFactory<StorefrontDb> dbFactory, IProductSearchEngine engine, IMemoryCache cache, MembersEarlyAccess earlyAccess)
{
    public const int MinLength = 2;
    public const int MaxProducts = 10;
    public const int MaxCategories = 4;
    public const int MaxBrands = 3;
    private static readonly TimeSpan NamesCacheTime = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan SpellingsCacheTime = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Up to <paramref name="take"/> (1–10) best-matching products, and the categories (up to 4) and brands (up to 3)
    /// whose names match, for a query of at least two characters; nothing for shorter or blank input.
    /// </summary>
    public async Task<SearchSuggestions> SuggestAsync(string? prefix, int take, CancellationToken ct = default)
    {
        var text = (prefix ?? "").Trim();
        var query = SearchQuery.Parse(text);
        if (text.Length < MinLength || query.IsEmpty)
        {
            return SearchSuggestions.None(text);
        }
        take = Math.Clamp(take, 1, MaxProducts);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hits = engine.Match(db, text);
        var rows = await (
                from p in db.Products.AsNoTracking().Where(MembersEarlyAccess.OpenTo(earlyAccess.IsMember, earlyAccess.NowUtc))
                join h in hits on p.Id equals h.ProductId
                where !p.IsArchived
                orderby h.Rank descending, p.Id
                select new
                {
                    p.Id, p.Slug, p.NameEn, p.NameDe,
                    Brand = p.Brand!.Name,
                    Image = p.Images.OrderBy(i => i.SortOrder).Select(i => i.Path).FirstOrDefault(),
                    Price = p.Variants.Min(v => (long?)v.PriceCents) ?? 0,
                })
            .Take(take)
            .ToListAsync(ct);
        var products = rows
            .Select(r => new ProductSuggestion(r.Id, r.Slug, Cultures.Pick(r.NameEn, r.NameDe), r.Brand, r.Image ?? "", new Money(r.Price)))
            .ToList();

        var names = await NamesAsync(db, ct);
        var accepted = AcceptedPrefixes(query, engine.Vocabulary(db));
        var categories = BestMatches(names.Categories, c => c.Words, accepted)
            .OrderBy(c => c.SortKey)
            .Take(MaxCategories)
            .Select(c => new CategorySuggestion(c.Slug, Cultures.Pick(c.NameEn, c.NameDe),
                c.DepartmentEn is null ? null : Cultures.Pick(c.DepartmentEn, c.DepartmentDe!)))
            .ToList();
        var brands = BestMatches(names.Brands, b => b.Words, accepted)
            .OrderBy(b => b.Name, StringComparer.CurrentCultureIgnoreCase)
            .Take(MaxBrands)
            .Select(b => new BrandSuggestion(b.Slug, b.Name))
            .ToList();
        return new SearchSuggestions(text, products, categories, brands);
    }

    /// <summary>
    /// For a query without any hit, a nearby query that has some: unknown words replaced by the closest indexed
    /// word (one typo more than the search itself tolerates), then words dropped until something matches.
    /// Null when the query has hits, is blank, or nothing better is found.
    /// </summary>
    public async Task<string?> DidYouMeanAsync(string? query, CancellationToken ct = default)
    {
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await engine.Match(db, query).AnyAsync(ct))
        {
            return null;
        }
        var vocabulary = engine.Vocabulary(db);
        var words = parsed.Words
            .Select(w => vocabulary.HasPrefix(w) ? w : vocabulary.CorrectWord(w, SearchQuery.AllowedEdits(w) + 1))
            .OfType<string>()
            .ToList();
        while (words.Count > 0)
        {
            if (await engine.Match(db, string.Join(' ', words)).AnyAsync(ct))
            {
                return await DisplayAsync(db, words, parsed, ct);
            }
            if (words.Count == 1)
            {
                break;
            }
            // Keep the words that leave the most products: drop the one whose absence matches most.
            var best = (Index: words.Count - 1, Hits: 0);
            for (var i = 0; i < words.Count; i++)
            {
                var hits = await engine.Match(db, string.Join(' ', words.Where((_, j) => j != i))).CountAsync(ct);
                if (hits > best.Hits)
                {
                    best = (i, hits);
                }
            }
            words.RemoveAt(best.Index);
        }
        return null;
    }

    private async Task<string?> DisplayAsync(StorefrontDb db, List<string> words, SearchQuery original, CancellationToken ct)
    {
        if (words.SequenceEqual(original.Words))
        {
            return null;
        }
        var spellings = await cache.GetOrCreateAsync("search:spellings", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = SpellingsCacheTime;
            return await SpellingsAsync(db, ct);
        }) ?? [];
        return string.Join(' ', words.Select(w => spellings.GetValueOrDefault(w, w)));
    }

    /// <summary>How each folded word is most often written in product, brand, category and colour names ("fahrrader" → "Fahrräder").</summary>
    private static async Task<Dictionary<string, string>> SpellingsAsync(StorefrontDb db, CancellationToken ct)
    {
        var texts = new List<string>();
        texts.AddRange(await db.Products.AsNoTracking().Where(p => !p.IsArchived).Select(p => p.NameEn + " " + p.NameDe).ToListAsync(ct));
        texts.AddRange(await db.Brands.AsNoTracking().Select(b => b.Name).ToListAsync(ct));
        texts.AddRange(await db.Categories.AsNoTracking().Select(c => c.NameEn + " " + c.NameDe).ToListAsync(ct));
        var counts = new Dictionary<(string Folded, string Written), int>();
        foreach (var text in texts)
        {
            foreach (var written in text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var folded in SearchNormalizer.IndexText(written).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    counts[(folded, written)] = counts.GetValueOrDefault((folded, written)) + 1;
                }
            }
        }
        return counts
            .GroupBy(c => c.Key.Folded)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Written, StringComparer.Ordinal).First().Key.Written);
    }

    private static readonly char[] WordSeparators = [' ', ',', '.', '(', ')', '/', '&', '–', '-', ':', ';', '"', '\'', '+', '%'];

    /// <summary>Per query word, the word beginnings a name must have: the word itself when the index knows it, else its corrections.</summary>
    private static List<IReadOnlyList<string>> AcceptedPrefixes(SearchQuery query, SearchVocabulary vocabulary) =>
        query.Words
            .Select(w => vocabulary.HasPrefix(w) ? [w] : vocabulary.CorrectPrefixes(w, SearchQuery.AllowedEdits(w)))
            .ToList();

    /// <summary>The items whose name words match the most query words (at least one).</summary>
    private static List<T> BestMatches<T>(IEnumerable<T> items, Func<T, string[]> words, List<IReadOnlyList<string>> accepted)
    {
        var scored = items
            .Select(item => (Item: item, Score: accepted.Count(prefixes =>
                prefixes.Any(p => words(item).Any(w => w.StartsWith(p, StringComparison.Ordinal))))))
            .Where(s => s.Score > 0)
            .ToList();
        var top = scored.Count == 0 ? 0 : scored.Max(s => s.Score);
        return scored.Where(s => s.Score == top).Select(s => s.Item).ToList();
    }

    private async Task<Names> NamesAsync(StorefrontDb db, CancellationToken ct) =>
        await cache.GetOrCreateAsync("search:suggest:names", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = NamesCacheTime;
            var categories = await db.Categories.AsNoTracking()
                .OrderBy(c => c.Parent == null ? c.SortOrder : c.Parent.SortOrder).ThenBy(c => c.ParentId != null).ThenBy(c => c.SortOrder)
                .Select(c => new { c.Slug, c.NameEn, c.NameDe, ParentEn = c.Parent == null ? null : c.Parent.NameEn, ParentDe = c.Parent == null ? null : c.Parent.NameDe })
                .ToListAsync(ct);
            var brands = await db.Brands.AsNoTracking().Select(b => new { b.Slug, b.Name }).ToListAsync(ct);
            return new Names(
                categories.Select((c, i) => new CategoryName(c.Slug, c.NameEn, c.NameDe, c.ParentEn, c.ParentDe, i, Split(c.NameEn, c.NameDe))).ToList(),
                brands.Select(b => new BrandName(b.Slug, b.Name, Split(b.Name))).ToList());
        }) ?? new Names([], []);

    private static string[] Split(params string?[] texts) => SearchNormalizer.IndexText(texts).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private sealed record Names(IReadOnlyList<CategoryName> Categories, IReadOnlyList<BrandName> Brands);

    private sealed record CategoryName(string Slug, string NameEn, string NameDe, string? DepartmentEn, string? DepartmentDe, int SortKey, string[] Words);

    private sealed record BrandName(string Slug, string Name, string[] Words);
}
