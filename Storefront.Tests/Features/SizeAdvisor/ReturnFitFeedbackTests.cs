using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog;
using Storefront.Features.Orders.Returns;
using Storefront.Features.SizeAdvisor;
using Storefront.Features.SizeAdvisor.Engine;
using Storefront.Tests.Features.Orders;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.SizeAdvisor;

/// <summary>Returns with the reason "too small"/"too large" are fit evidence for the advisor (weight 1.5).</summary>
public sealed class ReturnFitFeedbackTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Returns_of_size_M_as_too_small_move_the_advice_and_your_size_one_size_up()
    {
        var dbFactory = app.Get<IDbContextFactory<StorefrontDb>>();
        var (productId, m, mRow, larger) = await ProductWithFewFitReviewsAsync(dbFactory);
        var advisor = app.Get<SizeAdvisorService>();
        var profiles = app.Get<FitProfiles>();
        var shopper = $"a:{Guid.NewGuid():N}";
        var form = new FitForm
        {
            Height = Cm(Mid(mRow.HeightMinMm, mRow.HeightMaxMm) ?? 1750), Weight = "70",
            Chest = Cm(Mid(mRow.ChestMinMm, mRow.ChestMaxMm)), Waist = Cm(Mid(mRow.WaistMinMm, mRow.WaistMaxMm)), Hip = Cm(Mid(mRow.HipMinMm, mRow.HipMaxMm)),
        };
        Assert.True((await profiles.SaveAsync(shopper, form, Ct)).Succeeded);

        var before = (await advisor.SetupAsync(productId, Ct))!;
        var adviceBefore = await Culture.InCulture("en", () => Task.FromResult(advisor.Advise(before, form).Advice!));
        Assert.Equal((0, "M"), (before.Offset.Shift, adviceBefore.Size));
        Assert.Equal("M", (await profiles.SizesForProductsAsync(shopper, [productId], Ct))[productId]);

        // Just enough "too small" returns of M to tip the product's evidence (each weighs 1.5).
        var returns = Enumerable.Range(1, 40).First(n => FitFeedback.Offset(
            [
                new(FitEvidenceSource.Review, FitVerdict.TooSmall, (int)before.Offset.TooSmall),
                new(FitEvidenceSource.Review, FitVerdict.TrueToSize, (int)before.Offset.TrueToSize),
                new(FitEvidenceSource.Review, FitVerdict.TooLarge, (int)before.Offset.TooLarge),
                new(FitEvidenceSource.Return, FitVerdict.TooSmall, n),
            ]).Shift == 1);
        for (var i = 0; i < returns; i++)
        {
            var order = await new OrderBuilder(dbFactory).Line(m, 1).Delivered(app.Time.GetUtcNow().UtcDateTime.AddDays(-2)).SaveAsync(Ct);
            var result = await app.Get<ReturnsService>().RequestAsync(new ReturnCommand(order.Number, new(null, null, order.AccessToken),
                [new ReturnLineInput { OrderLineId = order.Lines[0].Id.ToString(CultureInfo.InvariantCulture), Quantity = "1", Reason = nameof(ReturnReason.TooSmall) }],
                "http://shop.test/"), Ct);
            Assert.True(result.Succeeded, result.Error);
        }

        var after = (await advisor.SetupAsync(productId, Ct))!;
        var adviceAfter = await Culture.InCulture("en", () => Task.FromResult(advisor.Advise(after, form).Advice!));
        Assert.Equal(1, after.Offset.Shift);
        Assert.Equal(before.Offset.TooSmall + 1.5 * returns, after.Offset.TooSmall);
        Assert.Equal((larger, "M"), (adviceAfter.Size, adviceAfter.RunnerUp));
        Assert.Contains($"Most customers take one size larger in this model, so we suggest {larger} rather than M.", adviceAfter.Notes);
        Assert.Equal(larger, (await profiles.SizesForProductsAsync(shopper, [productId], Ct))[productId]);
    }

    /// <summary>A hoodie with a valid chart, sold in M and the next size up, with the fewest review fit answers.</summary>
    private static async Task<(int ProductId, int MVariant, SizeChartRow MRow, string Larger)> ProductWithFewFitReviewsAsync(IDbContextFactory<StorefrontDb> dbFactory)
    {
        await using var db = await dbFactory.CreateDbContextAsync(Ct);
        var candidates = await db.Products.AsNoTracking()
            .Where(p => p.Category!.Slug == "hoodies" && !p.IsArchived && p.Variants.Any(v => v.Size == "M" && v.Stock > 0))
            .OrderBy(p => p.Reviews.Count(r => r.Fit != FitAnswer.NotSaid)).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.BrandId, p.CategoryId, M = p.Variants.Where(v => v.Size == "M").OrderBy(v => v.Id).Select(v => v.Id).First(), Sizes = p.Variants.Select(v => v.Size).ToList() })
            .Take(20).ToListAsync(Ct);
        foreach (var c in candidates)
        {
            var chart = await db.SizeCharts.AsNoTracking().Include(s => s.Rows).FirstOrDefaultAsync(s => s.BrandId == c.BrandId && s.CategoryId == c.CategoryId, Ct);
            var rows = chart?.Rows.OrderBy(r => r.SortOrder).ToList();
            var mIndex = rows?.FindIndex(r => r.Label == "M") ?? -1;
            if (chart is not null && SizeChartValidator.Validate(chart).Count == 0 && mIndex >= 0 && mIndex + 1 < rows!.Count && c.Sizes.Contains(rows[mIndex + 1].Label))
            {
                return (c.Id, c.M, rows[mIndex], rows[mIndex + 1].Label);
            }
        }
        throw new InvalidOperationException("The demo catalog has no hoodie with a usable chart in M.");
    }

    private static int? Mid(int? min, int? max) => min is { } a && max is { } b ? (a + b) / 2 : min ?? max;

    private static string? Cm(int? mm) => mm is { } v ? (v / 10.0).ToString("0.#", CultureInfo.InvariantCulture) : null;
}
