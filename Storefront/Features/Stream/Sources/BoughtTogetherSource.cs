namespace Storefront.Features.Stream.Sources;

/// <summary>
/// Products other customers bought in the same order as something this shopper bought or put in the cart, in at
/// least <see cref="MinOrders"/> orders (one shared basket is chance, not a pattern).
/// </summary>
public sealed class BoughtTogetherSource : IStreamCandidateSource
{
    public const int MinOrders = 2;

    public StreamCardKind Kind => StreamCardKind.BoughtTogether;

    public IEnumerable<StreamCandidate> Propose(ShopperSnapshot snapshot)
    {
        var anchoredAt = snapshot.Purchases.Select(p => (p.ProductId, p.AtUtc))
            .Concat(snapshot.Signals.Where(s => s.Kind == SignalKind.AddedToCart).Select(s => (s.ProductId, s.AtUtc)))
            .GroupBy(x => x.ProductId)
            .ToDictionary(g => g.Key, g => g.Max(x => x.AtUtc));
        return snapshot.CoPurchases
            .Where(c => c.Orders >= MinOrders && !snapshot.PurchasedProducts.Contains(c.ProductId) && snapshot.Product(c.ProductId) is { InStock: true }
                && snapshot.Product(c.AnchorProductId) is not null && anchoredAt.ContainsKey(c.AnchorProductId))
            .OrderByDescending(c => c.Orders).ThenBy(c => c.ProductId).ThenBy(c => c.AnchorProductId)
            .Select(c =>
            {
                var anchor = snapshot.Product(c.AnchorProductId)!;
                return new StreamCandidate(Kind, c.ProductId, Math.Min(1, 0.25 * c.Orders), anchoredAt[c.AnchorProductId],
                    new StreamReason("WhyBoughtTogether", anchor.NameEn, anchor.NameDe));
            });
    }
}
