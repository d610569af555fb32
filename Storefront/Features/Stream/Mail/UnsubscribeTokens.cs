using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Storefront.Features.Stream.Mail;

public sealed record UnsubscribeRequest(string UserId, string Kind);

/// <summary>The token in a mail's unsubscribe link: Data Protection–protected, time-limited, naming the user and the mail kind.</summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider provider, IOptions<StreamMailOptions> options)
{
    private readonly ITimeLimitedDataProtector protector =
        provider.CreateProtector("Storefront.StreamMail.Unsubscribe.v1").ToTimeLimitedDataProtector();

    public string Create(string userId, string kind) =>
        protector.Protect($"{kind}\n{userId}", options.Value.UnsubscribeTokenLifetime);

    /// <summary>Null when the token was changed, has expired, or does not name a known kind.</summary>
    public UnsubscribeRequest? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000)
        {
            return null;
        }
        try
        {
            var parts = protector.Unprotect(token).Split('\n');
            return parts.Length == 2 && MarketingMailKinds.IsKnown(parts[0]) && parts[1].Length > 0
                ? new UnsubscribeRequest(parts[1], parts[0])
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
