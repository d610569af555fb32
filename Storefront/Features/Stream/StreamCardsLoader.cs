using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog;
using Storefront.Features.Loyalty;
using Storefront.Features.SizeAdvisor;
using Storefront.Features.Stream.Sets;

namespace Storefront.Features.Stream;

/// <summary>What the loyalty, "your size", set and editorial cards read, added to the snapshot by <see cref="ShopperSnapshotLoader"/>.</summary>
internal sealed record CardsLoad(
    LoyaltyStanding? Loyalty,
    bool HasFitProfile,
    IReadOnlySet<int> NotInYourSize,
    IReadOnlyDictionary<int, string> YourSizes,
    IReadOnlyDictionary<int, string> CategorySlugs,
    IReadOnlySet<int> SizedCategories,
    IReadOnlyList<ProductFact> PieceFacts,
    IReadOnlyDictionary<int, IReadOnlyList<PieceVariant>> PieceVariants,
    IReadOnlyList<EditorialFact> Editorials);

/// <summary>
/// A fixed number of queries whatever the history: categories, the set's candidate pieces and their variants,
/// the fit profile with the sized products and their charts (only with a profile), the loyalty standing (signed in)
/// and the active editorial cards.
/// </summary>
internal static class CardsLoader
{
    public const int SetAnchors = 3;
    public const int PiecesPerCategory = 6;
    public const int MaxEditorials = 20;

