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
/// Then: dismissed cards, sold-out products and products not in stock in the shopper's size are dropped, each product appears once (its best card), and no more
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
        // The cards that are not about one product: worth a place near the top, never above what the shopper's own
        // signals point at (a due re-buy, a price drop, something back in stock).
        StreamCardKind.CompleteTheSet => 0.65,
        StreamCardKind.Editorial => 0.6,
        StreamCardKind.YourSize => 0.6,
        StreamCardKind.Loyalty => 0.55,
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
        // Product cards compete per product (each product once); the other kinds per card key.
        var best = new Dictionary<string, RankedCandidate>();
        foreach (var candidate in candidates)
        {
            var aboutProduct = StreamCardKinds.IsAboutProduct(candidate.Kind);
            if (snapshot.Dismissed.Contains(candidate.Key)
                || (aboutProduct && (snapshot.Product(candidate.ProductId) is not { InStock: true } || snapshot.NotInYourSize.Contains(candidate.ProductId))))
            {
                continue;
            }
            var ranked = Score(candidate, snapshot);
            var slot = aboutProduct ? $"p{candidate.ProductId}" : candidate.Key;
            if (!best.TryGetValue(slot, out var other) || Before(ranked, other))
            {
                best[slot] = ranked;
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

    /// <summary>Only product cards have a brand.</summary>
    private static int? BrandOf(RankedCandidate ranked, ShopperSnapshot snapshot) =>
        StreamCardKinds.IsAboutProduct(ranked.Kind) ? snapshot.Product(ranked.ProductId)?.BrandId : null;

    private static bool ExtendsRun(List<RankedCandidate> placed, RankedCandidate next, ShopperSnapshot snapshot)
    {
        if (placed.Count < MaxRun)
        {
            return false;
        }
        var tail = placed.Skip(placed.Count - MaxRun).ToList();
        if (tail.All(r => r.Kind == next.Kind))
        {
            return true;
        }
        var brand = BrandOf(next, snapshot);
        return brand is not null && tail.All(r => BrandOf(r, snapshot) == brand);
    }
}
