namespace Storefront.Features.Loyalty;

/// <summary>Points arithmetic and tiers; no I/O.</summary>
public static class LoyaltyRules
{
    /// <summary>Points for an order: per full euro paid for the goods (its total without shipping).</summary>
    public static int PointsFor(long totalCents, long shippingCents, LoyaltyOptions options) =>
        (int)Math.Max(0, (totalCents - shippingCents) / 100) * options.PointsPerEuro;

    /// <summary>The highest tier these points reach; null = base membership.</summary>
    public static LoyaltyTier? TierFor(int tierPoints, LoyaltyOptions options) => options.Tiers.LastOrDefault(t => tierPoints >= t.MinPoints);

    public static LoyaltyTier? NextTier(int tierPoints, LoyaltyOptions options) => options.Tiers.FirstOrDefault(t => tierPoints < t.MinPoints);

    /// <summary>How many points may go into an order: no more than owned, and no more than the goods cost after the voucher.</summary>
    public static int MaxRedeemable(int balance, long payableGoodsCents, LoyaltyOptions options) =>
        (int)Math.Clamp(Math.Min(balance, payableGoodsCents / options.PointValueCents), 0, int.MaxValue);
}

/// <summary>An account's points: what it can spend, what counts for its tier, and the tiers around it.</summary>
public sealed record LoyaltyStanding(int Balance, int TierPoints, LoyaltyTier? Tier, LoyaltyTier? NextTier, int PointValueCents)
{
    public static LoyaltyStanding None(LoyaltyOptions o) => new(0, 0, null, LoyaltyRules.NextTier(0, o), o.PointValueCents);
    public long BalanceValueCents => (long)Balance * PointValueCents;
    public int PointsToNextTier => NextTier is null ? 0 : NextTier.MinPoints - TierPoints;
}
