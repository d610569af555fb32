using System.Globalization;
using System.Text;
using QRCoder;

namespace Storefront.Features.Accounts.Security;

/// <summary>What an authenticator app needs to add the shop: the key to type in and the otpauth URI as a QR code.</summary>
/// <param name="FormattedKey">The key in groups of four, lower case, for typing it in.</param>
/// <param name="Uri">The otpauth:// URI (RFC 6238 key URI format) the QR code holds.</param>
/// <param name="QrCodeDataUri">A PNG data URI: an image the strict CSP allows (img-src data:) without any script.</param>
public sealed record AuthenticatorSetup(string FormattedKey, string Uri, string QrCodeDataUri)
{
    public static AuthenticatorSetup For(string issuer, string accountName, string unformattedKey)
    {
        var uri = string.Format(
            CultureInfo.InvariantCulture,
            "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            System.Uri.EscapeDataString(issuer),
            System.Uri.EscapeDataString(accountName),
            unformattedKey);
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(pixelsPerModule: 5);
        return new AuthenticatorSetup(FormatKey(unformattedKey), uri, "data:image/png;base64," + Convert.ToBase64String(png));
    }

    private static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
            if (i + 4 < key.Length)
            {
                result.Append(' ');
            }
        }
        return result.ToString().ToLowerInvariant();
    }
}
