using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Data;
using Storefront.Features.Accounts.Localization;
using Storefront.Features.Mail;

namespace Storefront.Features.Accounts.ExternalSignIn;

/// <summary>What a confirmation link would link, for the page that asks the shopper to complete it.</summary>
public sealed record PendingExternalLink(string UserId, string Email, string ProviderDisplayName);

/// <summary>A sent link's outcome: an error, or the key the starting browser keeps (in a cookie) to complete it.</summary>
public sealed record ExternalLinkMailSent(string? Error, string? BrowserKey = null)
{
    public bool Succeeded => Error is null;
}

/// <summary>A checked link: what it links, or a localised reason why it can't be used.</summary>
public sealed record ExternalLinkCheck(PendingExternalLink? Link, string? Error)
{
    public bool IsValid => Link is not null;
}

/// <summary>
/// The second way to prove that the local account with the provider's email is the shopper's: a confirmation link
/// mailed to that address. The link's token is signed and encrypted by Data Protection (so it can't be forged or
/// pointed at another account or provider login), expires after <c>Accounts:LinkByMailMinutes</c>, and is single-use:
/// it names a row in the account's Identity tokens that is deleted in the transaction that adds the login. It also
/// only works in the browser that asked for it (a key in a cookie, its hash in the token): the mailbox owner clicking
/// a link someone else asked for links nothing. Opening the link only shows what it would link; a form post
/// completes it, so a mail scanner fetching links uses nothing up.
/// </summary>
public sealed class ExternalLinkByMail(
    UserManager<ApplicationUser> users,
    ExternalAccountService accounts,
    StorefrontDb db,
    IDataProtectionProvider protection,
    TimeProvider time,
    IConfiguration configuration,
    IStringLocalizer<AccountText> text)
{
    /// <summary>The Identity token rows that hold the pending links (AspNetUserTokens.LoginProvider).</summary>
    public const string TokenStore = "[Storefront:LinkByMail]";
    public const int MaxPendingPerAccount = 3;

    private IDataProtector Protector => protection.CreateProtector("Storefront.Accounts.ExternalLinkByMail.v1");

    public TimeSpan Lifetime => TimeSpan.FromMinutes(Math.Clamp(configuration.GetValue("Accounts:LinkByMailMinutes", 30), 1, 24 * 60));

    /// <summary>The cookie that holds <see cref="ExternalLinkMailSent.BrowserKey"/> in the browser that asked for the mail.</summary>
    public const string BrowserCookie = ".Storefront.LinkByMail";

    /// <summary>Mails a confirmation link for linking <paramref name="identity"/> to the account with its email.</summary>
    /// <param name="browserKey">The key this browser already holds from an earlier mail, if any (reused so every link it asked for works).</param>
    public async Task<ExternalLinkMailSent> SendAsync(ExternalIdentity identity, Uri confirmPage, string? browserKey = null)
    {
        var decision = await accounts.DecideAsync(identity);
        if (decision.Next != ExternalSignInNext.ProveOwnership)
        {
            return new(text["ExternalCannotLink"]);
        }
        var user = (await users.FindByEmailAsync(identity.Email!))!;
        if (!user.EmailConfirmed)
        {
            // The address was never proven for this account: someone else may have registered it.
            return new(text["ExternalConfirmEmailFirst"]);
        }
        var now = time.GetUtcNow().UtcDateTime;
        var pending = await db.UserTokens.Where(t => t.UserId == user.Id && t.LoginProvider == TokenStore).ToListAsync();
        var expired = pending.Where(t => !IsLive(t.Value, now)).ToList();
        if (pending.Count - expired.Count >= MaxPendingPerAccount)
        {
            return new(text["LinkMailTooMany"]);
        }

        if (browserKey is not { Length: 64 } || !browserKey.All(char.IsAsciiHexDigit))
        {
            browserKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        }
        var payload = new Payload(
            Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), user.Id, user.Email!, identity.Provider, identity.ProviderKey,
            identity.ProviderDisplayName, (now + Lifetime).Ticks, Hash(browserKey));
        var link = new Uri(confirmPage, "?token=" + Uri.EscapeDataString(Protector.Protect(JsonSerializer.Serialize(payload))));

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.UserTokens.RemoveRange(expired);
        db.UserTokens.Add(new IdentityUserToken<string>
        {
            UserId = user.Id,
            LoginProvider = TokenStore,
            Name = payload.Id,
            Value = payload.ExpiresTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        db.Outbox.Add(new OutboxMessage
        {
            To = user.Email!,
            Kind = "link-external-login",
            Subject = text["LinkMailSubject", identity.ProviderDisplayName],
            HtmlBody = $"<p>{Html(text["LinkMailBody", identity.ProviderDisplayName, (int)Lifetime.TotalMinutes])}</p>"
                + $"<p><a href=\"{Html(link.AbsoluteUri)}\">{Html(text["LinkMailLink", identity.ProviderDisplayName])}</a></p>"
                + $"<p>{Html(text["LinkMailNotYou"])}</p>",
            CreatedAtUtc = now,
        });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new(null, browserKey);
    }

    /// <summary>Checks a link without using it up (for the page the link opens).</summary>
    public async Task<ExternalLinkCheck> CheckAsync(string? token, string? browserKey, string? signedInUserId)
    {
        var (payload, _, error) = await ReadAsync(token, browserKey, signedInUserId);
        return payload is null
            ? new ExternalLinkCheck(null, error)
            : new ExternalLinkCheck(new PendingExternalLink(payload.UserId, payload.Email, payload.ProviderDisplayName), null);
    }

    /// <summary>Uses the link: adds the provider's login to the account and spends the token, in one transaction.</summary>
    public async Task<ExternalAccountResult> ConfirmAsync(string? token, string? browserKey, string? signedInUserId)
    {
        var (payload, user, error) = await ReadAsync(token, browserKey, signedInUserId);
        if (payload is null)
        {
            return new ExternalAccountResult(null, error);
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Deleting the row is what spends the token: of two concurrent uses, only one deletes it.
        var spent = await db.UserTokens
            .Where(t => t.UserId == payload.UserId && t.LoginProvider == TokenStore && t.Name == payload.Id)
            .ExecuteDeleteAsync();
        if (spent != 1)
        {
            return new ExternalAccountResult(null, text["LinkMailUsed"]);
        }
        var added = await users.AddLoginAsync(user!, new UserLoginInfo(payload.Provider, payload.ProviderKey, payload.ProviderDisplayName));
        if (!added.Succeeded)
        {
            return new ExternalAccountResult(null, text["ExternalLoginBelongsToOther"]);
        }
        await transaction.CommitAsync();
        return new ExternalAccountResult(user);
    }

    private async Task<(Payload? Payload, ApplicationUser? User, string? Error)> ReadAsync(string? token, string? browserKey, string? signedInUserId)
    {
        Payload? payload = null;
        if (!string.IsNullOrWhiteSpace(token) && token.Length <= 4096)
        {
            try
            {
                payload = JsonSerializer.Deserialize<Payload>(Protector.Unprotect(token));
            }
            catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
            {
                payload = null;
            }
        }
        if (payload is null)
        {
            return (null, null, text["LinkMailInvalid"]);
        }
        if (time.GetUtcNow().UtcDateTime.Ticks >= payload.ExpiresTicks)
        {
            return (null, null, text["LinkMailExpired"]);
        }
        if (browserKey is not { Length: 64 } || !browserKey.All(char.IsAsciiHexDigit) || !CryptographicOperations.FixedTimeEquals(Convert.FromHexString(Hash(browserKey)), Convert.FromHexString(payload.BrowserKeyHash)))
        {
            return (null, null, text["LinkMailOtherBrowser", payload.ProviderDisplayName]);
        }
        if (signedInUserId is not null && signedInUserId != payload.UserId)
        {
            return (null, null, text["LinkMailOtherAccount"]);
        }
        var user = await users.FindByIdAsync(payload.UserId);
        if (user is null || !string.Equals(user.Email, payload.Email, StringComparison.OrdinalIgnoreCase))
        {
            return (null, null, text["LinkMailInvalid"]);
        }
        var unused = await db.UserTokens.AsNoTracking()
            .AnyAsync(t => t.UserId == payload.UserId && t.LoginProvider == TokenStore && t.Name == payload.Id);
        if (!unused)
        {
            return (null, null, text["LinkMailUsed"]);
        }
        var owner = await users.FindByLoginAsync(payload.Provider, payload.ProviderKey);
        if (owner is not null)
        {
            return (null, null, owner.Id == user.Id ? text["LinkMailUsed"] : text["ExternalLoginBelongsToOther"]);
        }
        return (payload, user, null);
    }

    public static string? BrowserKey(HttpContext context) => context.Request.Cookies[BrowserCookie];

    public void KeepBrowserKey(HttpContext context, string browserKey) =>
        context.Response.Cookies.Append(BrowserCookie, browserKey, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/Account",
            MaxAge = Lifetime,
            IsEssential = true,
        });

    private static bool IsLive(string? expiresTicks, DateTime now) =>
        long.TryParse(expiresTicks, System.Globalization.CultureInfo.InvariantCulture, out var ticks) && now.Ticks < ticks;

    private static string Html(string s) => WebUtility.HtmlEncode(s);

    private static string Hash(string browserKey) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(browserKey)));

    private sealed record Payload(
        string Id, string UserId, string Email, string Provider, string ProviderKey, string ProviderDisplayName, long ExpiresTicks, string BrowserKeyHash);
}
