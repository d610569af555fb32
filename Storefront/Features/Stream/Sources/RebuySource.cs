namespace Storefront.Features.Stream.Sources;

/// <summary>
/// Things the shopper buys on a cycle (the same variant in at least two orders), proposed when the next purchase is
/// near: from <see cref="EarliestShare"/> of the usual interval until <see cref="LatestShare"/> of it has passed.
/// The card adds the same variant and quantity again.
/// </summary>
public sealed class RebuySource : IStreamCandidateSource
{
    public const double EarliestShare = 0.7;
    public const double LatestShare = 2.5;
    public const int MinIntervalDays = 5;

    public StreamCardKind Kind => StreamCardKind.Rebuy;

    public IEnumerable<StreamCandidate> Propose(ShopperSnapshot snapshot)
    {
        var best = new Dictionary<int, StreamCandidate>();
        foreach (var variant in snapshot.Purchases.GroupBy(p => p.VariantId))
        {
            var orders = variant.GroupBy(p => p.OrderId).Select(g => g.First()).OrderBy(p => p.AtUtc).ToList();
            if (orders.Count < 2)
            {
                continue;
            }
            var last = orders[^1];
            if (last.VariantStock <= 0 || snapshot.Product(last.ProductId) is not { } product || !product.InStock)
            {
                continue;
            }
            var intervals = orders.Zip(orders.Skip(1), (a, b) => (b.AtUtc - a.AtUtc).TotalDays).Order().ToList();
            var interval = intervals[intervals.Count / 2];
            if (interval < MinIntervalDays)
            {
                continue;
            }
            var daysSince = (snapshot.NowUtc - last.AtUtc).TotalDays;
            var share = daysSince / interval;
            if (share is < EarliestShare or > LatestShare)
            {
                continue;
            }
            // Closest to the due date scores highest, overdue fades slower than early; a long habit (many orders)
            // counts more than a pair.
            var timing = share <= 1 ? 1 - (1 - share) * 1.5 : 1 - (share - 1) * 0.4;
            var habit = Math.Min(1, 0.6 + 0.05 * orders.Count);
            var candidate = new StreamCandidate(Kind, last.ProductId, timing * habit, snapshot.NowUtc,
                new StreamReason("WhyRebuy", A: (int)Math.Round(interval), B: (int)Math.Floor(daysSince)),
                last.VariantId, Math.Clamp(last.Quantity, 1, 10));
            if (!best.TryGetValue(last.ProductId, out var other) || other.Relevance < candidate.Relevance)
            {
                best[last.ProductId] = candidate;
            }
        }
        return best.Values;
    }
}
