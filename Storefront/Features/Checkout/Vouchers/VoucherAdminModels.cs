namespace Storefront.Features.Checkout.Vouchers;

/// <summary>A voucher in the merchant's list; dates are the shop's calendar days (the last day is inclusive).</summary>
public sealed record VoucherRow(int Id, string Code, VoucherKind Kind, long Value, long MinOrderCents, DateOnly ValidFrom, DateOnly? ValidThrough,
    bool SingleUsePerCustomer, bool IsActive, int Redemptions);

/// <summary>
/// The voucher editor's input as typed. <see cref="Value"/> is percent for <see cref="VoucherKind.Percent"/> and euros for a
/// fixed amount; dates are "yyyy-MM-dd" in the shop's time zone, <see cref="ValidThrough"/> being the last valid day.
/// </summary>
public sealed class VoucherForm
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public VoucherKind Kind { get; set; } = VoucherKind.Percent;
    public string Value { get; set; } = "";
    public string MinOrder { get; set; } = "0.00";
    public string ValidFrom { get; set; } = "";
    public string ValidThrough { get; set; } = "";
    public bool SingleUsePerCustomer { get; set; }
    public bool IsActive { get; set; } = true;
}
