using Microsoft.AspNetCore.Identity;

namespace Storefront.Features.Accounts;

public sealed class ApplicationUser : IdentityUser
{
    [PersonalData]
    public string? DisplayName { get; set; }

    /// <summary>"en" or "de"; the UI switches to it at sign-in.</summary>
    [PersonalData]
    public string? PreferredCulture { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>The two roles of the shop.</summary>
public static class Roles
{
    public const string Shopper = nameof(Shopper);
    public const string Merchant = nameof(Merchant);
}
