using Storefront.Features.Loyalty;

namespace Storefront.Tests.Features.Loyalty;

public sealed class LoyaltyRulesTests
{
    private static readonly LoyaltyOptions Options = new()
    {
        PointsPerEuro = 1,
        PointValueCents = 1,
        Tiers = [new() { Name = "Silver", MinPoints = 500, FreeShippingThresholdCents = 3500 }, new() { Name = "Gold", MinPoints = 1500, FreeShippingThresholdCents = 0 }],
    };

    [Theory]
    [InlineData(5495, 495, 50)] // full euros of the goods only
    [InlineData(5499, 0, 54)]
    [InlineData(495, 495, 0)]
    [InlineData(0, 0, 0)]
    public void Earns_a_point_per_full_euro_of_goods(long total, long shipping, int points)
    {
        Assert.Equal(points, LoyaltyRules.PointsFor(total, shipping, Options));
    }

    [Theory]
    [InlineData(0, null, "Silver")]
    [InlineData(499, null, "Silver")]
    [InlineData(500, "Silver", "Gold")]
    [InlineData(1499, "Silver", "Gold")]
    [InlineData(1500, "Gold", null)]
    public void Places_points_in_the_highest_tier_they_reach(int points, string? tier, string? next)
    {
        Assert.Equal(tier, LoyaltyRules.TierFor(points, Options)?.Name);
        Assert.Equal(next, LoyaltyRules.NextTier(points, Options)?.Name);
    }

    [Theory]
    [InlineData(300, 10000, 300)]
    [InlineData(300, 200, 200)] // never more than the goods cost
    [InlineData(0, 200, 0)]
    [InlineData(-20, 200, 0)] // a negative balance (points spent, then an order cancelled) allows none
    public void Redeems_no_more_than_owned_nor_than_the_goods_cost(int balance, long payable, int max)
    {
        Assert.Equal(max, LoyaltyRules.MaxRedeemable(balance, payable, Options));
    }

    [Fact]
    public void Refuses_tiers_out_of_order()
    {
        var options = new LoyaltyOptions { Tiers = [new() { Name = "Gold", MinPoints = 1500 }, new() { Name = "Silver", MinPoints = 500 }] };

        Assert.False(options.IsValid());
        Assert.True(Options.IsValid());
    }
}
