using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Common;
using Storefront.Data;

namespace Storefront.Features.Checkout.Vouchers;

/// <summary>The outcome of entering a code: applied, or why not (in the shopper's language).</summary>
public sealed record VoucherApplyResult(bool Succeeded, string? Error)
{
    public static readonly VoucherApplyResult Ok = new(true, null);
    public static VoucherApplyResult Fail(string error) => new(false, error);
}

/// <summary>
/// Vouchers entered in the cart, the mini-cart or checkout. The code is kept on the cart; what it is worth is worked
/// out again whenever the cart is shown or priced, and once more inside the order placement transaction.
/// </summary>
public sealed class VoucherService(IDbContextFactory<StorefrontDb> dbFactory, IStringLocalizer<CheckoutText> text, TimeProvider clock)
{
    /// <param name="customerEmail">The signed-in shopper's email, if known: single-use is checked right away then.</param>
    public async Task<VoucherApplyResult> ApplyAsync(string ownerKey, string? code, string? customerEmail, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerKey);
        if (VoucherRules.Normalize(code) is not { } normalized)
        {
            return VoucherApplyResult.Fail(text["VoucherMalformed"]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cart = await db.Carts.FirstOrDefaultAsync(c => c.OwnerKey == ownerKey, ct);
        var goods = cart is null ? 0 : await (
                from line in db.CartLines
                where line.CartId == cart.Id
                join v in db.Variants on line.VariantId equals v.Id
                select line.Quantity * v.PriceCents)
            .SumAsync(ct);
        if (cart is null || goods == 0)
        {
            return VoucherApplyResult.Fail(text["VoucherCartEmpty"]);
        }
        var effect = await EvaluateAsync(db, normalized, goods, customerEmail, clock.GetUtcNow().UtcDateTime, ct);
        if (effect is null || !effect.Applies)
        {
            return VoucherApplyResult.Fail(effect is null ? text["VoucherUnknown", normalized] : Problem(effect, goods));
        }
        cart.VoucherCode = normalized;
        await db.SaveChangesAsync(ct);
        return VoucherApplyResult.Ok;
    }

    public async Task RemoveAsync(string? ownerKey, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(ownerKey))
        {
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Carts.Where(c => c.OwnerKey == ownerKey).ExecuteUpdateAsync(s => s.SetProperty(c => c.VoucherCode, (string?)null), ct);
    }

    /// <summary>What the cart's voucher does for these goods now; null when the cart has none.</summary>
    public async Task<VoucherEffect?> EffectAsync(string? code, Money goods, string? customerEmail, CancellationToken ct = default)
    {
        if (code is null)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await EvaluateAsync(db, code, goods.Cents, customerEmail, clock.GetUtcNow().UtcDateTime, ct)
            ?? Gone(code);
    }

    /// <summary>
    /// The voucher's effect, read inside the caller's context (and transaction, when placing an order); null for a code
    /// that does not exist.
    /// </summary>
    internal static async Task<VoucherEffect?> EvaluateAsync(StorefrontDb db, string code, long goodsCents, string? customerEmail, DateTime nowUtc,
        CancellationToken ct)
    {
        var customer = VoucherRules.CustomerOf(customerEmail);
        var row = await db.Vouchers.AsNoTracking().Where(v => v.Code == code)
            .Select(v => new
            {
                Terms = new VoucherTerms(v.Id, v.Code, v.Kind, v.Value, v.MinOrderCents, v.ValidFromUtc, v.ValidUntilUtc, v.SingleUsePerCustomer, v.IsActive),
                Used = customer != null && db.VoucherRedemptions.Any(r => r.VoucherId == v.Id && r.CustomerEmail == customer),
            })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : VoucherRules.Evaluate(row.Terms, goodsCents, nowUtc, row.Used);
    }

    /// <summary>A code kept on a cart whose voucher has since been deleted reads like an unknown one.</summary>
    internal static VoucherEffect Gone(string code) =>
        new(new VoucherTerms(0, code, VoucherKind.FixedAmount, 0, 0, DateTime.MinValue, null, false, false), VoucherProblem.Unknown, 0, false);

    /// <summary>Why the voucher does not apply, for the shopper.</summary>
    public string Problem(VoucherEffect effect, long goodsCents)
    {
        var v = effect.Terms;
        return effect.Problem switch
        {
            VoucherProblem.NotYetValid => text["VoucherNotYet", v.Code, v.ValidFromUtc],
            VoucherProblem.Expired => text["VoucherExpired", v.Code, v.ValidUntilUtc!.Value.AddSeconds(-1)],
            VoucherProblem.BelowMinimum => text["VoucherBelowMinimum", v.Code, new Money(v.MinOrderCents), new Money(v.MinOrderCents - goodsCents)],
            VoucherProblem.AlreadyUsed => text["VoucherAlreadyUsed", v.Code],
            VoucherProblem.Malformed => text["VoucherMalformed"],
            _ => text["VoucherUnknown", v.Code],
        };
    }

    /// <summary>"10 % off", "€5.00 off", "Free standard shipping".</summary>
    public string Describe(VoucherTerms v) => v.Kind switch
    {
        VoucherKind.Percent => text["VoucherPercentOff", v.Value],
        VoucherKind.FixedAmount => text["VoucherAmountOff", new Money(v.Value)],
        _ => text["VoucherFreeShipping"],
    };
}
