using Storefront.Features.Checkout.Vouchers;

namespace Storefront.Tests.Features.Checkout.Vouchers;

public sealed class VoucherRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    private static VoucherTerms Terms(VoucherKind kind = VoucherKind.Percent, long value = 10, long min = 0, DateTime? from = null, DateTime? until = null,
        bool singleUse = false, bool active = true) =>
        new(1, "TEST", kind, value, min, from ?? Now.AddDays(-1), until, singleUse, active);

    [Theory]
    [InlineData(VoucherKind.Percent, 10, 4995, 500)] // 499.5 rounds away from zero
    [InlineData(VoucherKind.Percent, 100, 4995, 4995)]
    [InlineData(VoucherKind.FixedAmount, 500, 4000, 500)]
    [InlineData(VoucherKind.FixedAmount, 5000, 1999, 1999)] // never more than the goods cost
    [InlineData(VoucherKind.FreeShipping, 0, 1999, 0)]
    public void Works_out_the_discount_on_the_goods(VoucherKind kind, long value, long goods, long discount)
    {
        var effect = VoucherRules.Evaluate(Terms(kind, value), goods, Now, alreadyUsed: false);

        Assert.True(effect.Applies);
        Assert.Equal(discount, effect.DiscountCents);
        Assert.Equal(kind == VoucherKind.FreeShipping, effect.FreeShipping);
    }

    [Fact]
    public void Is_valid_from_its_start_up_to_but_not_including_its_end()
    {
        var from = Now.AddDays(-10);
        var until = Now.AddDays(10);

        Assert.Equal(VoucherProblem.NotYetValid, VoucherRules.Evaluate(Terms(from: from, until: until), 1000, from.AddTicks(-1), false).Problem);
        Assert.True(VoucherRules.Evaluate(Terms(from: from, until: until), 1000, from, false).Applies);
        Assert.True(VoucherRules.Evaluate(Terms(from: from, until: until), 1000, until.AddTicks(-1), false).Applies);
        Assert.Equal(VoucherProblem.Expired, VoucherRules.Evaluate(Terms(from: from, until: until), 1000, until, false).Problem);
    }

    [Fact]
    public void Needs_the_minimum_order_before_the_voucher()
    {
        Assert.Equal(VoucherProblem.BelowMinimum, VoucherRules.Evaluate(Terms(min: 4000), 3999, Now, false).Problem);
        Assert.Equal(0, VoucherRules.Evaluate(Terms(min: 4000), 3999, Now, false).DiscountCents);
        Assert.True(VoucherRules.Evaluate(Terms(min: 4000), 4000, Now, false).Applies);
    }

    [Fact]
    public void A_previous_use_only_counts_for_single_use_vouchers()
    {
        Assert.Equal(VoucherProblem.AlreadyUsed, VoucherRules.Evaluate(Terms(singleUse: true), 1000, Now, alreadyUsed: true).Problem);
        Assert.True(VoucherRules.Evaluate(Terms(singleUse: false), 1000, Now, alreadyUsed: true).Applies);
    }

    [Fact]
    public void A_switched_off_voucher_reads_like_an_unknown_code()
    {
        Assert.Equal(VoucherProblem.Unknown, VoucherRules.Evaluate(Terms(active: false), 1000, Now, false).Problem);
    }

    [Theory]
    [InlineData(" welcome10 ", "WELCOME10")]
    [InlineData("save-5", "SAVE-5")]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("DROP TABLE", null)]
    [InlineData("<script>", null)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", null)] // longer than any code
    public void Normalizes_codes_and_refuses_what_cannot_be_one(string input, string? expected)
    {
        Assert.Equal(expected, VoucherRules.Normalize(input));
    }
}
