using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Data;

namespace Storefront.Features.Catalog.Browse;

public sealed class ListingIndexOptions
{
    /// <summary>How long a snapshot serves listings before it is rebuilt in the background (stock and prices in facet counts may lag this much).</summary>
    public int RefreshSeconds { get; set; } = 30;
}

/// <summary>
/// Holds a compact in-memory snapshot of what listings filter, count and sort on (per product: category, brand,
/// rating, sustainability, novelty, sales; per variant: size, colour, price, in stock), so a category or search page
/// computes its facet counts in memory instead of a dozen scans over hundreds of thousands of variants. The tiles
/// themselves are still read fresh from the database. A stale snapshot keeps serving while one request rebuilds it.
/// </summary>
public sealed class ListingIndex(IDbContextFactory<StorefrontDb> dbFactory, TimeProvider time, IOptions<ListingIndexOptions> options)
{
    private readonly SemaphoreSlim building = new(1, 1);
    private volatile Entry? current;

    private sealed record Entry(ListingSnapshot Snapshot, DateTimeOffset BuiltAt);

    public async Task<ListingSnapshot> SnapshotAsync(CancellationToken ct = default)
    {
        var entry = current;
        if (entry is null)
        {
            return await RebuildAsync(ct);
        }
        if (time.GetUtcNow() - entry.BuiltAt > TimeSpan.FromSeconds(options.Value.RefreshSeconds) && building.CurrentCount > 0)
        {
            _ = Task.Run(() => RebuildAsync(CancellationToken.None), CancellationToken.None);
        }
        return entry.Snapshot;
    }

    /// <summary>Drops the snapshot, so the next listing sees the catalog as it is now (after a merchant edit, for example).</summary>
    public void Invalidate() => current = null;

    private async Task<ListingSnapshot> RebuildAsync(CancellationToken ct)
    {
        var before = current;
        await building.WaitAsync(ct);
        try
        {
            if (current is { } fresh && !ReferenceEquals(fresh, before))
            {
                return fresh.Snapshot;
            }
            var startedAt = time.GetUtcNow();
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var snapshot = await ListingSnapshot.LoadAsync(db, ct);
            current = new Entry(snapshot, startedAt);
            return snapshot;
        }
        finally
        {
            building.Release();
        }
    }
}

/// <summary>
/// The listing columns of every visible product, as parallel arrays ordered by product id; a product's variants are
/// <c>VariantStart[p] .. VariantStart[p + 1]</c>. Sizes, colours and brands are stored as small ordinals.
/// </summary>
public sealed class ListingSnapshot
{
    public required int[] ProductIds { get; init; }
    public required int[] CategoryIds { get; init; }
    public required int[] BrandOrdinals { get; init; }
    /// <summary>Average rating, 0 when unrated.</summary>
    public required double[] Ratings { get; init; }
    public required int[] ReviewCounts { get; init; }
    public required bool[] Sustainable { get; init; }
    public required long[] CreatedTicks { get; init; }
    public required int[] UnitsSold { get; init; }
    public required long[] MinPrices { get; init; }
    /// <summary>Ticks of the end of members' early access per product; 0 = open to everyone.</summary>
    public long[] MembersEarlyUntilTicks { get; init; } = [];

    public required int[] VariantStart { get; init; }
    public required int[] VariantSizes { get; init; }
    public required int[] VariantColours { get; init; }
    public required long[] VariantPrices { get; init; }
    public required bool[] VariantInStock { get; init; }

    public required string[] Sizes { get; init; }
    public required ColourValue[] Colours { get; init; }
    public required BrandValue[] Brands { get; init; }

    public int ProductCount => ProductIds.Length;

    public sealed record ColourValue(string Key, string NameDe, string Hex);

    public sealed record BrandValue(string Slug, string Name);

    /// <summary>The ordinal of a product id, or -1 when it is not (or no longer) listed.</summary>
    public int OrdinalOf(int productId)
    {
        var i = Array.BinarySearch(ProductIds, productId);
        return i >= 0 ? i : -1;
    }

