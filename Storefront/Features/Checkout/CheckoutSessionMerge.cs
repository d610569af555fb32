using Microsoft.EntityFrameworkCore;
using Storefront.Data;

namespace Storefront.Features.Checkout;

/// <summary>
/// Part of the sign-in merge (<c>ShopperMerge</c>), inside its transaction: the shipping address and method a visitor
/// entered in checkout follow them into the account's checkout (on every device), unless the account's own checkout
/// is newer. Payment details stay behind: the shopper chooses them again, signed in.
/// </summary>
internal static class CheckoutSessionMerge
{
    public static async Task<bool> MergeAsync(StorefrontDb db, string anonymousKey, string userKey, DateTime nowUtc, CancellationToken ct)
    {
        var sessions = await db.CheckoutSessions
            .Where(s => s.OwnerKey == anonymousKey || s.OwnerKey == userKey)
            .ToListAsync(ct);
        var anonymous = sessions.FirstOrDefault(s => s.OwnerKey == anonymousKey);
        if (anonymous is null)
        {
            return false;
        }
        db.CheckoutSessions.Remove(anonymous);
        var account = sessions.FirstOrDefault(s => s.OwnerKey == userKey);
        if (!anonymous.AddressDone || (account is not null && account.AddressDone && account.UpdatedAtUtc >= anonymous.UpdatedAtUtc))
        {
            return false;
        }
        if (account is null)
        {
            account = new CheckoutSession { OwnerKey = userKey, IdempotencyKey = Guid.NewGuid().ToString("N"), CreatedAtUtc = nowUtc };
            db.CheckoutSessions.Add(account);
        }
        (account.FullName, account.Street, account.PostalCode, account.City, account.Country) =
            (anonymous.FullName, anonymous.Street, anonymous.PostalCode, anonymous.City, anonymous.Country);
        account.AddressDone = true;
        account.ContactDone = true;
        account.ShippingMethod ??= anonymous.ShippingMethod;
        account.UpdatedAtUtc = nowUtc;
        return true;
    }
}
