namespace Storefront.Features.Loyalty;

/// <summary>The "Loyalty" section of appsettings.json: how points are earned and what they and the tiers are worth.</summary>
public sealed class LoyaltyOptions
{
    public const string Section = "Loyalty";

    /// <summary>Points per full euro paid for goods (after discounts, without shipping).</summary>
    public int PointsPerEuro { get; set; } = 1;

    /// <summary>What one point takes off an order, in cents.</summary>
    public int PointValueCents { get; set; } = 1;

    /// <summary>Tiers count the points earned in this many days.</summary>
    public int TierWindowDays { get; set; } = 365;

    /// <summary>Tiers above the base membership, lowest first.</summary>
    public List<LoyaltyTier> Tiers { get; set; } = [];

    public bool IsValid() =>
        PointsPerEuro >= 0 && PointValueCents > 0 && TierWindowDays > 0
        && Tiers.All(t => !string.IsNullOrWhiteSpace(t.Name) && t.MinPoints > 0 && t.FreeShippingThresholdCents is null or >= 0)
        && Tiers.Select(t => t.MinPoints).SequenceEqual(Tiers.Select(t => t.MinPoints).Order());
}

/// <summary>A tier and its benefit: a lower free-shipping threshold (0 = always free standard shipping).</summary>
public sealed class LoyaltyTier
{
    public string Name { get; set; } = "";
    public int MinPoints { get; set; }
    public long? FreeShippingThresholdCents { get; set; }
}
