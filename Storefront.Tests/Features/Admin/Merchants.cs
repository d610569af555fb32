using System.Security.Claims;
using Storefront.Features.Accounts;

namespace Storefront.Tests.Features.Admin;

/// <summary>Signed-in principals as the admin services see them.</summary>
internal static class Merchants
{
    public static ClaimsPrincipal Mara { get; } = Principal("merchant-1", "merchant@storefront.test", Roles.Merchant);

    public static ClaimsPrincipal Olaf { get; } = Principal("merchant-2", "olaf@storefront.test", Roles.Merchant);

    public static ClaimsPrincipal Shopper { get; } = Principal("shopper-1", "ben@storefront.test", Roles.Shopper);

    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());

    private static ClaimsPrincipal Principal(string id, string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "Test"));
}
