namespace Storefront.Features.Stream.Sources;

/// <summary>
/// "Because you viewed/bought X": products of the same category in a similar price band (within
/// <see cref="PriceBand"/> of the anchor's price), anchored on the shopper's recent views and purchases.
/// </summary>
public sealed class SimilarSource : IStreamCandidateSource
{
    public const double PriceBand = 0.4;
    public const int MaxAnchors = 12;
    public const int PerAnchor = 4;
    public const int ViewWindowDays = 30;
    public const int PurchaseWindowDays = 120;

    public StreamCardKind Kind => StreamCardKind.Similar;

    public IEnumerable<StreamCandidate> Propose(ShopperSnapshot snapshot)
    {
        var anchors = new List<(ProductFact Product, double Weight, DateTime AtUtc, bool Bought)>();
        foreach (var group in snapshot.Purchases.Where(p => p.AtUtc > snapshot.NowUtc.AddDays(-PurchaseWindowDays)).GroupBy(p => p.ProductId))
        {
            if (snapshot.Product(group.Key) is { } product)
            {
                anchors.Add((product, 0.8, group.Max(p => p.AtUtc), true));
            }
        }
        foreach (var (productId, views) in snapshot.Views)
        {
            if (views.LastUtc > snapshot.NowUtc.AddDays(-ViewWindowDays) && !snapshot.PurchasedProducts.Contains(productId)
                && snapshot.Product(productId) is { } product)
            {
                anchors.Add((product, 0.5 + 0.1 * Math.Min(views.Count, 4), views.LastUtc, false));
            }
        }
        var byCategory = snapshot.Products.Values.Where(p => p.InStock).ToLookup(p => p.CategoryId);
        foreach (var anchor in anchors.OrderByDescending(a => a.AtUtc).ThenBy(a => a.Product.Id).Take(MaxAnchors))
        {
            var price = Math.Max(1, anchor.Product.PriceCents);
            var similar = byCategory[anchor.Product.CategoryId]
                .Where(p => p.Id != anchor.Product.Id && !snapshot.PurchasedProducts.Contains(p.Id)
                    // "Because you viewed X: X" reads like a glitch even when it is another brand's X.
                    && p.NameEn != anchor.Product.NameEn)
                .Select(p => (Product: p, Distance: Math.Abs(p.PriceCents - price) / (double)price))
                .Where(x => x.Distance <= PriceBand)
                // Closeness in price and how much others buy it: a near twin nobody buys is a weak suggestion.
                .Select(x => (x.Product, Match: 0.3 * (1 - x.Distance / PriceBand) + 0.7 * snapshot.Popularity(x.Product.Id)))
                .OrderByDescending(x => x.Match).ThenBy(x => x.Product.Id)
                .Take(PerAnchor);
            foreach (var (product, match) in similar)
            {
                yield return new StreamCandidate(Kind, product.Id, anchor.Weight * match, anchor.AtUtc,
                    new StreamReason(anchor.Bought ? "WhySimilarBought" : "WhySimilarViewed", anchor.Product.NameEn, anchor.Product.NameDe));
            }
        }
    }
}
