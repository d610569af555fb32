using Storefront.Data;

namespace Storefront.Features.Catalog.Search;

/// <summary>
/// One product found by <see cref="IProductSearchEngine.Match"/>. <see cref="Rank"/>: HIGHER IS BETTER (always
/// positive); order by it descending for "relevance". Ranks compare within one query only.
/// </summary>
public sealed record ProductSearchHit(int ProductId, double Rank);

/// <summary>
/// The shop's full-text product search. Implementations keep their database specifics (SQLite FTS5 now,
/// PostgreSQL full-text later) inside; callers only compose <see cref="Match"/> with their own LINQ.
/// </summary>
public interface IProductSearchEngine
{
    /// <summary>
    /// The indexed products matching every word of <paramref name="query"/>, as a composable query on
    /// <paramref name="db"/> that runs inside the caller's SQL statement (join it with <c>db.Products</c>, which the
    /// caller still filters for archived products). The query is read as plain words: case, umlauts (ü = ue = u,
    /// ß = ss) and small typos do not matter, words of 3+ letters and the last word also match as beginnings
    /// ("jack" → jackets), German compounds are found by their last part ("jacke" → Regenjacke), search syntax
    /// characters mean nothing, and an empty or blank query matches nothing. Any of these compose efficiently:
    /// a join on <see cref="ProductSearchHit.ProductId"/>, <c>hits.Select(h => h.ProductId).Contains(p.Id)</c>,
    /// or <c>hits.Any(h => h.ProductId == p.Id)</c>.
    /// </summary>
    IQueryable<ProductSearchHit> Match(StorefrontDb db, string? query);

    /// <summary>Brings one product's entry up to date (adds, replaces, or removes it when the product is archived or gone).</summary>
    Task IndexProductAsync(int productId, CancellationToken ct = default);

    /// <summary>Rebuilds the whole index from the products (e.g. after a brand or category was renamed); returns the number indexed.</summary>
    Task<int> RebuildAsync(CancellationToken ct = default);

    /// <summary>Rebuilds the index when it does not cover exactly the visible products; returns whether it rebuilt.</summary>
    Task<bool> EnsureIndexAsync(CancellationToken ct = default);

    /// <summary>The indexed words and their document counts (for typo correction and "did you mean").</summary>
    SearchVocabulary Vocabulary(StorefrontDb db);
}
