using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Storefront.Data;
using Storefront.Features.Admin;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Admin.Products;
using Storefront.Features.Catalog.ProductPage;

namespace Storefront.Features.Checkout.Vouchers;

/// <summary>
/// The merchant's vouchers: list, create, edit, switch off and on. Codes follow <see cref="VoucherRules.Normalize"/>, so
/// every code saved here can be typed in the cart. Dates are calendar days in the shop's time zone.
/// </summary>
public sealed class VoucherAdmin(
    IDbContextFactory<StorefrontDb> dbFactory,
    IStringLocalizer<AdminText> text,
    IStringLocalizer<AdminSettingsText> settingsText,
    IOptions<DeliveryOptions> delivery,
    TimeProvider time)
{
    private const string DateFormat = "yyyy-MM-dd";

    private TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(delivery.Value.TimeZone);

    public async Task<IReadOnlyList<VoucherRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Vouchers.AsNoTracking().OrderBy(v => v.Code)
            .Select(v => new { Voucher = v, Redemptions = db.VoucherRedemptions.Count(r => r.VoucherId == v.Id) })
            .ToListAsync(ct);
        return rows.Select(r => new VoucherRow(r.Voucher.Id, r.Voucher.Code, r.Voucher.Kind, r.Voucher.Value, r.Voucher.MinOrderCents,
            LocalDay(r.Voucher.ValidFromUtc), r.Voucher.ValidUntilUtc is { } until ? LocalDay(until).AddDays(-1) : null,
            r.Voucher.SingleUsePerCustomer, r.Voucher.IsActive, r.Redemptions)).ToList();
    }

    /// <summary>A blank form starting today.</summary>
    public VoucherForm New() => new() { ValidFrom = LocalDay(time.GetUtcNow().UtcDateTime).ToString(DateFormat, CultureInfo.InvariantCulture) };

    public async Task<VoucherForm?> EditAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var v = await db.Vouchers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return v is null ? null : new VoucherForm
        {
            Id = v.Id,
            Code = v.Code,
            Kind = v.Kind,
            Value = v.Kind switch
            {
                VoucherKind.Percent => v.Value.ToString(CultureInfo.InvariantCulture),
                VoucherKind.FixedAmount => ProductFormRules.FormatCents(v.Value),
                _ => "",
            },
            MinOrder = ProductFormRules.FormatCents(v.MinOrderCents),
            ValidFrom = LocalDay(v.ValidFromUtc).ToString(DateFormat, CultureInfo.InvariantCulture),
            ValidThrough = v.ValidUntilUtc is { } until ? LocalDay(until).AddDays(-1).ToString(DateFormat, CultureInfo.InvariantCulture) : "",
            SingleUsePerCustomer = v.SingleUsePerCustomer,
            IsActive = v.IsActive,
        };
    }

    public async Task<AdminResult> SaveAsync(ClaimsPrincipal user, VoucherForm form, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is not { } actor)
        {
            return AdminResult.Fail(text["NotAllowed"]);
        }
        var errors = new Dictionary<string, string>();
        var values = Validate(form, errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        Voucher? voucher = null;
        if (form.Id != 0 && (voucher = await db.Vouchers.FirstOrDefaultAsync(v => v.Id == form.Id, ct)) is null)
        {
            return AdminResult.Fail(settingsText["VoucherNotFound"]);
        }
        if (values.Code is { } code && await db.Vouchers.AnyAsync(v => v.Code == code && v.Id != form.Id, ct))
        {
            errors[nameof(form.Code)] = settingsText["VoucherCodeTaken", code];
        }
        if (errors.Count > 0)
        {
            return AdminResult.Invalid(text["FixErrors"], errors);
        }

        var before = voucher is null ? null : Snapshot(voucher);
        voucher ??= db.Vouchers.Add(new Voucher { Code = values.Code! }).Entity;
        voucher.Code = values.Code!;
        voucher.Kind = form.Kind;
        voucher.Value = values.Value;
        voucher.MinOrderCents = values.MinOrderCents;
        voucher.ValidFromUtc = values.FromUtc;
        voucher.ValidUntilUtc = values.UntilUtc;
        voucher.SingleUsePerCustomer = form.SingleUsePerCustomer;
        voucher.IsActive = form.IsActive;
        var now = time.GetUtcNow().UtcDateTime;
        // The new voucher's id exists only after the insert; both writes commit together.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        AuditTrail.Record(db, actor, now, "Voucher", voucher.Id.ToString(CultureInfo.InvariantCulture), before is null ? "Created" : "Updated",
            voucher.Code, before, Snapshot(voucher));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return AdminResult.Ok(voucher.Id, before is null ? settingsText["VoucherCreated", voucher.Code] : text["Saved"]);
    }

    /// <summary>Switches a voucher off (shoppers get "unknown code") or on again.</summary>
    public async Task<AdminResult> SetActiveAsync(ClaimsPrincipal user, int id, bool active, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is not { } actor)
        {
            return AdminResult.Fail(text["NotAllowed"]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Vouchers.FirstOrDefaultAsync(v => v.Id == id, ct) is not { } voucher)
        {
            return AdminResult.Fail(settingsText["VoucherNotFound"]);
        }
        if (voucher.IsActive == active)
        {
            return AdminResult.Ok(id, settingsText[active ? "VoucherSwitchedOn" : "VoucherSwitchedOff", voucher.Code]);
        }
        var before = Snapshot(voucher);
        voucher.IsActive = active;
        AuditTrail.Record(db, actor, time.GetUtcNow().UtcDateTime, "Voucher", id.ToString(CultureInfo.InvariantCulture),
            active ? "SwitchedOn" : "SwitchedOff", voucher.Code, before, Snapshot(voucher));
        await db.SaveChangesAsync(ct);
        return AdminResult.Ok(id, settingsText[active ? "VoucherSwitchedOn" : "VoucherSwitchedOff", voucher.Code]);
    }

    private sealed record Parsed(string? Code, long Value, long MinOrderCents, DateTime FromUtc, DateTime? UntilUtc);

    private Parsed Validate(VoucherForm form, Dictionary<string, string> errors)
    {
        var code = VoucherRules.Normalize(form.Code);
        if (code is null)
        {
            errors[nameof(form.Code)] = settingsText["VoucherCodeInvalid", VoucherRules.MaxCodeLength];
        }
        long value = 0;
        switch (form.Kind)
        {
            case VoucherKind.Percent:
                if (!int.TryParse(form.Value?.Trim().TrimEnd('%').Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var percent)
                    || percent is < 1 or > 100)
                {
                    errors[nameof(form.Value)] = settingsText["VoucherPercentInvalid"];
                }
                value = percent;
                break;
            case VoucherKind.FixedAmount:
                if (ProductFormRules.ParseCents(form.Value, out value) is { } problem)
                {
                    errors[nameof(form.Value)] = text[problem];
                }
                else if (value == 0)
                {
                    errors[nameof(form.Value)] = text["PriceZero"];
                }
                break;
            case VoucherKind.FreeShipping:
                break;
            default:
                errors[nameof(form.Kind)] = settingsText["VoucherKindInvalid"];
                break;
        }
        if (ProductFormRules.ParseCents(string.IsNullOrWhiteSpace(form.MinOrder) ? "0" : form.MinOrder, out var minOrder) is { } minProblem)
        {
            errors[nameof(form.MinOrder)] = text[minProblem];
        }
        var from = ParseDay(form.ValidFrom);
        if (from is null)
        {
            errors[nameof(form.ValidFrom)] = settingsText["VoucherDateInvalid"];
        }
        DateOnly? through = null;
        if (!string.IsNullOrWhiteSpace(form.ValidThrough))
        {
            through = ParseDay(form.ValidThrough);
            if (through is null)
            {
                errors[nameof(form.ValidThrough)] = settingsText["VoucherDateInvalid"];
            }
            else if (from is { } start && through < start)
            {
                errors[nameof(form.ValidThrough)] = settingsText["VoucherWindowReversed"];
            }
        }
        return new Parsed(code, value, minOrder, from is { } f ? StartUtc(f) : default, through is { } t ? StartUtc(t.AddDays(1)) : null);
    }

    private static DateOnly? ParseDay(string? input) =>
        DateOnly.TryParseExact(input?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>Midnight of <paramref name="day"/> in the shop's time zone, as UTC.</summary>
    private DateTime StartUtc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    private DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone));

    private static object Snapshot(Voucher v) => new
    {
        v.Code, Kind = v.Kind.ToString(), v.Value, v.MinOrderCents, v.ValidFromUtc, v.ValidUntilUtc, v.SingleUsePerCustomer, v.IsActive,
    };
}
