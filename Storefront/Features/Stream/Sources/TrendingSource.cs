namespace Storefront.Features.Stream.Sources;

/// <summary>
/// What sells now (units in the last 90 days), weighted by how well the product matches the shopper's taste
/// (<see cref="ShopperTaste.Match"/>: category, brand, price level): the cold start for new and anonymous shoppers
/// (plain popularity, the bestseller order) and the fill for everyone.
/// </summary>
public sealed class TrendingSource : IStreamCandidateSource
{
    /// <summary>Popular products that match nothing the shopper did keep this share of their weight (for a shopper whose taste is well known).</summary>
    public const double OutsideInterest = 0.35;
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
            var why = personal && snapshot.DepartmentAffinity(product.DepartmentId) > 0
                ? new StreamReason("WhyTrendingInDepartment", product.DepartmentEn, product.DepartmentDe)
                : new StreamReason("WhyTrending");
            // The less the shopper's behaviour tells, the more this stays plain popularity.
            var trust = personal ? snapshot.Taste.Confidence : 0;
            var fit = 1 - trust * (1 - OutsideInterest) * (1 - snapshot.Taste.Match(product));
            yield return new StreamCandidate(Kind, id, snapshot.Popularity(id) * fit, snapshot.NowUtc, why);
        }
    }
}
