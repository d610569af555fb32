namespace Storefront.Features.Stream.Sources;

/// <summary>
/// What sells now (units in the last 90 days), weighted by the shopper's interest in the product's department: the
/// cold start for new and anonymous shoppers (plain popularity, the bestseller order) and the fill for everyone.
/// </summary>
public sealed class TrendingSource : IStreamCandidateSource
{
    /// <summary>Popular products outside the shopper's departments keep this share of their weight.</summary>
    public const double OutsideInterest = 0.8;
    public const int RecentlyBoughtDays = 30;

    public StreamCardKind Kind => StreamCardKind.Trending;

    public IEnumerable<StreamCandidate> Propose(ShopperSnapshot snapshot)
    {
        var personal = snapshot.HasOwnSignals;
        var recentlyBought = snapshot.Purchases.Where(p => p.AtUtc > snapshot.NowUtc.AddDays(-RecentlyBoughtDays)).Select(p => p.ProductId).ToHashSet();
        foreach (var id in snapshot.Sales.Keys.Order())
        {
            if (recentlyBought.Contains(id) || snapshot.Product(id) is not { InStock: true } product)
            {
                continue;
            }
            var affinity = snapshot.DepartmentAffinity(product.DepartmentId);
            var why = personal && affinity > 0
                ? new StreamReason("WhyTrendingInDepartment", product.DepartmentEn, product.DepartmentDe)
                : new StreamReason("WhyTrending");
            yield return new StreamCandidate(Kind, id, snapshot.Popularity(id) * (OutsideInterest + (1 - OutsideInterest) * affinity), snapshot.NowUtc, why);
        }
    }
}
