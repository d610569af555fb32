using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Data;
using Storefront.Features.Admin;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Admin.Products;
using Storefront.Features.Catalog;
using Storefront.Features.SizeAdvisor.Engine;
using Storefront.Localization;

namespace Storefront.Features.SizeAdvisor.Merchant;

/// <summary>
/// The merchant's size charts per brand × category (the category decides the kind: clothing, shoe or frame). Rows are
/// checked by the advisor's own <see cref="SizeChartValidator"/>, and the preview runs the real <see cref="FitEngine"/>.
/// </summary>
public sealed class SizeChartAdmin(
    IDbContextFactory<StorefrontDb> dbFactory,
    IStringLocalizer<AdminText> text,
    IStringLocalizer<AdminSettingsText> settingsText,
    SizeAdviceWriter writer,
    TimeProvider time)
{
    public const int MaxRows = 40;

    public async Task<IReadOnlyList<SizeChartListRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await (from c in db.SizeCharts.AsNoTracking()
                          join b in db.Brands on c.BrandId equals b.Id
                          join k in db.Categories on c.CategoryId equals k.Id
                          select new { c.Id, Brand = b.Name, k.NameEn, k.NameDe, c.Kind, Sizes = c.Rows.Count })
            .ToListAsync(ct);
        return rows.Select(r => new SizeChartListRow(r.Id, r.Brand, Cultures.Pick(r.NameEn, r.NameDe), r.Kind, r.Sizes))
            .OrderBy(r => r.Brand, StringComparer.CurrentCulture).ThenBy(r => r.Category, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Brands, and the categories that have sizes (with their kind).</summary>
    public async Task<SizeChartOptions> OptionsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var brands = await db.Brands.AsNoTracking().OrderBy(b => b.Name).Select(b => new SizeChartOption(b.Id, b.Name, SizeKind.None)).ToListAsync(ct);
        var categories = await db.Categories.AsNoTracking().Where(c => c.SizeKind != SizeKind.None && c.ParentId != null)
            .Select(c => new { c.Id, c.NameEn, c.NameDe, c.SizeKind }).ToListAsync(ct);
        return new SizeChartOptions(brands,
            categories.Select(c => new SizeChartOption(c.Id, Cultures.Pick(c.NameEn, c.NameDe), c.SizeKind)).OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList());
    }

    public async Task<SizeChartForm?> EditAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var chart = await db.SizeCharts.AsNoTracking().Include(c => c.Rows).FirstOrDefaultAsync(c => c.Id == id, ct);
        return chart is null ? null : new SizeChartForm
        {
            Id = chart.Id, BrandId = chart.BrandId, CategoryId = chart.CategoryId, NoteEn = chart.NoteEn ?? "", NoteDe = chart.NoteDe ?? "",
            Rows = chart.Rows.OrderBy(r => r.SortOrder).Select(r => new SizeChartRowForm
            {
                Label = r.Label,
                HeightMin = Mm(r.HeightMinMm), HeightMax = Mm(r.HeightMaxMm), ChestMin = Mm(r.ChestMinMm), ChestMax = Mm(r.ChestMaxMm),
                WaistMin = Mm(r.WaistMinMm), WaistMax = Mm(r.WaistMaxMm), HipMin = Mm(r.HipMinMm), HipMax = Mm(r.HipMaxMm),
                FootMin = Mm(r.FootMinMm), FootMax = Mm(r.FootMaxMm), InseamMin = Mm(r.InseamMinMm), InseamMax = Mm(r.InseamMaxMm),
                UkLabel = r.UkLabel ?? "", UsLabel = r.UsLabel ?? "",
            }).ToList(),
        };
    }

    public async Task<AdminResult> SaveAsync(ClaimsPrincipal user, SizeChartForm form, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is not { } actor)
        {
            return AdminResult.Fail(text["NotAllowed"]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = new Dictionary<string, string>();
        var kind = await db.Categories.AsNoTracking().Where(c => c.Id == form.CategoryId).Select(c => (SizeKind?)c.SizeKind).FirstOrDefaultAsync(ct);
        if (kind is null or SizeKind.None)
        {
            errors[nameof(form.CategoryId)] = settingsText["ChartCategoryInvalid"];
        }
        if (!await db.Brands.AnyAsync(b => b.Id == form.BrandId, ct))
        {
            errors[nameof(form.BrandId)] = text["BrandRequired"];
        }
        else if (await db.SizeCharts.AnyAsync(c => c.BrandId == form.BrandId && c.CategoryId == form.CategoryId && c.Id != form.Id, ct))
        {
            errors[nameof(form.CategoryId)] = settingsText["ChartExists"];
        }
        CatalogNote(errors, nameof(form.NoteEn), form.NoteEn);
        CatalogNote(errors, nameof(form.NoteDe), form.NoteDe);
        var parsed = Parse(form, kind ?? SizeKind.None, errors);
        if (errors.Count == 0)
        {
            var problems = SizeChartValidator.Validate(parsed);
            if (problems.Count > 0)
            {
                errors["Rows"] = string.Join(" ", problems.Select(writer.Describe));
            }
        }
        SizeChart? chart = null;
        if (form.Id != 0 && (chart = await db.SizeCharts.Include(c => c.Rows).FirstOrDefaultAsync(c => c.Id == form.Id, ct)) is null)
        {
            return AdminResult.Fail(settingsText["ChartNotFound"]);
        }
        if (errors.Count > 0)
        {
            return AdminResult.Invalid(text["FixErrors"], errors);
        }

        var before = chart is null ? null : Snapshot(chart);
        if (chart is null)
        {
            chart = new SizeChart();
            db.SizeCharts.Add(chart);
        }
        else
        {
            db.SizeChartRows.RemoveRange(chart.Rows);
            chart.Rows.Clear();
        }
        (chart.BrandId, chart.CategoryId, chart.Kind) = (parsed.BrandId, parsed.CategoryId, parsed.Kind);
        (chart.NoteEn, chart.NoteDe) = (parsed.NoteEn, parsed.NoteDe);
        chart.Rows.AddRange(parsed.Rows);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        AuditTrail.Record(db, actor, time.GetUtcNow().UtcDateTime, "SizeChart", chart.Id.ToString(CultureInfo.InvariantCulture),
            before is null ? "Created" : "Updated", settingsText["ChartAuditSummary", form.BrandId, form.CategoryId, parsed.Rows.Count], before, Snapshot(chart));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return AdminResult.Ok(chart.Id, text["Saved"]);
    }

    /// <summary>What the advisor recommends for the sample with the chart as typed (unsaved changes included).</summary>
    public async Task<SizePreview> PreviewAsync(SizeChartForm form, SizePreviewForm sample, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kind = await db.Categories.AsNoTracking().Where(c => c.Id == form.CategoryId).Select(c => c.SizeKind).FirstOrDefaultAsync(ct);
        var errors = new Dictionary<string, string>();
        var chart = Parse(form, kind, errors);
        var problems = SizeChartValidator.Validate(chart);
        if (kind == SizeKind.None || errors.Count > 0 || problems.Count > 0)
        {
            return new SizePreview(null, null, FitConfidence.Low, problems.Count > 0 ? writer.Describe(problems[0]) : settingsText["PreviewFixChart"]);
        }
        FitMeasurements? measurements = kind switch
        {
            SizeKind.Shoe => Int(sample.Foot) is { } foot ? new ShoeMeasurements(foot) : null,
            SizeKind.Frame => Int(sample.Inseam) is { } inseam && Int(sample.Height) is { } h ? new FrameMeasurements(inseam, h, sample.Style) : null,
            _ => Int(sample.Height) is { } height && double.TryParse(sample.Weight?.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var kg)
                 && kg is > 20 and < 300
                ? new ClothingMeasurements(height, kg, Int(sample.Chest), null, null, sample.Preference) : null,
        };
        if (measurements is null)
        {
            return new SizePreview(null, null, FitConfidence.Low, settingsText["PreviewSampleInvalid"]);
        }
        var r = FitEngine.Recommend(chart, measurements);
        return new SizePreview(r.Size, r.RunnerUp, r.Confidence, null);
    }

    private SizeChart Parse(SizeChartForm form, SizeKind kind, Dictionary<string, string> errors)
    {
        var chart = new SizeChart
        {
            BrandId = form.BrandId, CategoryId = form.CategoryId, Kind = kind,
            NoteEn = string.IsNullOrWhiteSpace(form.NoteEn) ? null : form.NoteEn.Trim(),
            NoteDe = string.IsNullOrWhiteSpace(form.NoteDe) ? null : form.NoteDe.Trim(),
        };
        if (form.Rows.Count > MaxRows)
        {
            errors["Rows"] = settingsText["ChartTooManyRows", MaxRows];
            return chart;
        }
        for (var i = 0; i < form.Rows.Count; i++)
        {
            var f = form.Rows[i];
            var key = $"Rows[{i}].";
            int? Read(string name, string value)
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    return null;
                }
                if (Int(value) is { } mm and >= 0 and <= 10_000)
                {
                    return mm;
                }
                errors[key + name] = settingsText["ChartMmInvalid"];
                return null;
            }
            string? Label(string name, string value)
            {
                if (value.Trim().Length > 10)
                {
                    errors[key + name] = text["TooLong", 10];
                }
                return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            }
            if (f.Label.Trim().Length > 20)
            {
                errors[key + nameof(f.Label)] = text["TooLong", 20];
            }
            chart.Rows.Add(new SizeChartRow
            {
                Label = f.Label.Trim(), SortOrder = i + 1,
                HeightMinMm = Read(nameof(f.HeightMin), f.HeightMin), HeightMaxMm = Read(nameof(f.HeightMax), f.HeightMax),
                ChestMinMm = Read(nameof(f.ChestMin), f.ChestMin), ChestMaxMm = Read(nameof(f.ChestMax), f.ChestMax),
                WaistMinMm = Read(nameof(f.WaistMin), f.WaistMin), WaistMaxMm = Read(nameof(f.WaistMax), f.WaistMax),
                HipMinMm = Read(nameof(f.HipMin), f.HipMin), HipMaxMm = Read(nameof(f.HipMax), f.HipMax),
                FootMinMm = Read(nameof(f.FootMin), f.FootMin), FootMaxMm = Read(nameof(f.FootMax), f.FootMax),
                InseamMinMm = Read(nameof(f.InseamMin), f.InseamMin), InseamMaxMm = Read(nameof(f.InseamMax), f.InseamMax),
                UkLabel = Label(nameof(f.UkLabel), f.UkLabel), UsLabel = Label(nameof(f.UsLabel), f.UsLabel),
            });
        }
        return chart;
    }

    private void CatalogNote(Dictionary<string, string> errors, string key, string? value)
    {
        if (value is { Length: > 400 })
        {
            errors[key] = text["TooLong", 400];
        }
    }

    private static int? Int(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Mm(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static object Snapshot(SizeChart c) => new
    {
        c.BrandId, c.CategoryId, Kind = c.Kind.ToString(), c.NoteEn, c.NoteDe,
        Rows = c.Rows.OrderBy(r => r.SortOrder).Select(r => new
        {
            r.Label, r.HeightMinMm, r.HeightMaxMm, r.ChestMinMm, r.ChestMaxMm, r.WaistMinMm, r.WaistMaxMm, r.HipMinMm, r.HipMaxMm,
            r.FootMinMm, r.FootMaxMm, r.InseamMinMm, r.InseamMaxMm,
        }),
    };
}
