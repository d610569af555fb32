using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Storefront.Features.Accounts.Security;

/// <summary>
/// Identity's sign-in manager, except that a password sign-in for an address nobody has still hashes the password:
/// without it, "no such account" answers measurably faster than "wrong password", which tells who has an account.
/// </summary>
public sealed class StorefrontSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly ApplicationUser Nobody = new() { Id = "timing-equaliser" };
    private static string? nobodyHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.FindByNameAsync(userName) is null)
        {
            var hasher = UserManager.PasswordHasher;
            nobodyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
            hasher.VerifyHashedPassword(Nobody, nobodyHash, password ?? "");
            return SignInResult.Failed;
        }
        return await base.PasswordSignInAsync(userName, password, isPersistent, lockoutOnFailure);
    }
}
