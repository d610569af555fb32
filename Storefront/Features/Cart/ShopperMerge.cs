using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog.ProductPage;
using Storefront.Features.Checkout;
using Storefront.Features.Signals;
using Storefront.Features.SizeAdvisor;
using Storefront.Features.Stream;

namespace Storefront.Features.Cart;

/// <summary>What a merge moved, for logs and tests.</summary>
public sealed record MergeOutcome(int CartLines, int Favourites, int Events)
{
    public static readonly MergeOutcome Nothing = new(0, 0, 0);
}

/// <summary>
/// At sign-in, everything a visitor collected under their anonymous id moves to their account, once and in one
/// transaction: cart lines add up (capped at stock and <see cref="CartService.MaxQuantityPerLine"/>), favourites
/// are united, the fit profile and back-in-stock requests move (SizeAdvisor), the shipping address entered in checkout
/// moves to the account's checkout, and their events (which also make up "recently viewed"), stream marks (dismissals)
/// and review votes are re-keyed. Saved addresses belong to the account already, so every device sees them.
/// </summary>
public sealed class ShopperMerge(
    IDbContextFactory<StorefrontDb> dbFactory,
    ShopperSignals signals,
    TimeProvider time,
    ILogger<ShopperMerge> logger)
{
    private static readonly TimeSpan FlushTimeout = TimeSpan.FromSeconds(2);

    public async Task<MergeOutcome> MergeAsync(string anonymousKey, string userKey, CancellationToken ct = default)
    {
        if (!anonymousKey.StartsWith("a:", StringComparison.Ordinal) || !userKey.StartsWith("u:", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Expected an anonymous key and a user key, got '{anonymousKey}' and '{userKey}'.");
        }
        await FlushQueuedSignalsAsync(ct);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var lines = await MergeCartAsync(db, anonymousKey, userKey, ct);
        var favourites = await MergeFavouritesAsync(db, anonymousKey, userKey, ct);
        await FitProfiles.MergeAsync(db, anonymousKey, userKey, ct);
        await BackInStockRequests.MergeAsync(db, anonymousKey, userKey, ct);
        await CheckoutSessionMerge.MergeAsync(db, anonymousKey, userKey, time.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
        var events = await db.ShopperEvents
            .Where(e => e.OwnerKey == anonymousKey)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.OwnerKey, userKey), ct);
        await StreamMarks.MergeAsync(db, anonymousKey, userKey, ct);
        await ReviewVoteMerge.MergeAsync(db, anonymousKey, userKey, ct);
        await transaction.CommitAsync(ct);
        return new MergeOutcome(lines, favourites, events);
    }

    /// <summary>
    /// The hook for the Identity application cookie's OnSignedIn event: it fires for every way of signing in
    /// (password, passkey, two-factor, external login, registration). A failed merge is logged and never blocks the
    /// sign-in; the anonymous cookie then stays, so the next sign-in tries again.
    /// </summary>
    public static async Task OnSignedInAsync(CookieSignedInContext context)
    {
        var services = context.HttpContext.RequestServices;
        var shopper = services.GetRequiredService<ShopperContext>();
        if (shopper.AnonymousKeyFromCookie is not { } anonymousKey
            || context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return;
        }
        var merge = services.GetRequiredService<ShopperMerge>();
        var logger = services.GetRequiredService<ILogger<ShopperMerge>>();
        try
        {
            var outcome = await merge.MergeAsync(anonymousKey, ShopperContext.UserKey(userId), context.HttpContext.RequestAborted);
            shopper.ForgetAnonymous();
            logger.LogInformation("Merged {Outcome} from an anonymous shopper into user {UserId}", outcome, userId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not merge the anonymous shopper into user {UserId}", userId);
        }
    }

    private async Task FlushQueuedSignalsAsync(CancellationToken ct)
    {
        // Events still queued under the anonymous key would miss the re-keying; wait briefly for them.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(FlushTimeout);
        try
        {
            await signals.FlushAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("Shopper signals were not flushed within {Timeout} before a merge", FlushTimeout);
        }
    }

    private async Task<int> MergeCartAsync(StorefrontDb db, string anonymousKey, string userKey, CancellationToken ct)
    {
        var carts = await db.Carts.Include(c => c.Lines)
            .Where(c => c.OwnerKey == anonymousKey || c.OwnerKey == userKey)
            .ToListAsync(ct);
        var anonymous = carts.FirstOrDefault(c => c.OwnerKey == anonymousKey);
        if (anonymous is null)
        {
            return 0;
        }
        var account = carts.FirstOrDefault(c => c.OwnerKey == userKey);
        if (account is null)
        {
            account = new ShoppingCart { OwnerKey = userKey };
            db.Carts.Add(account);
        }
        account.VoucherCode ??= anonymous.VoucherCode;
        var variantIds = anonymous.Lines.Select(l => l.VariantId).ToList();
        var variants = await db.Variants.AsNoTracking()
            .Where(v => variantIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Stock, v.Product!.IsArchived })
            .ToDictionaryAsync(v => v.Id, ct);
        var moved = 0;
        foreach (var line in anonymous.Lines)
        {
            var variant = variants.GetValueOrDefault(line.VariantId);
            var limit = variant is null || variant.IsArchived ? 0 : Math.Min(variant.Stock, CartService.MaxQuantityPerLine);
            var existing = account.Lines.FirstOrDefault(l => l.VariantId == line.VariantId);
            var wanted = Math.Min((existing?.Quantity ?? 0) + line.Quantity, limit);
            if (existing is not null)
            {
                // Never lower what the account already had; the cart page flags lines above stock.
                existing.Quantity = Math.Max(existing.Quantity, wanted);
                moved++;
            }
            else if (wanted > 0)
            {
                account.Lines.Add(new CartLine { VariantId = line.VariantId, Quantity = wanted, AddedAtUtc = line.AddedAtUtc });
                moved++;
            }
        }
        account.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        db.Carts.Remove(anonymous);
        return moved;
    }

    private static async Task<int> MergeFavouritesAsync(StorefrontDb db, string anonymousKey, string userKey, CancellationToken ct)
    {
        var favourites = await db.Favourites
            .Where(f => f.OwnerKey == anonymousKey || f.OwnerKey == userKey)
            .ToListAsync(ct);
        var accountHas = favourites.Where(f => f.OwnerKey == userKey).Select(f => (f.ProductId, f.BrandId)).ToHashSet();
        var moved = 0;
        foreach (var favourite in favourites.Where(f => f.OwnerKey == anonymousKey))
        {
            if (accountHas.Add((favourite.ProductId, favourite.BrandId)))
            {
                favourite.OwnerKey = userKey;
                moved++;
            }
            else
            {
                db.Favourites.Remove(favourite);
            }
        }
        return moved;
    }
}
