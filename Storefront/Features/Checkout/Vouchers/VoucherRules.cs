namespace Storefront.Features.Checkout.Vouchers;

/// <summary>Why a voucher does not apply to a cart right now.</summary>
public enum VoucherProblem
{
    None,
    /// <summary>Empty, too long or with characters no code has.</summary>
    Malformed,
    /// <summary>No such code, or switched off by the merchant (the same answer, so codes cannot be probed).</summary>
    Unknown,
    NotYetValid,
    Expired,
    BelowMinimum,
    AlreadyUsed,
}

/// <summary>The terms of a voucher, as the rules need them.</summary>
public sealed record VoucherTerms(
    int Id, string Code, VoucherKind Kind, long Value, long MinOrderCents, DateTime ValidFromUtc, DateTime? ValidUntilUtc,
    bool SingleUsePerCustomer, bool IsActive);

/// <summary>What a voucher does to a cart: a discount on the goods, free standard shipping, or a problem.</summary>
public sealed record VoucherEffect(VoucherTerms Terms, VoucherProblem Problem, long DiscountCents, bool FreeShipping)
{
    public bool Applies => Problem == VoucherProblem.None;
}

/// <summary>Voucher arithmetic and validity; no I/O.</summary>
public static class VoucherRules
{
    public const int MaxCodeLength = 32;

    /// <summary>Upper-case without surrounding spaces, or null when it cannot be a code (letters, digits and '-' only).</summary>
    public static string? Normalize(string? code)
    {
        var trimmed = code?.Trim().ToUpperInvariant();
        return trimmed is { Length: > 0 and <= MaxCodeLength } && trimmed.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-')
            ? trimmed : null;
    }

    /// <summary>The customer identity single-use is counted by.</summary>
    public static string? CustomerOf(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    /// <param name="goodsCents">What the goods cost, gross, before the voucher.</param>
    /// <param name="alreadyUsed">The customer has redeemed this voucher before (only matters when single-use).</param>
    public static VoucherEffect Evaluate(VoucherTerms v, long goodsCents, DateTime nowUtc, bool alreadyUsed)
    {
        var problem =
            !v.IsActive ? VoucherProblem.Unknown
            : nowUtc < v.ValidFromUtc ? VoucherProblem.NotYetValid
            : v.ValidUntilUtc is { } until && nowUtc >= until ? VoucherProblem.Expired
            : v.SingleUsePerCustomer && alreadyUsed ? VoucherProblem.AlreadyUsed
            : goodsCents < v.MinOrderCents ? VoucherProblem.BelowMinimum
            : VoucherProblem.None;
        if (problem != VoucherProblem.None)
        {
            return new VoucherEffect(v, problem, 0, false);
        }
        return v.Kind switch
        {
            VoucherKind.Percent => new VoucherEffect(v, problem, (long)Math.Round(goodsCents * Math.Clamp(v.Value, 0, 100) / 100m, MidpointRounding.AwayFromZero), false),
            VoucherKind.FixedAmount => new VoucherEffect(v, problem, Math.Clamp(v.Value, 0, goodsCents), false),
            VoucherKind.FreeShipping => new VoucherEffect(v, problem, 0, true),
            _ => new VoucherEffect(v, VoucherProblem.Unknown, 0, false),
        };
    }
}
