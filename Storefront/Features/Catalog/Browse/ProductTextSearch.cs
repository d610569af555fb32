using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog.Search;

namespace Storefront.Features.Catalog.Browse;

/// <summary>
/// Narrows a listing to the products matching a shopper's search (through the full-text engine, tolerant of case,
/// umlauts and small typos) and orders them by the engine's relevance.
/// </summary>
public sealed class ProductTextSearch(IProductSearchEngine engine)
{
    public const int MaxQueryLength = 200;

    public static string Normalise(string? query)
    {
        var q = (query ?? "").Trim();
        return q.Length > MaxQueryLength ? q[..MaxQueryLength] : q;
    }

    /// <summary>
    /// The matching product ids with the engine's rank (higher is better). Read once per listing so the facet and
    /// page queries filter on plain ids (composing the FTS query into every one of them loses its parameters in EF).
    /// </summary>
    public async Task<IReadOnlyDictionary<int, double>> RanksAsync(StorefrontDb db, string text, CancellationToken ct)
    {
        var hits = await engine.Match(db, text).ToListAsync(ct);
        return hits.GroupBy(h => h.ProductId).ToDictionary(g => g.Key, g => g.Max(h => h.Rank));
    }
}
