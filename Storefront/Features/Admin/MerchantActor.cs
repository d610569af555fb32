using System.Security.Claims;
using Storefront.Features.Accounts;

namespace Storefront.Features.Admin;

/// <summary>
/// The merchant making a change, as the audit trail records them. Every admin service command takes the signed-in
/// principal and refuses anyone without the Merchant role, whatever page or endpoint called it.
/// </summary>
public sealed record MerchantActor(string UserId, string UserName)
{
    public static MerchantActor? From(ClaimsPrincipal? user) =>
        user is not null && user.IsInRole(Roles.Merchant) && user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id
            ? new MerchantActor(id, user.Identity?.Name ?? id)
            : null;
}