    public static async Task<CardsLoad> LoadAsync(
        StorefrontDb db, StreamShopper shopper, FitProfileView? profile, IReadOnlyList<PurchasedLine> purchases,
        IReadOnlyList<ShopperSignal> signals, IReadOnlyDictionary<int, DateTime> favourites, List<ProductFact> facts,
        DateTime nowUtc, LoyaltyOptions loyaltyOptions, CancellationToken ct)
    {
        var categories = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.Slug, c.SizeKind }).ToListAsync(ct);
        var slugs = categories.ToDictionary(c => c.Id, c => c.Slug);
        var sizedCategories = categories.Where(c => c.SizeKind != SizeKind.None).Select(c => c.Id).ToHashSet();

        var pieces = await PiecesAsync(db, SetCategories(purchases, signals, favourites, facts, slugs, nowUtc), facts, nowUtc, ct);
        var known = facts.Concat(pieces).ToList();
        var sized = profile is null ? [] : known.Where(p => sizedCategories.Contains(p.CategoryId)).Select(p => p.Id).ToList();
        var variantsOf = pieces.Select(p => p.Id).Concat(sized).Distinct().ToList();
        var variants = variantsOf.Count == 0 ? [] : await db.Variants.AsNoTracking()
            .Where(v => variantsOf.Contains(v.ProductId) && v.Stock > 0)
            .Select(v => new PieceVariant(v.Id, v.ProductId, v.Size, v.ColourEn, v.ColourDe, v.Stock, v.PriceCents))
            .ToListAsync(ct);
        var byProduct = variants.GroupBy(v => v.ProductId).ToDictionary(g => g.Key, g => (IReadOnlyList<PieceVariant>)g.ToList());

        var yourSizes = new Dictionary<int, string>();
        var notInYourSize = new HashSet<int>();
        if (profile is not null && sized.Count > 0)
        {
            var sizedProducts = await FitProfiles.SizedProducts(db, p => sized.Contains(p.Id)).ToListAsync(ct);
            var charts = await FitProfiles.ChartsForAsync(db, sizedProducts, ct);
            foreach (var product in sizedProducts)
            {
                if (FitProfiles.YourSize(profile, product, charts) is { } size)
                {
                    yourSizes[product.ProductId] = size;
                    if (!byProduct.TryGetValue(product.ProductId, out var inStock) || inStock.All(v => v.Size != size))
                    {
                        notInYourSize.Add(product.ProductId);
                    }
                }
            }
        }

        var loyalty = shopper.UserId is { } userId ? await LoyaltyLedger.StandingAsync(db, userId, nowUtc, loyaltyOptions, ct) : null;
        var editorials = await db.Set<EditorialCard>().AsNoTracking()
            .Where(e => e.IsActive && e.StartsAtUtc <= nowUtc && e.EndsAtUtc > nowUtc)
            .OrderBy(e => e.Id).Take(MaxEditorials)
            .Select(e => new EditorialFact(e.Id, e.Kind, e.TitleEn, e.TitleDe, e.BodyEn, e.BodyDe, e.ImagePath, e.Link, e.Audience,
                e.TargetId, e.TargetTier, e.StartsAtUtc))
            .ToListAsync(ct);

        var pieceIds = pieces.Select(p => p.Id).ToHashSet();
        return new CardsLoad(loyalty, profile is not null, notInYourSize, yourSizes, slugs, sizedCategories, pieces,
            byProduct.Where(v => pieceIds.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value), editorials);
    }

    /// <summary>The categories the sets of the shopper's newest anchors take pieces from (see <see cref="Sources.CompleteTheSetSource"/>).</summary>
    private static List<int> SetCategories(
        IReadOnlyList<PurchasedLine> purchases, IReadOnlyList<ShopperSignal> signals, IReadOnlyDictionary<int, DateTime> favourites,
        List<ProductFact> facts, Dictionary<int, string> slugs, DateTime nowUtc)
    {
        var byId = facts.ToDictionary(f => f.Id);
        var anchors = purchases.Where(p => p.AtUtc > nowUtc.AddDays(-Sources.CompleteTheSetSource.PurchaseWindowDays)).Select(p => (p.ProductId, p.AtUtc))
            .Concat(favourites.Select(f => (f.Key, f.Value)))
            .Concat(signals.Where(s => s.Kind == SignalKind.Viewed && s.AtUtc > nowUtc.AddDays(-Sources.CompleteTheSetSource.ViewWindowDays))
                .Select(s => (s.ProductId, s.AtUtc)))
            .Where(a => byId.TryGetValue(a.Item1, out var f) && SetRules.For(slugs.GetValueOrDefault(f.CategoryId)) is not null)
            .OrderByDescending(a => a.Item2).Select(a => byId[a.Item1]).DistinctBy(f => f.Id).Take(SetAnchors);
        var wanted = anchors.SelectMany(a => SetRules.PieceCategories(slugs.GetValueOrDefault(a.CategoryId))).ToHashSet();
        return slugs.Where(s => wanted.Contains(s.Value)).Select(s => s.Key).Order().ToList();
    }

    /// <summary>The best-selling products in stock of each piece category, in one query.</summary>
    private static async Task<List<ProductFact>> PiecesAsync(StorefrontDb db, List<int> categoryIds, List<ProductFact> facts, DateTime nowUtc, CancellationToken ct)
    {
        if (categoryIds.Count == 0)
        {
            return [];
        }
        IQueryable<int>? query = null;
        foreach (var categoryId in categoryIds)
        {
            // Top N per category as one UNION ALL (EF cannot translate a per-group Take).
            var top = db.Products.AsNoTracking()
                .Where(p => p.CategoryId == categoryId && !p.IsArchived && p.CreatedAtUtc <= nowUtc && p.Variants.Any(v => v.Stock > 0))
                .OrderByDescending(p => p.UnitsSold90Days).ThenBy(p => p.Id).Take(PiecesPerCategory).Select(p => p.Id);
            query = query is null ? top : query.Concat(top);
        }
        var ids = await query!.ToListAsync(ct);
        var have = facts.ToDictionary(f => f.Id);
        var missing = ids.Where(id => !have.ContainsKey(id)).ToList();
        var loaded = missing.Count == 0 ? [] : await db.Products.AsNoTracking().Where(p => missing.Contains(p.Id))
            .Select(ShopperSnapshotLoader.ToFact).ToListAsync(ct);
        return ids.Select(id => have.GetValueOrDefault(id)).OfType<ProductFact>().Concat(loaded).ToList();
    }
}
