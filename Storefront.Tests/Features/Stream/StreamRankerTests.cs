using Storefront.Features.Stream;

namespace Storefront.Tests.Features.Stream;

public sealed class StreamRankerTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void No_more_than_two_cards_of_one_kind_follow_each_other_while_others_are_left()
    {
        var snapshot = Snapshot(Enumerable.Range(1, 12).Select(id => Fact(id, brandId: id)));
        var candidates = Enumerable.Range(1, 8).Select(id => Candidate(StreamCardKind.Similar, id, 0.9))
            .Concat(Enumerable.Range(9, 4).Select(id => Candidate(StreamCardKind.Trending, id, 0.9)));

        var ranked = StreamRanker.Rank(snapshot, candidates, 12);

        var kinds = ranked.Select(r => r.Kind).ToList();
        Assert.Equal(12, kinds.Count);
        // 8 similar and 4 trending: runs of two until the trending cards are used up, then the rest fills.
        Assert.Equal([StreamCardKind.Similar, StreamCardKind.Similar, StreamCardKind.Trending], kinds.Take(3));
        Assert.DoesNotContain(Enumerable.Range(0, 9), i => kinds[i] == kinds[i + 1] && kinds[i + 1] == kinds[i + 2]);
    }

    [Fact]
    public void No_more_than_two_cards_of_one_brand_follow_each_other_while_others_are_left()
    {
        var snapshot = Snapshot(Enumerable.Range(1, 6).Select(id => Fact(id, brandId: id <= 4 ? 7 : id)));
        var candidates = new[]
        {
            Candidate(StreamCardKind.Rebuy, 1, 1), Candidate(StreamCardKind.PriceDrop, 2, 1), Candidate(StreamCardKind.Similar, 3, 1),
            Candidate(StreamCardKind.Trending, 4, 1), Candidate(StreamCardKind.Trending, 5, 0.1), Candidate(StreamCardKind.Trending, 6, 0.1),
        };

        var ranked = StreamRanker.Rank(snapshot, candidates, 6);

        Assert.Equal([1, 2, 5, 3], ranked.Take(4).Select(r => r.ProductId));
    }

    [Fact]
    public void Each_product_appears_once_with_its_best_scoring_card()
    {
        var snapshot = Snapshot([Fact(1), Fact(2)]);
        var candidates = new[]
        {
            Candidate(StreamCardKind.Trending, 1, 1), Candidate(StreamCardKind.Rebuy, 1, 0.9), Candidate(StreamCardKind.Similar, 2, 0.5),
        };

        var ranked = StreamRanker.Rank(snapshot, candidates, 10);

        Assert.Equal([(StreamCardKind.Rebuy, 1), (StreamCardKind.Similar, 2)], ranked.Select(r => (r.Kind, r.ProductId)));
    }

    [Fact]
    public void Dismissed_cards_and_sold_out_products_are_left_out()
    {
        var snapshot = Snapshot([Fact(1), Fact(2), Fact(3, inStock: false)]) with
        {
            Dismissed = new HashSet<string> { StreamCardKeys.For(StreamCardKind.PriceDrop, 1) },
        };
        var candidates = new[]
        {
            Candidate(StreamCardKind.PriceDrop, 1, 1), Candidate(StreamCardKind.Trending, 2, 1), Candidate(StreamCardKind.Rebuy, 3, 1),
        };

        var ranked = StreamRanker.Rank(snapshot, candidates, 10);

        Assert.Equal([2], ranked.Select(r => r.ProductId));
    }

    [Fact]
    public void A_dismissed_card_does_not_hide_the_product_from_another_kind()
    {
        var snapshot = Snapshot([Fact(1)]) with { Dismissed = new HashSet<string> { "pricedrop-1" } };

        var ranked = StreamRanker.Rank(snapshot, [Candidate(StreamCardKind.PriceDrop, 1, 1), Candidate(StreamCardKind.Trending, 1, 1)], 10);

        Assert.Equal(StreamCardKind.Trending, Assert.Single(ranked).Kind);
    }

    [Fact]
    public void Show_fewer_damps_a_kind_below_the_others()
    {
        var candidates = new[] { Candidate(StreamCardKind.PriceDrop, 1, 1), Candidate(StreamCardKind.Similar, 2, 1) };
        var plain = Snapshot([Fact(1), Fact(2)]);
        var fewer = plain with { Fewer = new HashSet<StreamCardKind> { StreamCardKind.PriceDrop } };

        Assert.Equal([1, 2], StreamRanker.Rank(plain, candidates, 10).Select(r => r.ProductId));
        var damped = StreamRanker.Rank(fewer, candidates, 10);
        Assert.Equal([2, 1], damped.Select(r => r.ProductId));
        Assert.Equal(StreamRanker.FewerDamping, damped[1].Damping);
    }

    [Fact]
    public void Score_is_kind_weight_times_relevance_times_recency()
    {
        var snapshot = Snapshot([Fact(1)]);
        var candidate = Candidate(StreamCardKind.Similar, 1, 0.8, signalAt: Now.AddDays(-14));

        var ranked = StreamRanker.Score(candidate, snapshot);

        var recency = 0.5 + 0.5 * Math.Exp(-1);
        Assert.Equal(recency, ranked.Recency, 9);
        Assert.Equal(StreamRanker.KindWeight(StreamCardKind.Similar) * 0.8 * recency, ranked.Score, 9);
    }

    [Fact]
    public void Fresher_signals_rank_above_older_ones_of_the_same_strength()
    {
        var snapshot = Snapshot([Fact(1), Fact(2)]);
        var candidates = new[]
        {
            Candidate(StreamCardKind.Similar, 1, 0.8, signalAt: Now.AddDays(-20)),
            Candidate(StreamCardKind.Similar, 2, 0.8, signalAt: Now.AddDays(-1)),
        };

        Assert.Equal([2, 1], StreamRanker.Rank(snapshot, candidates, 10).Select(r => r.ProductId));
    }

    [Fact]
    public void The_same_snapshot_gives_the_same_stream()
    {
        var snapshot = Snapshot(Enumerable.Range(1, 30).Select(id => Fact(id, brandId: id % 3)));
        var candidates = Enumerable.Range(1, 30)
            .Select(id => Candidate((StreamCardKind)(1 + id % 7), id, 0.5 + id % 4 * 0.1, Now.AddDays(-(id % 5))))
            .ToList();

        var first = StreamRanker.Rank(snapshot, candidates, 20);
        var second = StreamRanker.Rank(snapshot, candidates.AsEnumerable().Reverse(), 20);

        Assert.Equal(first.Select(r => r.Candidate.Key), second.Select(r => r.Candidate.Key));
    }

    internal static ProductFact Fact(int id, int brandId = 1, int categoryId = 1, long priceCents = 1000, bool inStock = true) =>
        new(id, $"p-{id}", $"Product {id}", $"Produkt {id}", brandId, $"Brand {brandId}", categoryId, 100, "Bikes", "Räder", Now.AddDays(-100),
            priceCents, id * 10, inStock, 0, "products/p.svg", "alt", "alt", false, null, 0);

    internal static ShopperSnapshot Snapshot(IEnumerable<ProductFact> facts) =>
        ShopperSnapshot.ColdStart(Now, [], facts.ToDictionary(f => f.Id));

    private static StreamCandidate Candidate(StreamCardKind kind, int productId, double relevance, DateTime? signalAt = null) =>
        new(kind, productId, relevance, signalAt ?? Now, new StreamReason("WhyTrending"));
}
