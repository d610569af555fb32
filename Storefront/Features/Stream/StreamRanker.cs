namespace Storefront.Features.Stream;

/// <summary>
/// Merges the candidate sources' proposals into one ordered stream. Pure and deterministic for a given snapshot.
/// <para>Score = kind weight × relevance × recency × damping, where</para>
/// <list type="bullet">
/// <item>kind weight says how much a kind of card is worth to the shopper (a due re-buy most, a bestseller least);</item>
/// <item>relevance (0..1) comes from the source (how strong the signal is);</item>
/// <item>recency = 0.5 + 0.5 · e^(−age/14 days) of the signal, so fresh signals lead and old ones fade to half;</item>
/// <item>damping is <see cref="FewerDamping"/> for kinds the shopper asked to see fewer of, otherwise 1.</item>
/// </list>
/// Then: dismissed cards and sold-out products are dropped, each product appears once (its best card), and no more
/// than <see cref="MaxRun"/> cards of one kind or one brand follow each other (when the rest allows it).
/// </summary>
public static class StreamRanker
{
    public const int MaxRun = 2;
    public const double FewerDamping = 0.4;
    public const double RecencyHalfLifeDays = 14;

    public static double KindWeight(StreamCardKind kind) => kind switch
    {
        StreamCardKind.Rebuy => 1.0,
        StreamCardKind.BackInStock => 0.95,
        StreamCardKind.PriceDrop => 0.9,
        StreamCardKind.NewFromBrand => 0.6,
        StreamCardKind.BoughtTogether => 0.7,
        StreamCardKind.Similar => 0.5,
        StreamCardKind.Trending => 0.5,
        StreamCardKind.Viewed => 0.7,
        _ => 0.5,
    };

    public static double Recency(DateTime signalAtUtc, DateTime nowUtc)
    {
        var ageDays = Math.Max(0, (nowUtc - signalAtUtc).TotalDays);
        return 0.5 + 0.5 * Math.Exp(-ageDays / RecencyHalfLifeDays);
    }

    public static RankedCandidate Score(StreamCandidate candidate, ShopperSnapshot snapshot)
    {
        var weight = KindWeight(candidate.Kind);
        var recency = Recency(candidate.SignalAtUtc, snapshot.NowUtc);
        var damping = snapshot.Fewer.Contains(candidate.Kind) ? FewerDamping : 1;
        var relevance = Math.Clamp(candidate.Relevance, 0, 1);
        return new RankedCandidate(candidate, weight * relevance * recency * damping, weight, recency, damping);
    }

    public static IReadOnlyList<RankedCandidate> Rank(ShopperSnapshot snapshot, IEnumerable<StreamCandidate> candidates, int take)
    {
        var best = new Dictionary<int, RankedCandidate>();
        foreach (var candidate in candidates)
        {
            if (snapshot.Dismissed.Contains(candidate.Key) || snapshot.Product(candidate.ProductId) is not { InStock: true })
            {
                continue;
            }
            var ranked = Score(candidate, snapshot);
            if (!best.TryGetValue(candidate.ProductId, out var other) || Before(ranked, other))
            {
                best[candidate.ProductId] = ranked;
            }
        }

        var pool = best.Values.OrderByDescending(r => r.Score).ThenBy(r => r.Kind).ThenBy(r => r.ProductId).ToList();
        var result = new List<RankedCandidate>(Math.Min(take, pool.Count));
        while (result.Count < take && pool.Count > 0)
        {
            var index = pool.FindIndex(r => !ExtendsRun(result, r, snapshot));
            // When only cards that would extend a run are left, diversity gives way to filling the stream.
            var next = pool[index < 0 ? 0 : index];
            pool.Remove(next);
            result.Add(next);
        }
        return result;
    }

    private static bool Before(RankedCandidate a, RankedCandidate b) =>
        a.Score > b.Score || (a.Score == b.Score && a.Kind < b.Kind);

    private static bool ExtendsRun(List<RankedCandidate> placed, RankedCandidate next, ShopperSnapshot snapshot)
    {
        if (placed.Count < MaxRun)
        {
            return false;
        }
        var tail = placed.Skip(placed.Count - MaxRun).ToList();
        var brand = snapshot.Product(next.ProductId)!.BrandId;
        return tail.All(r => r.Kind == next.Kind) || tail.All(r => snapshot.Product(r.ProductId)!.BrandId == brand);
    }
}
