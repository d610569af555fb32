using Microsoft.EntityFrameworkCore;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Checkout.Vouchers;
using Storefront.Tests.Features.Admin;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Checkout.Vouchers;

public sealed class VoucherAdminTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private VoucherAdmin Admin => app.Get<VoucherAdmin>();

    private async Task<StorefrontDb> DbAsync() => await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);

    private VoucherForm Form(string code, VoucherKind kind = VoucherKind.Percent, string value = "15")
    {
        var form = Admin.New();
        (form.Code, form.Kind, form.Value) = (code, kind, value);
        return form;
    }

    [Fact]
    public async Task A_new_voucher_is_stored_upper_case_applies_in_the_cart_and_is_audited()
    {
        var form = Form(" spring-15 ");
        form.MinOrder = "20,00";
        form.SingleUsePerCustomer = true;

        var result = await Admin.SaveAsync(Merchants.Mara, form, Ct);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Voucher SPRING-15 created.", result.Message);
        var effect = await app.Get<VoucherService>().EffectAsync("SPRING-15", new Money(4000), "ben@storefront.test", Ct);
        Assert.True(effect!.Applies);
        Assert.Equal(600, effect.DiscountCents);
        var below = await app.Get<VoucherService>().EffectAsync("SPRING-15", new Money(1999), null, Ct);
        Assert.Equal(VoucherProblem.BelowMinimum, below!.Problem);
        await using var db = await DbAsync();
        var entry = await db.Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.EntityType == "Voucher" && e.EntityId == result.Id.ToString(), Ct);
        Assert.Equal(("Created", "merchant@storefront.test", "SPRING-15"), (entry.Action, entry.UserName, entry.Summary));
        Assert.Null(entry.BeforeJson);
        Assert.Contains("\"MinOrderCents\":2000", entry.AfterJson);
    }

    [Theory]
    [InlineData("SPRING 15!", "Percent", "10", "", "Code", "Use 1 to 32 capital letters, digits or hyphens (e.g. SPRING-10).")]
    [InlineData("THIS-CODE-IS-FAR-TOO-LONG-FOR-A-CART", "Percent", "10", "", "Code", "Use 1 to 32 capital letters, digits or hyphens (e.g. SPRING-10).")]
    [InlineData("welcome10", "Percent", "10", "", "Code", "There is already a voucher with the code WELCOME10.")]
    [InlineData("ZERO-PERCENT", "Percent", "0", "", "Value", "Enter a whole percentage from 1 to 100.")]
    [InlineData("TOO-MUCH", "Percent", "101", "", "Value", "Enter a whole percentage from 1 to 100.")]
    [InlineData("MINUS-FIVE", "FixedAmount", "-5", "", "Value", "The amount cannot be negative.")]
    [InlineData("REVERSED", "Percent", "10", "2020-01-01", "ValidThrough", "The last day cannot be before the first day.")]
    [InlineData("NOT-A-DATE", "Percent", "10", "next week", "ValidThrough", "Enter a date as YYYY-MM-DD.")]
    public async Task Refused_input_names_the_field_and_changes_nothing(string code, string kind, string value, string through, string field, string message)
    {
        await using var db = await DbAsync();
        var (vouchers, audits) = (await db.Vouchers.CountAsync(Ct), await db.Set<AuditEntry>().CountAsync(Ct));
        var form = Form(code, Enum.Parse<VoucherKind>(kind), value);
        form.ValidThrough = through;

        var result = await Admin.SaveAsync(Merchants.Mara, form, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal("Please correct the marked fields. Nothing was saved.", result.Error);
        Assert.Equal(message, result.FieldErrors[field]);
        Assert.Equal(vouchers, await db.Vouchers.CountAsync(Ct));
        Assert.Equal(audits, await db.Set<AuditEntry>().CountAsync(Ct));
    }

    [Fact]
    public async Task Editing_keeps_its_own_code_and_switching_off_makes_the_cart_refuse_it()
    {
        var created = await Admin.SaveAsync(Merchants.Mara, Form("FIVER", VoucherKind.FixedAmount, "5"), Ct);
        var form = (await Admin.EditAsync(created.Id!.Value, Ct))!;
        Assert.Equal("5.00", form.Value);
        form.Value = "7.50";

        var edited = await Admin.SaveAsync(Merchants.Mara, form, Ct);
        var off = await Admin.SetActiveAsync(Merchants.Mara, form.Id, false, Ct);

        Assert.True(edited.Succeeded, edited.Error);
        Assert.Equal("Voucher FIVER is off: shoppers who enter it are told it is unknown.", off.Message);
        var effect = await app.Get<VoucherService>().EffectAsync("FIVER", new Money(4000), null, Ct);
        Assert.Equal(VoucherProblem.Unknown, effect!.Problem);
        var row = (await Admin.ListAsync(Ct)).Single(v => v.Code == "FIVER");
        Assert.Equal((750L, false), (row.Value, row.IsActive));
        await using var db = await DbAsync();
        var actions = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.EntityType == "Voucher" && e.EntityId == form.Id.ToString())
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(Ct);
        Assert.Equal(["Created", "Updated", "SwitchedOff"], actions);
    }

    [Fact]
    public async Task The_last_day_is_valid_to_its_end_in_the_shops_time_zone()
    {
        var form = Form("ONE-DAY");
        (form.ValidFrom, form.ValidThrough) = ("2026-12-24", "2026-12-24");

        var result = await Admin.SaveAsync(Merchants.Mara, form, Ct);

        Assert.True(result.Succeeded, result.Error);
        await using var db = await DbAsync();
        var v = await db.Vouchers.AsNoTracking().SingleAsync(x => x.Code == "ONE-DAY", Ct);
        // Berlin is UTC+1 in December.
        Assert.Equal(new DateTime(2026, 12, 23, 23, 0, 0), v.ValidFromUtc);
        Assert.Equal(new DateTime(2026, 12, 24, 23, 0, 0), v.ValidUntilUtc);
        var row = (await Admin.ListAsync(Ct)).Single(x => x.Code == "ONE-DAY");
        Assert.Equal((new DateOnly(2026, 12, 24), (DateOnly?)new DateOnly(2026, 12, 24)), (row.ValidFrom, row.ValidThrough));
    }

    [Fact]
    public async Task A_shopper_can_neither_create_nor_switch_off_a_voucher()
    {
        await using var db = await DbAsync();
        var welcome = await db.Vouchers.AsNoTracking().SingleAsync(v => v.Code == "WELCOME10", Ct);

        var created = await Admin.SaveAsync(Merchants.Shopper, Form("FREE-STUFF", VoucherKind.Percent, "100"), Ct);
        var off = await Admin.SetActiveAsync(Merchants.Anonymous, welcome.Id, false, Ct);

        Assert.Equal("Only merchants may do this.", created.Error);
        Assert.Equal("Only merchants may do this.", off.Error);
        Assert.False(await db.Vouchers.AnyAsync(v => v.Code == "FREE-STUFF", Ct));
        Assert.True((await db.Vouchers.AsNoTracking().SingleAsync(v => v.Code == "WELCOME10", Ct)).IsActive);
    }
}
