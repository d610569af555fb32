using Storefront.Features.Stream.Sets;

namespace Storefront.Features.Stream.Sources;

/// <summary>
/// "Complete the set": around the newest product the shopper bought, favourited or viewed that starts a set (an outfit,
/// a bike kit; <see cref="SetRules"/>) and for which <see cref="SetBuilder"/> finds at least two slots of pieces.
/// One card per stream: it is a bigger, interactive card.
/// </summary>
public sealed class CompleteTheSetSource : IStreamCandidateSource
{
    public const int PurchaseWindowDays = 120;
    public const int ViewWindowDays = 30;

    public StreamCardKind Kind => StreamCardKind.CompleteTheSet;

    public IEnumerable<StreamCandidate> Propose(ShopperSnapshot snapshot)
    {
        foreach (var anchor in Anchors(snapshot))
        {
            if (SetBuilder.Plan(snapshot, anchor.ProductId) is not null && snapshot.Product(anchor.ProductId) is { } product)
            {
                yield return new StreamCandidate(Kind, anchor.ProductId, anchor.Relevance, anchor.AtUtc,
                    new StreamReason(anchor.TextKey, product.NameEn, product.NameDe));
                yield break;
            }
        }
    }

    /// <summary>The shopper's possible anchors, newest signal first (purchases, favourites, views).</summary>
    public static IEnumerable<(int ProductId, double Relevance, DateTime AtUtc, string TextKey)> Anchors(ShopperSnapshot snapshot)
    {
        var bought = snapshot.Purchases.Where(p => p.AtUtc > snapshot.NowUtc.AddDays(-PurchaseWindowDays))
            .GroupBy(p => p.ProductId).Select(g => (g.Key, 0.9, g.Max(p => p.AtUtc), "WhySetBought"));
        var favourites = snapshot.FavouriteProducts.Select(f => (f.Key, 0.85, f.Value, "WhySetFavourite"));
        var viewed = snapshot.Views.Where(v => v.Value.LastUtc > snapshot.NowUtc.AddDays(-ViewWindowDays))
            .Select(v => (v.Key, 0.7, v.Value.LastUtc, "WhySetViewed"));
        return bought.Concat(favourites).Concat(viewed)
            .Where(a => SetRules.For(snapshot.Product(a.Key) is { } p ? snapshot.CategorySlugs.GetValueOrDefault(p.CategoryId) : null) is not null)
            .OrderByDescending(a => a.Item3).ThenBy(a => a.Key)
            .DistinctBy(a => a.Key);
    }
}
