using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Catalog;
using Storefront.Features.SizeAdvisor.Engine;
using Storefront.Features.SizeAdvisor.Merchant;
using Storefront.Tests.Features.Admin;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.SizeAdvisor;

public sealed class SizeChartAdminTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private SizeChartAdmin Admin => app.Get<SizeChartAdmin>();

    private async Task<StorefrontDb> DbAsync() => await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);

    private async Task<SizeChartForm> ChartAsync(SizeKind kind, int skip = 0) =>
        (await Admin.EditAsync((await Admin.ListAsync(Ct)).Where(c => c.Kind == kind).Skip(skip).First().Id, Ct))!;

    [Fact]
    public async Task The_preview_is_the_fit_engines_answer_for_the_chart_as_typed()
    {
        var form = await ChartAsync(SizeKind.Shoe);
        await using var db = await DbAsync();
        var stored = await db.SizeCharts.AsNoTracking().Include(c => c.Rows).SingleAsync(c => c.Id == form.Id, Ct);

        var preview = await Admin.PreviewAsync(form, new SizePreviewForm { Foot = "268" }, Ct);

        var expected = FitEngine.Recommend(stored, new ShoeMeasurements(268));
        Assert.Null(preview.Problem);
        Assert.Equal((expected.Size, expected.RunnerUp, expected.Confidence), (preview.Size, preview.RunnerUp, preview.Confidence));
    }

    [Fact]
    public async Task A_gap_between_sizes_is_refused_with_the_validators_message_and_the_chart_stays_as_it_was()
    {
        var form = await ChartAsync(SizeKind.Shoe, skip: 1);
        var (first, second) = (form.Rows[0], form.Rows[1]);
        second.FootMin = (int.Parse(first.FootMax) + 5).ToString();
        await using var db = await DbAsync();
        var audits = await db.Set<AuditEntry>().CountAsync(Ct);

        var result = await Admin.SaveAsync(Merchants.Mara, form, Ct);
        var preview = await Admin.PreviewAsync(form, new SizePreviewForm { Foot = "268" }, Ct);

        Assert.False(result.Succeeded);
        Assert.Contains($"Gap in foot length between {first.Label} and {second.Label}", result.FieldErrors["Rows"]);
        Assert.StartsWith("Gap in foot length", preview.Problem);
        var unchanged = await Admin.EditAsync(form.Id, Ct);
        Assert.NotEqual(second.FootMin, unchanged!.Rows[1].FootMin);
        Assert.Equal(audits, await db.Set<AuditEntry>().CountAsync(Ct));
    }

    [Fact]
    public async Task Overlaps_text_for_millimetres_a_second_chart_for_the_same_pair_and_shoppers_are_refused()
    {
        var form = await ChartAsync(SizeKind.Clothing);
        await using var db = await DbAsync();
        var (charts, audits) = (await db.SizeCharts.CountAsync(Ct), await db.Set<AuditEntry>().CountAsync(Ct));
        var overlapping = await ChartAsync(SizeKind.Clothing);
        var measure = overlapping.Rows[0].ChestMax != "" ? "chest" : "height";
        if (measure == "chest")
        {
            overlapping.Rows[1].ChestMin = (int.Parse(overlapping.Rows[0].ChestMax) - 10).ToString();
        }
        else
        {
            overlapping.Rows[1].HeightMin = (int.Parse(overlapping.Rows[0].HeightMax) - 10).ToString();
        }
        var text = await ChartAsync(SizeKind.Clothing);
        text.Rows[0].HeightMin = "tall";
        var copy = await ChartAsync(SizeKind.Clothing);
        copy.Id = 0;

        var overlap = await Admin.SaveAsync(Merchants.Mara, overlapping, Ct);
        var notMm = await Admin.SaveAsync(Merchants.Mara, text, Ct);
        var duplicate = await Admin.SaveAsync(Merchants.Mara, copy, Ct);
        var shopper = await Admin.SaveAsync(Merchants.Shopper, form, Ct);

        Assert.Contains($"{overlapping.Rows[0].Label} and {overlapping.Rows[1].Label} overlap in {measure}", overlap.FieldErrors["Rows"]);
        Assert.Equal("Whole millimetres.", notMm.FieldErrors["Rows[0].HeightMin"]);
        Assert.Equal("This brand already has a size chart for this category.", duplicate.FieldErrors["CategoryId"]);
        Assert.Equal("Only merchants may do this.", shopper.Error);
        Assert.Equal((charts, audits), (await db.SizeCharts.CountAsync(Ct), await db.Set<AuditEntry>().CountAsync(Ct)));
    }

    [Fact]
    public async Task A_valid_change_replaces_the_sizes_is_audited_and_the_advisor_uses_it()
    {
        var form = await ChartAsync(SizeKind.Shoe, skip: 2);
        var last = form.Rows[^1];
        form.Rows.Add(new SizeChartRowForm { Label = "XL-TEST", FootMin = last.FootMax, FootMax = (int.Parse(last.FootMax) + 7).ToString() });
        form.NoteEn = "Runs true to size.";

        var result = await Admin.SaveAsync(Merchants.Mara, form, Ct);

        Assert.True(result.Succeeded, result.Error);
        var saved = (await Admin.EditAsync(form.Id, Ct))!;
        Assert.Equal(("XL-TEST", "Runs true to size."), (saved.Rows[^1].Label, saved.NoteEn));
        await using var db = await DbAsync();
        var chart = await db.SizeCharts.AsNoTracking().Include(c => c.Rows).SingleAsync(c => c.Id == form.Id, Ct);
        Assert.Empty(SizeChartValidator.Validate(chart));
        Assert.Equal("XL-TEST", FitEngine.Recommend(chart, new ShoeMeasurements(int.Parse(last.FootMax) + 3)).Size);
        var entry = await db.Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.EntityType == "SizeChart" && e.EntityId == form.Id.ToString(), Ct);
        Assert.Contains("XL-TEST", entry.AfterJson);
    }
}
