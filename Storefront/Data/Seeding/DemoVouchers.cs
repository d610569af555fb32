using Storefront.Features.Checkout.Vouchers;

namespace Storefront.Data.Seeding;

/// <summary>Vouchers to try the checkout with (listed in the README), valid relative to the seeding day.</summary>
public static class DemoVouchers
{
    public static IReadOnlyList<Voucher> Build(DateTime anchor) =>
    [
        new() { Code = "WELCOME10", Kind = VoucherKind.Percent, Value = 10, ValidFromUtc = anchor.Date.AddDays(-30), SingleUsePerCustomer = true },
        new() { Code = "SAVE5", Kind = VoucherKind.FixedAmount, Value = 500, MinOrderCents = 4000, ValidFromUtc = anchor.Date.AddDays(-30), ValidUntilUtc = anchor.Date.AddDays(180) },
        new() { Code = "FREESHIP", Kind = VoucherKind.FreeShipping, ValidFromUtc = anchor.Date.AddDays(-30) },
        new() { Code = "SUMMER25", Kind = VoucherKind.Percent, Value = 25, ValidFromUtc = anchor.Date.AddDays(-120), ValidUntilUtc = anchor.Date.AddDays(-30) },
    ];
}
