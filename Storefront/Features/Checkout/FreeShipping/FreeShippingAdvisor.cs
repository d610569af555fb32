using Microsoft.EntityFrameworkCore;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Checkout.Vouchers;
using Storefront.Features.Loyalty;
using Microsoft.Extensions.Options;
using Storefront.Features.Signals;
using Storefront.Localization;

namespace Storefront.Features.Checkout.FreeShipping;

/// <summary>A product that would close the gap to free shipping, with the variant the add button puts in the cart.</summary>
public sealed record GapSuggestion(int ProductId, string ProductSlug, string ProductName, string ImagePath, int VariantId, string Size, Money Price);

/// <summary>What the free-shipping bar shows: how far the cart is from free shipping and what would close the gap.</summary>
public sealed record FreeShippingView(FreeShippingProgress Progress, IReadOnlyList<GapSuggestion> Suggestions);

/// <summary>
/// Feeds the free-shipping bar. Suggestions are in stock, not in the cart, not members-only right now, priced from
/// the gap up (closest first; cheaper ones only if nothing closes it), and either unsized or in a size the shopper
/// already has in the cart, so one click never guesses a size. Records when the bar was shown below the threshold
/// and when the shopper crossed it, for the merchant's KPI.
/// </summary>
public sealed class FreeShippingAdvisor(
    IDbContextFactory<StorefrontDb> dbFactory, ShippingRules shipping, ShopperSignals signals, IOptions<LoyaltyOptions> loyalty, TimeProvider clock)
{
    public const int MaxSuggestions = 3;
    public const string OneSize = "One size";

    /// <summary>A shopper who saw the bar this long ago without crossing counts as a new exposure.</summary>
    public static readonly TimeSpan ExposureWindow = TimeSpan.FromMinutes(30);

    public async Task<FreeShippingView> ForCartAsync(string? ownerKey, CartView cart, string? recordAs = null, CancellationToken ct = default)
    {
        if (cart.Lines.Count == 0)
        {
            return new FreeShippingView(shipping.Progress(cart.Subtotal), []);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tierThreshold = await LoyaltyLedger.FreeShippingThresholdAsync(db, ownerKey, clock.GetUtcNow().UtcDateTime, loyalty.Value, ct);
        var progress = shipping.Progress(cart.Subtotal, tierThreshold);
        if (cart.VoucherCode is { } code && !progress.Unlocked
            && await VoucherService.EvaluateAsync(db, code, cart.Subtotal.Cents, null, clock.GetUtcNow().UtcDateTime, ct) is { Applies: true, FreeShipping: true })
        {
            // The voucher, not the bar, made shipping free: nothing to suggest and nothing for the bar's KPI.
            return new FreeShippingView(progress with { WaivedByVoucher = true }, []);
        }
        if (recordAs is not null && ownerKey is not null)
        {
            await RecordAsync(db, ownerKey, progress, recordAs, ct);
        }
        var suggestions = progress.Unlocked ? [] : await SuggestAsync(db, cart, progress.Remaining, ct);
        return new FreeShippingView(progress, suggestions);
    }

    private async Task<IReadOnlyList<GapSuggestion>> SuggestAsync(StorefrontDb db, CartView cart, Money gap, CancellationToken ct)
    {
        var inCart = cart.Lines.Select(l => l.ProductId).Distinct().ToList();
        var sizes = cart.Lines.Select(l => l.Size).Append(OneSize).Distinct().ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var ceiling = gap.Cents * 2 + 1000;
        var candidates = await db.Variants.AsNoTracking()
            .Where(v => v.Stock > 0 && v.PriceCents <= ceiling && sizes.Contains(v.Size) && !inCart.Contains(v.ProductId)
                && !v.Product!.IsArchived && (v.Product.MembersEarlyUntilUtc == null || v.Product.MembersEarlyUntilUtc <= now))
            // Closing the gap first (nearest above it), then the dearest of those below it.
            .OrderBy(v => v.PriceCents >= gap.Cents ? 0 : 1)
            .ThenBy(v => v.PriceCents >= gap.Cents ? v.PriceCents : -v.PriceCents)
            .ThenBy(v => v.Id)
            .Select(v => new
            {
                v.ProductId, v.Product!.Slug, v.Product.NameEn, v.Product.NameDe, v.Id, v.Size, v.PriceCents,
                Image = v.Product.Images.OrderBy(i => i.SortOrder).Select(i => i.Path).FirstOrDefault(),
            })
            .Take(20)
            .ToListAsync(ct);
        return candidates.DistinctBy(c => c.ProductId).Take(MaxSuggestions)
            .Select(c => new GapSuggestion(c.ProductId, c.Slug, Cultures.Pick(c.NameEn, c.NameDe), c.Image ?? "", c.Id, c.Size, new Money(c.PriceCents)))
            .ToList();
    }

    private async Task RecordAsync(StorefrontDb db, string ownerKey, FreeShippingProgress progress, string context, CancellationToken ct)
    {
        var last = await db.ShopperEvents.AsNoTracking()
            .Where(e => e.OwnerKey == ownerKey && (e.Kind == ShopperEventKind.FreeShippingBarShown || e.Kind == ShopperEventKind.FreeShippingBarCrossed))
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Select(e => new { e.Kind, e.AtUtc })
            .FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (progress.Unlocked)
        {
            if (last?.Kind == ShopperEventKind.FreeShippingBarShown)
            {
                signals.Funnel(ownerKey, ShopperEventKind.FreeShippingBarCrossed, context);
            }
        }
        else if (last is null || last.Kind == ShopperEventKind.FreeShippingBarCrossed || now - last.AtUtc > ExposureWindow)
        {
            signals.Funnel(ownerKey, ShopperEventKind.FreeShippingBarShown, $"{context}:{progress.Remaining.Cents}");
        }
    }
}
