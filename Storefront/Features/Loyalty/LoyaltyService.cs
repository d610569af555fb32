using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Data;

namespace Storefront.Features.Loyalty;

/// <summary>An account's points and tier, for the pages that show them.</summary>
public sealed class LoyaltyService(IDbContextFactory<StorefrontDb> dbFactory, IOptions<LoyaltyOptions> options, TimeProvider clock)
{
    public LoyaltyOptions Options => options.Value;

    public async Task<LoyaltyStanding> StandingAsync(string? userId, CancellationToken ct = default)
    {
        if (userId is null)
        {
            return LoyaltyStanding.None(Options);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LoyaltyLedger.StandingAsync(db, userId, clock.GetUtcNow().UtcDateTime, Options, ct);
    }

    /// <summary>The free-shipping threshold of the shopper's tier, when their tier lowers it.</summary>
    public async Task<long?> FreeShippingThresholdAsync(string? ownerKey, CancellationToken ct = default)
    {
        if (LoyaltyLedger.UserIdOf(ownerKey) is null)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LoyaltyLedger.FreeShippingThresholdAsync(db, ownerKey, clock.GetUtcNow().UtcDateTime, Options, ct);
    }

    /// <summary>What an order with these amounts will earn.</summary>
    public int PointsFor(long totalCents, long shippingCents) => LoyaltyRules.PointsFor(totalCents, shippingCents, Options);
}

public static class LoyaltyServiceCollectionExtensions
{
    /// <summary>Points per euro, redemption at checkout and tiers, configured in the "Loyalty" section.</summary>
    public static WebApplicationBuilder AddLoyalty(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LoyaltyOptions>().BindConfiguration(LoyaltyOptions.Section)
            .Validate(o => o.IsValid(), "The Loyalty section of appsettings.json is invalid: positive point value and window, tiers with names, ascending MinPoints.")
            .ValidateOnStart();
        builder.Services.AddScoped<LoyaltyService>();
        return builder;
    }
}
