using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Storefront.Features.Accounts.Security;

/// <summary>
/// Merchants reach /admin only with two-factor sign-in turned on for their account
/// (<c>Accounts:RequireTwoFactorForMerchants</c>, on by default). An account with 2FA on can't sign in without its
/// second factor (or a device remembered after one), so the account's flag is what the requirement checks.
/// </summary>
public sealed class MerchantTwoFactorRequirement : IAuthorizationRequirement;

public sealed class MerchantTwoFactor(UserManager<ApplicationUser> users, IConfiguration configuration)
    : AuthorizationHandler<MerchantTwoFactorRequirement>
{
    public bool Required => configuration.GetValue("Accounts:RequireTwoFactorForMerchants", true);

    /// <summary>True for a signed-in merchant who is refused /admin only because 2FA is off.</summary>
    public async Task<bool> IsMissingAsync(ClaimsPrincipal principal) =>
        Required && principal.IsInRole(Roles.Merchant) && !await HasTwoFactorAsync(principal);

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, MerchantTwoFactorRequirement requirement)
    {
        if (!Required || await HasTwoFactorAsync(context.User))
        {
            context.Succeed(requirement);
        }
    }

    private async Task<bool> HasTwoFactorAsync(ClaimsPrincipal principal) =>
        await users.GetUserAsync(principal) is { } user && await users.GetTwoFactorEnabledAsync(user);
}
