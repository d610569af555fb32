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

    /// <summary>When the shopper accepted the terms while creating the account with an external provider.</summary>
    [PersonalData]
    public DateTime? TermsAcceptedAtUtc { get; set; }

    /// <summary>Opted in to marketing mail (weekly picks, cart reminders); off until the shopper ticks it.</summary>
    [PersonalData]
    public bool MarketingMailConsent { get; set; }

    /// <summary>When the shopper gave the marketing-mail consent (null while not given).</summary>
    [PersonalData]
    public DateTime? MarketingMailConsentAtUtc { get; set; }
}

/// <summary>The two roles of the shop.</summary>
public static class Roles
{
    public const string Shopper = nameof(Shopper);
    public const string Merchant = nameof(Merchant);
}
