using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Data;
using Storefront.Features.Signals;
using Storefront.Features.Cart;
using Storefront.Features.Stream;
using Storefront.Features.SizeAdvisor;

namespace Storefront.Features.Accounts.Privacy;

/// <summary>How a deletion went; <see cref="Error"/> is shown next to the form (nothing changed then).</summary>
public sealed record AccountDeletionResult(bool Succeeded, string? Error, int OrdersAnonymised = 0)
{
    public static AccountDeletionResult Fail(string error) => new(false, error);
}

/// <summary>
/// Privacy self-service: the shopper's data as a download, and deleting the account. Deleting erases the personal
/// data in one transaction (profile and sign-ins, addresses, cart, checkout in progress, favourites, fit profile,
/// events, stream marks, back-in-stock requests, loyalty points, review votes, mails) and keeps the orders for
/// the books, anonymised: no user link, a placeholder name and email shared by that person's orders (so the KPIs
/// still count one customer), no street, postal code or city; the country stays for VAT. Reviews stay with an
/// anonymous author.
/// </summary>
public sealed class PersonalDataService(
    IDbContextFactory<StorefrontDb> dbFactory,
    UserManager<ApplicationUser> users,
    IStringLocalizer<PrivacyText> text,
    TimeProvider time,
    ShopperSignals signals,
    ILogger<PersonalDataService> logger)
{
    /// <summary>The name left on an anonymised order's shipping address.</summary>
    public const string AnonymisedName = "Deleted customer";

    /// <summary>The domain of anonymised order emails (.invalid never resolves, RFC 2606).</summary>
    public const string AnonymisedEmailDomain = "deleted.invalid";

    /// <summary>The author shown on a deleted shopper's reviews, in the review's language.</summary>
    public static string AnonymousAuthor(string language) => language == "de" ? "Anonym" : "Anonymous";

    public Task<PersonalDataExport?> ExportAsync(string userId, CancellationToken ct = default) =>
        new PersonalDataExporter(dbFactory, time).ExportAsync(userId, ct);

    /// <summary>
    /// Deletes the account after the shopper proved it is them: the password, or (for accounts that only sign in
    /// with a provider or a passkey) their email address typed again.
    /// </summary>
    public async Task<AccountDeletionResult> DeleteAccountAsync(string userId, string? password, string? typedEmail, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AccountDeletionResult.Fail(text["AccountNotFound"]);
        }
        if (await users.IsInRoleAsync(user, Roles.Merchant))
        {
            return AccountDeletionResult.Fail(text["MerchantCannotDelete"]);
        }
        if (await users.HasPasswordAsync(user))
        {
            if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
            {
                return AccountDeletionResult.Fail(text["WrongPassword"]);
            }
        }
        else if (!string.Equals(typedEmail?.Trim(), user.Email, StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(user.Email))
        {
            return AccountDeletionResult.Fail(text["TypedEmailMismatch"]);
        }

        var anonymised = await EraseAsync(user, ct);
        logger.LogInformation("Account {UserId} deleted by its owner; {Orders} orders kept anonymised", userId, anonymised);
        return new AccountDeletionResult(true, null, anonymised);
    }

    private async Task<int> EraseAsync(ApplicationUser user, CancellationToken ct)
    {
        var userId = user.Id;
        var key = ShopperContext.UserKey(userId);
        var pseudonym = $"customer-{RandomNumberGenerator.GetHexString(16, lowercase: true)}@{AnonymisedEmailDomain}";
        // Events are written in batches in the background: store the shopper's queued ones first, so they are erased too.
        await signals.FlushAsync(ct);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var orderIds = db.Orders.Where(o => o.UserId == userId).Select(o => o.Id);
        await db.VoucherRedemptions.Where(r => orderIds.Contains(r.OrderId))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CustomerEmail, pseudonym), ct);
        await db.OrderPayments.Where(p => orderIds.Contains(p.OrderId))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.CardLast4, (string?)null), ct);
        await db.Set<Orders.Returns.ReturnLine>()
            .Where(l => db.Set<Orders.Returns.ReturnRequest>().Any(r => r.Id == l.ReturnRequestId && orderIds.Contains(r.OrderId)))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Note, (string?)null), ct);
        var orders = await db.Orders.Where(o => o.UserId == userId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.UserId, (string?)null)
                .SetProperty(o => o.OwnerKey, (string?)null)
                .SetProperty(o => o.AccessToken, (string?)null)
                .SetProperty(o => o.Email, pseudonym)
                .SetProperty(o => o.ShipToName, AnonymisedName)
                .SetProperty(o => o.ShipToStreet, (string?)null)
                .SetProperty(o => o.ShipToPostalCode, (string?)null)
                .SetProperty(o => o.ShipToCity, (string?)null), ct);

        await db.Reviews.Where(r => r.UserId == userId && r.Language == "de")
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UserId, (string?)null).SetProperty(r => r.AuthorName, AnonymousAuthor("de")), ct);
        await db.Reviews.Where(r => r.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UserId, (string?)null).SetProperty(r => r.AuthorName, AnonymousAuthor("en")), ct);
        await db.ReviewVotes.Where(v => v.VoterKey == key).ExecuteDeleteAsync(ct);

        var cartIds = db.Carts.Where(c => c.OwnerKey == key).Select(c => c.Id);
        await db.CartLines.Where(l => cartIds.Contains(l.CartId)).ExecuteDeleteAsync(ct);
        await db.Carts.Where(c => c.OwnerKey == key).ExecuteDeleteAsync(ct);
        await db.CheckoutSessions.Where(s => s.OwnerKey == key).ExecuteDeleteAsync(ct);
        await db.SavedAddresses.Where(a => a.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Favourites.Where(f => f.OwnerKey == key).ExecuteDeleteAsync(ct);
        await db.Set<FitProfile>().Where(p => p.OwnerKey == key).ExecuteDeleteAsync(ct);
        await db.Set<BackInStockRequest>().Where(r => r.OwnerKey == key).ExecuteDeleteAsync(ct);
        await db.Set<StreamMark>().Where(m => m.OwnerKey == key).ExecuteDeleteAsync(ct);
        await db.ShopperEvents.Where(e => e.OwnerKey == key).ExecuteDeleteAsync(ct);
        await db.LoyaltyEntries.Where(e => e.UserId == userId).ExecuteDeleteAsync(ct);
        if (user.Email is { } email)
        {
            await db.Outbox.Where(m => m.To == email).ExecuteDeleteAsync(ct);
        }
        // Logins, claims, roles, tokens (authenticator key, recovery codes) and passkeys go with the user (cascade).
        await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return orders;
    }
}

/// <summary>Marker type for the privacy pages' and service's texts (PrivacyText.resx, PrivacyText.de.resx).</summary>
public sealed class PrivacyText;

internal static class ExportCulture
{
    public static bool German => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de";
}
