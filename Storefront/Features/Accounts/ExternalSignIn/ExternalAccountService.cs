using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Storefront.Data;
using Storefront.Features.Accounts.Localization;
using Storefront.Localization;

namespace Storefront.Features.Accounts.ExternalSignIn;

/// <summary>What a provider told us about the shopper, read from its claims.</summary>
public sealed record ExternalIdentity(string Provider, string ProviderKey, string ProviderDisplayName, string? Email, bool EmailVerified, string? Name)
{
    public static ExternalIdentity From(ExternalLoginInfo info)
    {
        var principal = info.Principal;
        var email = principal.FindFirstValue(ClaimTypes.Email) ?? principal.FindFirstValue("email");
        // Only an explicit "true" counts: a provider that says nothing has not verified the address.
        var verified = string.Equals(principal.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase);
        var name = principal.FindFirstValue(ClaimTypes.Name) ?? principal.FindFirstValue("name")
            ?? string.Join(' ', new[] { principal.FindFirstValue(ClaimTypes.GivenName), principal.FindFirstValue(ClaimTypes.Surname) }
                .Where(part => !string.IsNullOrWhiteSpace(part)));
        return new ExternalIdentity(
            info.LoginProvider,
            info.ProviderKey,
            info.ProviderDisplayName ?? info.LoginProvider,
            string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            verified,
            string.IsNullOrWhiteSpace(name) ? null : name.Trim());
    }

    public UserLoginInfo Login => new(Provider, ProviderKey, ProviderDisplayName);
}

public enum ExternalSignInNext
{
    /// <summary>The provider's account is linked already: sign in.</summary>
    SignIn,
    /// <summary>No account has this (verified) email: create one, asking only for what is missing and consent.</summary>
    CreateAccount,
    /// <summary>A local account has this email: link only after the shopper proves it is theirs.</summary>
    ProveOwnership,
    /// <summary>Nothing can be done with this answer (no email, unverified email): nobody is signed in.</summary>
    Refuse,
}

/// <param name="Reason">For <see cref="ExternalSignInNext.Refuse"/>: one of <see cref="ExternalSignInFailure"/>'s reasons.</param>
/// <param name="HasPassword">For <see cref="ExternalSignInNext.ProveOwnership"/>: whether a password can prove it.</param>
public sealed record ExternalSignInDecision(ExternalSignInNext Next, string? Reason = null, bool HasPassword = false);

/// <summary>The outcome of creating or linking: the account to sign in, or a localised message for the form.</summary>
public sealed record ExternalAccountResult(ApplicationUser? User, string? Error = null, bool LockedOut = false)
{
    public bool Succeeded => User is not null;
}

