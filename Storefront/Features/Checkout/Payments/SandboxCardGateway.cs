using System.Security.Cryptography;
using Microsoft.Extensions.Localization;
using Storefront.Features.Orders;

namespace Storefront.Features.Checkout.Payments;

/// <summary>
/// A built-in card gateway for demos and tests. Test numbers: 4242 4242 4242 4242 is approved, 4000 0000 0000 0002
/// is declined, 4000 0000 0000 3220 needs the shopper's confirmation (like 3-D Secure); any other number that passes
/// the Luhn check is approved. The number is dropped after tokenising: the token says only how the sandbox answers.
/// </summary>
public sealed class SandboxCardGateway(IStringLocalizer<CheckoutText> text, TimeProvider clock) : IPaymentProvider
{
    public const string DeclinedNumber = "4000000000000002";
    public const string ConfirmNumber = "4000000000003220";

    private const string ApproveToken = "tok_ok_";
    private const string DeclineToken = "tok_decline_";
    private const string ConfirmToken = "tok_3ds_";

    public string Id => "card";
    public PaymentKind Kind => PaymentKind.Card;

    public PreparedPayment Prepare(PaymentDetailsInput input)
    {
        var digits = new string((input.CardNumber ?? "").Where(c => c is not (' ' or '-')).ToArray());
        if (string.IsNullOrWhiteSpace(input.Holder))
        {
            return PreparedPayment.Fail(text["CardHolderRequired"], "holder");
        }
        if (digits.Length is < 12 or > 19 || !digits.All(char.IsAsciiDigit) || !PassesLuhn(digits))
        {
            return PreparedPayment.Fail(text["CardNumberInvalid"], "number");
        }
        if (!ValidExpiry(input.Expiry))
        {
            return PreparedPayment.Fail(text["CardExpiryInvalid"], "expiry");
        }
        var cvc = input.Cvc?.Trim() ?? "";
        if (cvc.Length is < 3 or > 4 || !cvc.All(char.IsAsciiDigit))
        {
            return PreparedPayment.Fail(text["CardCvcInvalid"], "cvc");
        }
        var prefix = digits switch { DeclinedNumber => DeclineToken, ConfirmNumber => ConfirmToken, _ => ApproveToken };
        return new PreparedPayment(true, prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), digits[^4..], null);
    }

    public Task<AuthorizationResult> AuthorizeAsync(string? token, long amountCents, string idempotencyKey, bool confirmed, CancellationToken ct = default)
    {
        var reference = "ch_" + idempotencyKey;
        var result = token switch
        {
            null => AuthorizationResult.Declined(text["CardMissing"]),
            _ when token.StartsWith(DeclineToken, StringComparison.Ordinal) => AuthorizationResult.Declined(text["CardDeclined"]),
            _ when token.StartsWith(ConfirmToken, StringComparison.Ordinal) && !confirmed => AuthorizationResult.NeedsConfirmation(reference),
            _ when token.StartsWith(ConfirmToken, StringComparison.Ordinal) || token.StartsWith(ApproveToken, StringComparison.Ordinal) =>
                AuthorizationResult.Approved(reference, PaymentState.Captured),
            _ => AuthorizationResult.Declined(text["CardMissing"]),
        };
        return Task.FromResult(result);
    }

    public Task VoidAsync(string reference, CancellationToken ct = default) => Task.CompletedTask;

    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /// <summary>"MM/YY" not in the past.</summary>
    private bool ValidExpiry(string? expiry)
    {
        var parts = (expiry ?? "").Trim().Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var month) || !int.TryParse(parts[1], out var year) || month is < 1 or > 12 || year is < 0 or > 99)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        var lastDay = new DateTime(2000 + year, month, 1).AddMonths(1);
        return lastDay > now.UtcDateTime;
    }
}
