namespace Storefront.Features.Catalog.ProductPage;

/// <summary>The delivery lead times of the "Shipping" section of appsettings.json (other Shipping keys belong to checkout).</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Shipping";

    /// <summary>IANA id of the warehouse's time zone; the cutoff and the calendar days are counted there.</summary>
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>Orders placed before this hour (local time) on a working day leave the warehouse the same day.</summary>
    public int DispatchCutoffHour { get; set; } = 14;

    /// <summary>Working days the carrier needs at least / at most after dispatch.</summary>
    public int StandardLeadDaysMin { get; set; } = 1;

    public int StandardLeadDaysMax { get; set; } = 2;

    public bool IsValid(out string? problem)
    {
        problem = DispatchCutoffHour is < 1 or > 24 ? "Shipping:DispatchCutoffHour must be between 1 and 24."
            : StandardLeadDaysMin is < 0 or > 30 ? "Shipping:StandardLeadDaysMin must be between 0 and 30."
            : StandardLeadDaysMax < StandardLeadDaysMin || StandardLeadDaysMax > 30 ? "Shipping:StandardLeadDaysMax must be between StandardLeadDaysMin and 30."
            : !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _) ? $"Shipping:TimeZone '{TimeZone}' is not a known time zone."
            : null;
        return problem is null;
    }
}

/// <summary>The "SocialProof" section: when "N people bought this" may be shown.</summary>
public sealed class SocialProofOptions
{
    public const string Section = "SocialProof";

    /// <summary>Fewer distinct buyers than this and nothing is shown (a "1 person bought this" helps nobody).</summary>
    public int MinimumBuyers { get; set; } = 3;

    public int WindowDays { get; set; } = 7;

    public bool IsValid(out string? problem)
    {
        problem = MinimumBuyers < 1 ? "SocialProof:MinimumBuyers must be at least 1."
            : WindowDays is < 1 or > 365 ? "SocialProof:WindowDays must be between 1 and 365."
            : null;
        return problem is null;
    }
}
