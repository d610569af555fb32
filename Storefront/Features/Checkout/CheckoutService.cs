using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Data;
using Storefront.Features.Checkout.Payments;
using Storefront.Features.Loyalty;
using System.Globalization;
using Storefront.Features.Orders;
using Storefront.Features.Signals;

namespace Storefront.Features.Checkout;

/// <summary>
/// The checkout steps: keeps what the shopper entered in a <see cref="CheckoutSession"/> row per owner key (so a
/// reload, the back link or another tab keeps it), validates each step and finally pays and places the order.
/// </summary>
public sealed class CheckoutService(
    IDbContextFactory<StorefrontDb> dbFactory,
    AddressRules addresses,
    PaymentProviders payments,
    OrderPlacement placement,
    ShopperSignals signals,
    LoyaltyService loyalty,
    IStringLocalizer<CheckoutText> text,
    TimeProvider clock)
{
    /// <summary>The shopper's checkout so far. A signed-in shopper's contact step is done with the account's email.</summary>
    public async Task<CheckoutState> GetAsync(string? ownerKey, string? accountEmail, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(ownerKey))
        {
            return CheckoutState.Empty;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var s = await db.CheckoutSessions.AsNoTracking().FirstOrDefaultAsync(x => x.OwnerKey == ownerKey, ct);
        var state = s is null ? CheckoutState.Empty : new CheckoutState(
            s.Email, s.ContactDone, ShippingAddress.From(s.FullName, s.Street, s.PostalCode, s.City, s.Country), s.AddressDone,
            s.ShippingMethod, s.PaymentProvider, s.CardLast4, s.PaymentProvider is not null && s.PaymentToken is not null, s.IdempotencyKey);
        return accountEmail is null ? state : state with { Email = accountEmail, ContactDone = true };
    }

    public Task<StepResult> SaveContactAsync(string ownerKey, string? email, CancellationToken ct = default)
    {
        var trimmed = email?.Trim() ?? "";
        if (trimmed.Length is 0 or > 256 || !MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed || !trimmed.Contains('.'))
        {
            return Task.FromResult(StepResult.Fail("email", text["EmailInvalid"]));
        }
        return SaveAsync(ownerKey, CheckoutStep.Contact, s =>
        {
            s.Email = trimmed;
            s.ContactDone = true;
        }, ct);
    }

    public Task<StepResult> SaveAddressAsync(string ownerKey, ShippingAddress address, CancellationToken ct = default)
    {
        var problems = addresses.Check(address);
        if (problems.Count > 0)
        {
            return Task.FromResult(new StepResult(problems));
        }
        return SaveAsync(ownerKey, CheckoutStep.Address, s =>
        {
            (s.FullName, s.Street, s.PostalCode, s.City, s.Country) = (address.FullName, address.Street, address.PostalCode, address.City, address.Country);
            s.AddressDone = true;
        }, ct);
    }

    public Task<StepResult> SaveShippingAsync(string ownerKey, string? method, CancellationToken ct = default)
    {
        if (!Enum.TryParse<ShippingMethod>(method, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(method, out _))
        {
            return Task.FromResult(StepResult.Fail("method", text["ShippingRequired"]));
        }
        return SaveAsync(ownerKey, CheckoutStep.Shipping, s => s.ShippingMethod = parsed, ct);
    }

    public Task<StepResult> SavePaymentAsync(string ownerKey, string? providerId, PaymentDetailsInput details, CancellationToken ct = default)
    {
        var provider = payments.Find(providerId);
        if (provider is null)
        {
            return Task.FromResult(StepResult.Fail("provider", text["PaymentRequired"]));
        }
        var prepared = provider.Prepare(details);
        if (!prepared.Succeeded)
        {
            return Task.FromResult(StepResult.Fail(prepared.Field ?? "provider", prepared.Error!));
        }
        return SaveAsync(ownerKey, CheckoutStep.Payment, s =>
        {
            s.PaymentProvider = provider.Id;
            s.PaymentToken = prepared.Token;
            s.CardLast4 = prepared.CardLast4;
        }, ct);
    }

    /// <summary>
    /// How many loyalty points to take off the order (accounts only; 0 = none): no more than owned, nor than the goods
    /// cost after the voucher. Placing the order checks again.
    /// </summary>
    public async Task<StepResult> SavePointsAsync(string ownerKey, string? userId, string? posted, CancellationToken ct = default)
    {
        if (userId is null)
        {
            return StepResult.Fail("points", text["PointsNeedAccount"]);
        }
        if (!int.TryParse(posted?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var points))
        {
            return StepResult.Fail("points", text["PointsWholeNumber"]);
        }
        var standing = await loyalty.StandingAsync(userId, ct);
        if (points > standing.Balance)
        {
            return StepResult.Fail("points", text["PointsMoreThanOwned", standing.Balance]);
        }
        var state = await GetAsync(ownerKey, null, ct);
        var quote = await placement.QuoteAsync(ownerKey, state.Shipping ?? ShippingMethod.Standard, state.Email, ct);
        var usable = LoyaltyRules.MaxRedeemable(standing.Balance, (quote.Totals.Subtotal - quote.VoucherDiscount).Cents, loyalty.Options);
        if (points > usable)
        {
            return StepResult.Fail("points", text["PointsMoreThanUsable", usable]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var saved = await db.CheckoutSessions.Where(s => s.OwnerKey == ownerKey)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PointsToRedeem, points).SetProperty(x => x.UpdatedAtUtc, clock.GetUtcNow().UtcDateTime), ct);
        return saved == 1 ? StepResult.Ok : StepResult.Fail("points", text["CheckoutExpired"]);
    }

    public async Task<IReadOnlyList<SavedAddressView>> SavedAddressesAsync(string? userId, CancellationToken ct = default)
    {
        if (userId is null)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await db.SavedAddresses.AsNoTracking().Where(a => a.UserId == userId).OrderByDescending(a => a.LastUsedAtUtc).Take(5)
                .ToListAsync(ct))
            .Select(a => new SavedAddressView(a.Id, new ShippingAddress(a.FullName, a.Street, a.PostalCode, a.City, a.Country))).ToList();
    }

    /// <summary>
    /// Pays and places the order: checks every step, asks the provider for the amount the shopper saw, places the
    /// order, and voids the payment if the order could not be placed. A decline changes nothing.
    /// </summary>
    public async Task<SubmitResult> SubmitAsync(string ownerKey, string? userId, string? accountEmail, string? postedKey, long expectedTotalCents,
        string siteBaseUrl, bool confirmed = false, CancellationToken ct = default)
    {
        // A second click or a resubmitted form after the order exists: show that order again.
        if (await placement.FindPlacedAsync(ownerKey, postedKey, ct) is { } placed)
        {
            return new SubmitResult(SubmitOutcome.Placed, placed, null);
        }
        var state = await GetAsync(ownerKey, accountEmail, ct);
        if (postedKey is not null && postedKey != state.IdempotencyKey)
        {
            return new SubmitResult(SubmitOutcome.Failed, null, text["CheckoutChanged"], state.FirstIncomplete);
        }
        if (state.FirstIncomplete != CheckoutStep.Review)
        {
            return new SubmitResult(SubmitOutcome.Failed, null, text["StepIncomplete"], state.FirstIncomplete);
        }
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var token = await db.CheckoutSessions.AsNoTracking().Where(s => s.OwnerKey == ownerKey).Select(s => s.PaymentToken).FirstOrDefaultAsync(ct);
            var provider = payments.Find(state.PaymentProvider);
            if (provider is null || token is null)
            {
                return new SubmitResult(SubmitOutcome.Failed, null, text["PaymentRequired"], CheckoutStep.Payment);
            }
            var quote = await placement.QuoteAsync(ownerKey, state.Shipping!.Value, state.Email, ct);
            if (quote.IsEmpty)
            {
                return new SubmitResult(SubmitOutcome.Failed, null, text["CartEmpty"]);
            }
            if (quote.Totals.Total.Cents != expectedTotalCents)
            {
                return new SubmitResult(SubmitOutcome.Failed, null, text["TotalChanged", quote.Totals.Total]);
            }
            var authorization = await provider.AuthorizeAsync(token, expectedTotalCents, state.IdempotencyKey!, confirmed, ct);
            switch (authorization.Status)
            {
                case AuthorizationStatus.Declined:
                    return new SubmitResult(SubmitOutcome.Declined, null, authorization.DeclineReason, CheckoutStep.Payment);
                case AuthorizationStatus.RequiresConfirmation:
                    return new SubmitResult(SubmitOutcome.NeedsConfirmation, null, null);
            }
            var result = await placement.PlaceAsync(new PlaceOrderCommand(
                ownerKey, state.IdempotencyKey!, userId, state.Email!, state.Address, state.Shipping.Value,
                new ApprovedPayment(provider.Id, authorization.Reference!, state.CardLast4, authorization.State),
                expectedTotalCents, siteBaseUrl), ct);
            if (!result.Succeeded)
            {
                await provider.VoidAsync(authorization.Reference!, ct);
                return new SubmitResult(SubmitOutcome.Failed, null, result.Error);
            }
            signals.Funnel(ownerKey, ShopperEventKind.CheckoutStepLeft, "checkout:review");
            return new SubmitResult(SubmitOutcome.Placed, result.Order, null);
        }
    }

    /// <summary>Records that a step page was shown (for the merchant's drop-out funnel).</summary>
    public void Reached(string? ownerKey, CheckoutStep step) => signals.Funnel(ownerKey, ShopperEventKind.CheckoutStepReached, StepContext(step));

    public static string StepContext(CheckoutStep step) => "checkout:" + step.ToString().ToLowerInvariant();

    private async Task<StepResult> SaveAsync(string ownerKey, CheckoutStep step, Action<CheckoutSession> apply, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerKey);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var session = await db.CheckoutSessions.FirstOrDefaultAsync(s => s.OwnerKey == ownerKey, ct);
        if (session is null)
        {
            session = new CheckoutSession { OwnerKey = ownerKey, IdempotencyKey = Guid.NewGuid().ToString("N"), CreatedAtUtc = now };
            db.CheckoutSessions.Add(session);
        }
        apply(session);
        session.UpdatedAtUtc = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another tab created the session at the same moment: apply to that one.
            await using var retry = await dbFactory.CreateDbContextAsync(ct);
            var existing = await retry.CheckoutSessions.FirstAsync(s => s.OwnerKey == ownerKey, ct);
            apply(existing);
            existing.UpdatedAtUtc = now;
            await retry.SaveChangesAsync(ct);
        }
        signals.Funnel(ownerKey, ShopperEventKind.CheckoutStepLeft, StepContext(step));
        return StepResult.Ok;
    }
}
