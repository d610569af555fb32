using Storefront.Features.Loyalty;
using Storefront.Features.Stream;
using Storefront.Features.Stream.Sets;
using Storefront.Features.Stream.Sources;

namespace Storefront.Tests.Features.Stream;

/// <summary>The set, loyalty, "your size" and editorial sources and the ranker's rules for them, over hand-made snapshots.</summary>
public sealed class StreamCardSourceTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Dictionary<int, string> Slugs = new()
    {
        [1] = "fashion", [4] = "everyday", [10] = "t-shirts", [11] = "jeans", [12] = "sneakers", [13] = "jackets", [20] = "cat-litter",
    };

    private static ProductFact Fact(int id, int category, int brand = 1, int sold = 0, bool inStock = true, int department = 1) =>
        new(id, $"p-{id}", $"Product {id}", $"Produkt {id}", brand, $"Brand {brand}", category, department, "Fashion", "Mode", Now.AddDays(-100),
            2000 + id, id * 10, inStock, sold, $"products/{id}.svg", $"Alt {id}", $"Alt {id}", false, null, 0);

    private static PieceVariant Var(int product, int n, string size, int stock = 5) => new(product * 10 + n, product, size, "Navy", "Marineblau", stock, 2000 + product);

    /// <summary>Bought a T-shirt (1) ten days ago; jeans 2 and 5, sneakers 3, jacket 4 on offer; cat litter 6.</summary>
    private static ShopperSnapshot Outfit(Func<ShopperSnapshot, ShopperSnapshot>? change = null)
    {
        var products = new[] { Fact(1, 10), Fact(2, 11, sold: 30), Fact(3, 12, sold: 20), Fact(4, 13, sold: 10), Fact(5, 11, sold: 5), Fact(6, 20, department: 4) }
            .ToDictionary(p => p.Id);
        var snapshot = ShopperSnapshot.ColdStart(Now, [], products) with
        {
            Purchases = [new PurchasedLine(1, 1, 10, 1, Now.AddDays(-10), "M", 3, 2001)],
        };
        snapshot = snapshot with
        {
            IsSignedIn = true,
            CategorySlugs = Slugs,
            SizedCategories = new HashSet<int> { 10, 11, 12, 13 },
            PieceVariants = new Dictionary<int, IReadOnlyList<PieceVariant>>
            {
                [2] = [Var(2, 1, "S"), Var(2, 2, "M")], [3] = [Var(3, 1, "42"), Var(3, 2, "43")], [4] = [Var(4, 1, "M")], [5] = [Var(5, 1, "M"), Var(5, 2, "L")],
            },
        };
        return change is null ? snapshot : change(snapshot);
    }

    [Fact]
    public void A_bought_t_shirt_starts_an_outfit_of_jacket_jeans_and_shoes_in_the_size_bought_before()
    {
        var candidate = Assert.Single(new CompleteTheSetSource().Propose(Outfit()));
        var plan = SetBuilder.Plan(Outfit(), candidate.ProductId)!;

        Assert.Equal((1, "WhySetBought", "Product 1"), (candidate.ProductId, candidate.Why.TextKey, candidate.Why.NameEn));
        Assert.Equal(["layer", "bottom", "shoes"], plan.Slots.Select(s => s.Name));
        Assert.Equal([2, 5], plan.Slots.Single(s => s.Name == "bottom").Options.Select(o => o.ProductId)); // best-selling first
        Assert.Equal(22, plan.Slots.Single(s => s.Name == "bottom").Options[0].SuggestedVariantId); // size M, as the T-shirt
        Assert.DoesNotContain(plan.OfferedVariants, v => v.ProductId is 1 or 6);
    }

    [Fact]
    public void With_a_fit_profile_the_set_offers_only_pieces_in_stock_in_the_shoppers_size()
    {
        var snapshot = Outfit(s => s with
        {
            HasFitProfile = true,
            YourSizes = new Dictionary<int, string> { [2] = "L", [5] = "L", [4] = "M" },
        });

        var plan = SetBuilder.Plan(snapshot, 1)!;

        var bottom = Assert.Single(plan.Slots.Single(s => s.Name == "bottom").Options);
        Assert.Equal((5, 52), (bottom.ProductId, bottom.SuggestedVariantId)); // jeans 2 has no L; jeans 5 only in L
        Assert.All(bottom.Variants, v => Assert.Equal("L", v.Size));
    }

    [Fact]
    public void No_set_without_an_anchor_that_starts_one_or_with_fewer_than_two_slots()
    {
        var litterOnly = Outfit(s => s with { Purchases = [new PurchasedLine(1, 6, 60, 1, Now.AddDays(-3), "10 l", 3, 900)] });
        var onlyJeans = Outfit(s => s with
        {
            PieceVariants = new Dictionary<int, IReadOnlyList<PieceVariant>> { [2] = [Var(2, 1, "M")] },
        });

        Assert.Empty(new CompleteTheSetSource().Propose(litterOnly));
        Assert.Empty(new CompleteTheSetSource().Propose(onlyJeans));
        Assert.Empty(new CompleteTheSetSource().Propose(ShopperSnapshot.ColdStart(Now, [], new Dictionary<int, ProductFact>())));
    }

    private static LoyaltyStanding Standing(int points, LoyaltyTier? tier, LoyaltyTier? next) => new(points, points, tier, next, 1);

    [Fact]
    public void The_loyalty_card_names_the_next_tier_and_grows_more_relevant_near_it()
    {
        var silver = new LoyaltyTier { Name = "Silver", MinPoints = 500, FreeShippingThresholdCents = 3500 };
        var gold = new LoyaltyTier { Name = "Gold", MinPoints = 1500, FreeShippingThresholdCents = 0 };
        var far = Outfit(s => s with { Loyalty = Standing(50, null, silver) });
        var near = Outfit(s => s with { Loyalty = Standing(450, null, silver) });
        var top = Outfit(s => s with { Loyalty = Standing(2000, gold, null) });

        var farCard = Assert.Single(new LoyaltySource().Propose(far));
        var nearCard = Assert.Single(new LoyaltySource().Propose(near));
        var topCard = Assert.Single(new LoyaltySource().Propose(top));

        Assert.Equal(("WhyLoyaltyNext", "Silver", 450), (farCard.Why.TextKey, farCard.Why.NameEn, farCard.Why.A));
        Assert.True(nearCard.Relevance > farCard.Relevance);
        Assert.Equal(("WhyLoyaltyTop", "Gold"), (topCard.Why.TextKey, topCard.Why.NameEn));
        Assert.Equal(StreamCardKeys.For(StreamCardKind.Loyalty, 1), topCard.Key);
        Assert.Empty(new LoyaltySource().Propose(far with { IsSignedIn = false }));
    }

    [Fact]
    public void The_your_size_prompt_shows_to_signed_in_shoppers_of_sized_products_without_a_profile()
    {
        Assert.Single(new YourSizeSource().Propose(Outfit()));
        Assert.Empty(new YourSizeSource().Propose(Outfit(s => s with { HasFitProfile = true })));
        Assert.Empty(new YourSizeSource().Propose(Outfit(s => s with { IsSignedIn = false })));
        Assert.Empty(new YourSizeSource().Propose(Outfit(s => s with { Purchases = [new PurchasedLine(1, 6, 60, 1, Now.AddDays(-3), "10 l", 3, 900)] })));
    }

    [Fact]
    public void Product_cards_not_in_stock_in_the_shoppers_size_are_left_out()
    {
        var snapshot = Outfit(s => s with { HasFitProfile = true, NotInYourSize = new HashSet<int> { 2 } });
        StreamCandidate Trending(int id) => new(StreamCardKind.Trending, id, 0.9, Now, new StreamReason("WhyTrending"));

        var ranked = StreamRanker.Rank(snapshot, [Trending(2), Trending(3)], 10);

        Assert.Equal([3], ranked.Select(r => r.ProductId));
    }

    [Fact]
    public void Cards_without_a_product_rank_by_key_count_for_kind_runs_but_not_for_brand_runs()
    {
        var snapshot = Outfit();
        StreamCandidate Similar(int id) => new(StreamCardKind.Similar, id, 0.9, Now, new StreamReason("WhySimilarBought"));
        StreamCandidate Editorial(int id, double relevance) => new(StreamCardKind.Editorial, id, relevance, Now, new StreamReason("WhyEditorial"));

        var ranked = StreamRanker.Rank(snapshot,
            [Similar(2), Similar(3), Similar(4), Editorial(2, 0.95), Editorial(7, 0.94), Editorial(8, 0.93), Editorial(2, 0.5)], 10);

        Assert.Equal(6, ranked.Count); // editorial 2 once, with its better score
        Assert.Single(ranked, r => r.Kind == StreamCardKind.Editorial && r.ProductId == 2);
        for (var i = 2; i < ranked.Count; i++)
        {
            Assert.False(ranked[i].Kind == ranked[i - 1].Kind && ranked[i].Kind == ranked[i - 2].Kind, "three of a kind in a row");
        }
    }

    [Theory]
    [InlineData(EditorialAudience.Everyone, null, null, true, true)]
    [InlineData(EditorialAudience.Anonymous, null, null, false, true)]
    [InlineData(EditorialAudience.SignedIn, null, null, true, false)]
    [InlineData(EditorialAudience.DepartmentBuyers, 1, null, true, false)]
    [InlineData(EditorialAudience.DepartmentBuyers, 4, null, false, false)]
    [InlineData(EditorialAudience.CategoryBuyers, 10, null, true, false)]
    [InlineData(EditorialAudience.CategoryBuyers, 11, null, false, false)]
    [InlineData(EditorialAudience.FavouriteBrand, 7, null, true, false)]
    [InlineData(EditorialAudience.FavouriteBrand, 8, null, false, false)]
    [InlineData(EditorialAudience.LoyaltyTier, null, "silver", true, false)]
    [InlineData(EditorialAudience.LoyaltyTier, null, "Gold", false, false)]
    public void Editorial_cards_reach_their_audience(EditorialAudience audience, int? target, string? tier, bool shopperSees, bool visitorSees)
    {
        var card = new EditorialFact(3, EditorialKind.Story, "T", "T", "B", "B", null, null, audience, target, tier, Now.AddDays(-1));
        var shopper = Outfit(s => s with
        {
            Editorials = [card],
            FavouriteBrands = new Dictionary<int, DateTime> { [7] = Now.AddDays(-5) },
            Loyalty = Standing(600, new LoyaltyTier { Name = "Silver", MinPoints = 500 }, null),
        });
        var visitor = ShopperSnapshot.ColdStart(Now, [], shopper.Products) with { Editorials = [card] };

        Assert.Equal(shopperSees, new EditorialSource().Propose(shopper).Any(c => c.ProductId == 3));
        Assert.Equal(visitorSees, new EditorialSource().Propose(visitor).Any(c => c.ProductId == 3));
    }
}
