namespace Storefront.Features.Stream.Sources;

/// <summary>
/// Reductions on what the shopper cares about (a favourite, a product of a favourite brand, something viewed at least
/// twice). Honest by construction: a drop counts only against the lowest price of the 30 days before the current
/// price took effect (§11 PAngV, <see cref="Catalog.ProductPage.LowestPriceRule"/>), never against a compare-at price.
/// </summary>
public sealed class PriceDropSource : IStreamCandidateSource
{
    public const int MinViews = 2;

    public StreamCardKind Kind => StreamCardKind.PriceDrop;

    public IEnumerable<StreamCandidate> Propose(ShopperSnapshot snapshot)
    {
        var recentlyBought = snapshot.Purchases.Where(p => p.AtUtc > snapshot.NowUtc.AddDays(-30)).Select(p => p.ProductId).ToHashSet();
        foreach (var product in snapshot.Products.Values.OrderBy(p => p.Id))
        {
            if (product.LowestPrice30Days is not { } lowest || lowest.Cents <= product.PriceCents || !product.InStock
                || recentlyBought.Contains(product.Id))
            {
                continue;
            }
            var percent = (int)Math.Round(100.0 * (lowest.Cents - product.PriceCents) / lowest.Cents);
            if (percent < 1)
            {
                continue;
            }
            var size = Math.Clamp(percent / 30.0, 0.3, 1);
            if (snapshot.FavouriteProducts.TryGetValue(product.Id, out var favouritedAt))
            {
                yield return new StreamCandidate(Kind, product.Id, size, favouritedAt, new StreamReason("WhyPriceDropFavourite", A: percent));
            }
            else if (snapshot.Views.TryGetValue(product.Id, out var views) && views.Count >= MinViews)
            {
                yield return new StreamCandidate(Kind, product.Id, 0.8 * size, views.LastUtc, new StreamReason("WhyPriceDropViewed", A: percent, B: views.Count));
            }
            else if (snapshot.FavouriteBrands.TryGetValue(product.BrandId, out var followedAt))
            {
                yield return new StreamCandidate(Kind, product.Id, 0.6 * size, followedAt,
                    new StreamReason("WhyPriceDropBrand", product.BrandName, product.BrandName, A: percent));
            }
        }
    }
}