/// <summary>
/// The rules for accounts made or reached through an external provider: a provider's account is linked to a local
/// one only after the shopper proves they own it (its password), never because of a matching email claim, and
/// never at all on an email the provider has not verified. The last way to sign in can't be removed.
/// </summary>
public sealed class ExternalAccountService(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    StorefrontDb db,
    TimeProvider time,
    IStringLocalizer<AccountText> text)
{
    public const int DisplayNameMaxLength = 100;

    public async Task<ExternalSignInDecision> DecideAsync(ExternalIdentity identity)
    {
        if (await users.FindByLoginAsync(identity.Provider, identity.ProviderKey) is not null)
        {
            return new ExternalSignInDecision(ExternalSignInNext.SignIn);
        }
        if (identity.Email is null || !new EmailAddressAttribute().IsValid(identity.Email))
        {
            return new ExternalSignInDecision(ExternalSignInNext.Refuse, ExternalSignInFailure.NoEmail);
        }
        if (!identity.EmailVerified)
        {
            return new ExternalSignInDecision(ExternalSignInNext.Refuse, ExternalSignInFailure.Unverified);
        }
        var existing = await users.FindByEmailAsync(identity.Email);
        return existing is null
            ? new ExternalSignInDecision(ExternalSignInNext.CreateAccount)
            : new ExternalSignInDecision(ExternalSignInNext.ProveOwnership, HasPassword: await users.HasPasswordAsync(existing));
    }

    /// <summary>Creates the account from the provider's verified email and links the provider, in one transaction.</summary>
    public async Task<ExternalAccountResult> CreateAccountAsync(ExternalIdentity identity, string? displayName, bool acceptsTerms)
    {
        var decision = await DecideAsync(identity);
        if (decision.Next != ExternalSignInNext.CreateAccount)
        {
            return new ExternalAccountResult(null, text["ExternalCannotCreate"]);
        }
        var name = (string.IsNullOrWhiteSpace(displayName) ? identity.Name : displayName)?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return new ExternalAccountResult(null, text["DisplayNameRequired"]);
        }
        if (name.Length > DisplayNameMaxLength)
        {
            return new ExternalAccountResult(null, text["DisplayNameTooLong", DisplayNameMaxLength]);
        }
        if (!acceptsTerms)
        {
            return new ExternalAccountResult(null, text["TermsRequired"]);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var user = new ApplicationUser
        {
            UserName = identity.Email,
            Email = identity.Email,
            EmailConfirmed = true, // the provider verified it (DecideAsync refuses unverified addresses)
            DisplayName = name,
            PreferredCulture = Cultures.Current,
            CreatedAtUtc = now,
            TermsAcceptedAtUtc = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user);
        if (created.Succeeded)
        {
            created = await users.AddLoginAsync(user, identity.Login);
        }
        if (!created.Succeeded)
        {
            return new ExternalAccountResult(null, created.Errors.First().Description);
        }
        await transaction.CommitAsync();
        return new ExternalAccountResult(user);
    }

    /// <summary>
    /// Links the provider to the local account with the provider's email once the shopper has typed that account's
    /// password. Wrong passwords count towards the account's lockout.
    /// </summary>
    public async Task<ExternalAccountResult> LinkWithPasswordAsync(ExternalIdentity identity, string? password)
    {
        var decision = await DecideAsync(identity);
        if (decision.Next != ExternalSignInNext.ProveOwnership)
        {
            return new ExternalAccountResult(null, text["ExternalCannotLink"]);
        }
        if (string.IsNullOrEmpty(password))
        {
            return new ExternalAccountResult(null, text["PasswordRequired"]);
        }
        var user = (await users.FindByEmailAsync(identity.Email!))!;
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return new ExternalAccountResult(null, text["ExternalLockedOut"], LockedOut: true);
        }
        if (check.IsNotAllowed)
        {
            return new ExternalAccountResult(null, text["ExternalConfirmEmailFirst"]);
        }
        if (!check.Succeeded)
        {
            return new ExternalAccountResult(null, text["IncorrectPassword"]);
        }
        var linked = await users.AddLoginAsync(user, identity.Login);
        return linked.Succeeded ? new ExternalAccountResult(user) : new ExternalAccountResult(null, linked.Errors.First().Description);
    }

    /// <summary>Links a provider to the signed-in account (from the account's "Linked sign-ins" page).</summary>
    public async Task<string?> LinkToSignedInAccountAsync(ApplicationUser user, ExternalIdentity identity)
    {
        var owner = await users.FindByLoginAsync(identity.Provider, identity.ProviderKey);
        if (owner is not null)
        {
            return owner.Id == user.Id ? null : text["ExternalLoginBelongsToOther"].Value;
        }
        var result = await users.AddLoginAsync(user, identity.Login);
        return result.Succeeded ? null : text["ExternalLoginNotAdded"].Value;
    }

    /// <summary>Every way the account can sign in: its password, its passkeys and its linked providers.</summary>
    public async Task<int> SignInMethodCountAsync(ApplicationUser user) =>
        (await users.HasPasswordAsync(user) ? 1 : 0)
        + (await users.GetPasskeysAsync(user)).Count
        + (await users.GetLoginsAsync(user)).Count;

    /// <summary>Removes a linked provider unless it is the last way to sign in. Returns an error message or null.</summary>
    public async Task<string?> RemoveLoginAsync(ApplicationUser user, string? provider, string? providerKey)
    {
        var logins = await users.GetLoginsAsync(user);
        if (!logins.Any(l => l.LoginProvider == provider && l.ProviderKey == providerKey))
        {
            return text["ExternalLoginNotRemoved"];
        }
        if (await SignInMethodCountAsync(user) <= 1)
        {
            return text["LastSignInMethod"];
        }
        var result = await users.RemoveLoginAsync(user, provider!, providerKey!);
        return result.Succeeded ? null : text["ExternalLoginNotRemoved"].Value;
    }

    /// <summary>Removes one of the account's passkeys unless it is the last way to sign in. Returns an error message or null.</summary>
    public async Task<string?> RemovePasskeyAsync(ApplicationUser user, byte[] credentialId)
    {
        var passkeys = await users.GetPasskeysAsync(user);
        if (!passkeys.Any(p => p.CredentialId.AsSpan().SequenceEqual(credentialId)))
        {
            return text["PasskeyNotFound"];
        }
        if (await SignInMethodCountAsync(user) <= 1)
        {
            return text["LastSignInMethod"];
        }
        var result = await users.RemovePasskeyAsync(user, credentialId);
        return result.Succeeded ? null : text["PasskeyNotDeleted"].Value;
    }
}