    internal static async Task<ListingSnapshot> LoadAsync(StorefrontDb db, CancellationToken ct)
    {
        var brands = await db.Brands.AsNoTracking().OrderBy(b => b.Id).Select(b => new { b.Id, b.Slug, b.Name }).ToListAsync(ct);
        var brandOrdinal = brands.Select((b, i) => (b.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var products = await CatalogService.Visible(db.Products)
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.CategoryId, p.BrandId, p.RatingAverage, p.ReviewCount, p.IsSustainable, p.CreatedAtUtc, p.UnitsSold90Days, p.MembersEarlyUntilUtc })
            .ToListAsync(ct);

        var n = products.Count;
        var ordinal = new Dictionary<int, int>(n);
        for (var i = 0; i < n; i++)
        {
            ordinal[products[i].Id] = i;
        }

        // Variants stream in product order, so each product's variants are one contiguous run.
        var sizes = new Interner<string>(StringComparer.Ordinal);
        var colourValues = await db.Variants.AsNoTracking()
            .GroupBy(v => v.ColourEn)
            .Select(g => new ColourValue(g.Key, g.Max(v => v.ColourDe)!, g.Max(v => v.ColourHex)!))
            .ToListAsync(ct);
        var colours = colourValues.Select((c, i) => (c.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        var variantStart = new int[n + 1];
        var variantSizes = new List<int>(n * 8);
        var variantColours = new List<int>(n * 8);
        var variantPrices = new List<long>(n * 8);
        var variantInStock = new List<bool>(n * 8);
        var minPrices = new long[n];
        var variants = CatalogService.Visible(db.Products)
            .SelectMany(p => p.Variants)
            .OrderBy(v => v.ProductId).ThenBy(v => v.Id)
            .Select(v => new { v.ProductId, v.Size, v.ColourEn, v.PriceCents, v.Stock })
            .AsAsyncEnumerable();
        var last = -1;
        await foreach (var v in variants.WithCancellation(ct))
        {
            if (!ordinal.TryGetValue(v.ProductId, out var p))
            {
                continue;
            }
            if (p != last)
            {
                for (var q = last + 1; q <= p; q++)
                {
                    variantStart[q] = variantSizes.Count;
                    minPrices[q] = long.MaxValue;
                }
                last = p;
            }
            variantSizes.Add(sizes.Ordinal(v.Size));
            variantColours.Add(colours[v.ColourEn]);
            variantPrices.Add(v.PriceCents);
            variantInStock.Add(v.Stock > 0);
            minPrices[p] = Math.Min(minPrices[p], v.PriceCents);
        }
        for (var q = last + 1; q <= n; q++)
        {
            variantStart[q] = variantSizes.Count;
            if (q < n)
            {
                minPrices[q] = long.MaxValue;
            }
        }

        return new ListingSnapshot
        {
            ProductIds = products.Select(p => p.Id).ToArray(),
            CategoryIds = products.Select(p => p.CategoryId).ToArray(),
            BrandOrdinals = products.Select(p => brandOrdinal[p.BrandId]).ToArray(),
            Ratings = products.Select(p => p.RatingAverage ?? 0).ToArray(),
            ReviewCounts = products.Select(p => p.ReviewCount).ToArray(),
            Sustainable = products.Select(p => p.IsSustainable).ToArray(),
            CreatedTicks = products.Select(p => p.CreatedAtUtc.Ticks).ToArray(),
            UnitsSold = products.Select(p => p.UnitsSold90Days).ToArray(),
            MinPrices = minPrices,
            MembersEarlyUntilTicks = products.Select(p => p.MembersEarlyUntilUtc?.Ticks ?? 0).ToArray(),
            VariantStart = variantStart,
            VariantSizes = [.. variantSizes],
            VariantColours = [.. variantColours],
            VariantPrices = [.. variantPrices],
            VariantInStock = [.. variantInStock],
            Sizes = sizes.Values,
            Colours = [.. colourValues],
            Brands = brands.Select(b => new BrandValue(b.Slug, b.Name)).ToArray(),
        };
    }

    private sealed class Interner<T>(IEqualityComparer<T> comparer) where T : notnull
    {
        private readonly Dictionary<T, int> ordinals = new(comparer);
        private readonly List<T> values = [];

        public T[] Values => [.. values];

        public int Ordinal(T value)
        {
            if (!ordinals.TryGetValue(value, out var i))
            {
                i = ordinals[value] = values.Count;
                values.Add(value);
            }
            return i;
        }
    }
}
