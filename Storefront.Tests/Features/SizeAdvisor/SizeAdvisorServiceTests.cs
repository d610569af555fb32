using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog;
using Storefront.Features.SizeAdvisor;
using Storefront.Features.SizeAdvisor.Engine;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.SizeAdvisor;

public sealed class SizeAdvisorServiceTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private SizeAdvisorService Advisor => app.Get<SizeAdvisorService>();

    private async Task<int> ProductInAsync(string categorySlug, int skip = 0) =>
        await app.Get<StorefrontDb>().Products.AsNoTracking().Where(p => p.Category!.Slug == categorySlug && !p.IsArchived)
            .OrderBy(p => p.Id).Select(p => p.Id).Skip(skip).FirstAsync(Ct);

    [Fact]
    public async Task A_gravel_bike_gets_a_frame_size_that_it_is_sold_in_with_the_method_shown()
    {
        var setup = await Advisor.SetupAsync(await ProductInAsync("gravel-bikes"), Ct);

        var outcome = await Culture.InCulture("en", () => Task.FromResult(Advisor.Advise(setup!, new FitForm { Inseam = "84", Height = "178", Style = setup!.DefaultStyle })));

        Assert.Equal(RidingStyle.Gravel, setup!.DefaultStyle);
        Assert.Empty(outcome.Errors);
        var advice = outcome.Advice!;
        Assert.EndsWith(" cm", advice.Size);
        Assert.NotEmpty(advice.Variants);
        Assert.All(advice.Variants, v => Assert.Equal(advice.Size, v.Size));
        Assert.Contains(advice.Notes, n => n.StartsWith("Inseam-factor method: 84 cm × 0.665 (gravel) = 55.9 cm seat tube.", StringComparison.Ordinal));
        Assert.NotNull(advice.RunnerUp);
    }

    [Fact]
    public async Task Clothing_without_girths_says_they_were_estimated_in_german()
    {
        var setup = await Advisor.SetupAsync(await ProductInAsync("t-shirts"), Ct);

        var outcome = await Culture.InCulture("de", () => Task.FromResult(Advisor.Advise(setup!, new FitForm { Height = "178", Weight = "75" })));

        Assert.Contains(outcome.Advice!.Notes, n => n.StartsWith("Aus Größe und Gewicht geschätzt: Brust ", StringComparison.Ordinal));
        Assert.NotEqual(FitConfidence.High, outcome.Advice.Confidence);
        Assert.Equal("Geringe Sicherheit", (await Culture.InCulture("de", () => Task.FromResult(app.Get<SizeAdviceWriter>()
            .Write(setup!, outcome.Advice.Recommendation with { Confidence = FitConfidence.Low })))).ConfidenceLabel);
    }

    [Fact]
    public async Task Bad_input_gives_field_errors_and_no_advice()
    {
        var setup = await Advisor.SetupAsync(await ProductInAsync("running-shoes"), Ct);

        var outcome = await Culture.InCulture("en", () => Task.FromResult(Advisor.Advise(setup!, new FitForm { FootLength = "eighty" })));

        Assert.Null(outcome.Advice);
        Assert.Equal("Enter your foot length as a number in cm, e.g. 26.5.", outcome.Errors[FitField.FootLength]);
    }

    [Fact]
    public async Task A_product_without_a_chart_and_one_with_a_broken_chart_get_a_clear_message_instead_of_a_guess()
    {
        var db = app.Get<StorefrontDb>();
        var noChart = await ProductInAsync("boots");
        var broken = await ProductInAsync("jeans");
        var unsized = await ProductInAsync("cat-litter");
        await RemoveChartOfAsync(db, noChart);
        var chart = await ChartOfAsync(db, broken);
        chart.Rows.OrderBy(r => r.SortOrder).Skip(1).First().ChestMinMm += 15;
        await db.SaveChangesAsync(Ct);

        var (none, gap, other) = (await Advisor.SetupAsync(noChart, Ct), await Advisor.SetupAsync(broken, Ct), await Advisor.SetupAsync(unsized, Ct));
        var messages = await Culture.InCulture("en", () => Task.FromResult(new[] { none!, gap!, other! }
            .Select(s => Advisor.Advise(s, new FitForm { Height = "180", Weight = "80" }).Errors[FitField.Form]).ToList()));

        Assert.False(none!.CanAdvise);
        Assert.Contains(gap!.ChartProblems, p => p.Kind == ChartProblemKind.Gap);
        Assert.Equal("There is no size chart for this product yet, so the size advisor cannot help here.", messages[0]);
        Assert.Equal("This product's size chart is being corrected, so we cannot recommend a size right now.", messages[1]);
        Assert.Equal("This product has no sizes to advise on.", messages[2]);
        Assert.False((await Advisor.SlotAsync(noChart, null, Ct)).CanAdvise);
        Assert.False((await Advisor.SlotAsync(broken, null, Ct)).CanAdvise);
        Assert.Null(await Advisor.SetupAsync(999_999, Ct));
    }

    [Fact]
    public async Task Review_answers_move_the_advice_once_enough_customers_say_a_model_runs_small()
    {
        var db = app.Get<StorefrontDb>();
        var product = await ProductInAsync("hoodies", skip: 1);
        await db.Reviews.Where(r => r.ProductId == product).ExecuteDeleteAsync(Ct);
        var before = Advisor.Advise((await Advisor.SetupAsync(product, Ct))!, new FitForm { Height = "178", Weight = "75", Chest = "98", Waist = "86", Hip = "100" }).Advice!;
        for (var i = 0; i < 8; i++)
        {
            db.Reviews.Add(new Review
            {
                ProductId = product, AuthorName = $"Test {i}", Rating = 4, Title = "Fit", Text = "Runs small.", Language = "en",
                Fit = i < 6 ? FitAnswer.RunsSmall : FitAnswer.TrueToSize, CreatedAtUtc = DateTime.UtcNow,
            });
        }
        await db.SaveChangesAsync(Ct);

        var setup = (await Advisor.SetupAsync(product, Ct))!;
        var after = await Culture.InCulture("en", () => Task.FromResult(Advisor.Advise(setup, new FitForm { Height = "178", Weight = "75", Chest = "98", Waist = "86", Hip = "100" }).Advice!));

        Assert.Equal(1, setup.Offset.Shift);
        Assert.Equal(before.Size, after.RunnerUp);
        Assert.NotEqual(before.Size, after.Size);
        Assert.Contains(after.Notes, n => n.StartsWith("Most customers take one size larger in this model", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Notify_requests_are_kept_once_and_refused_for_sizes_in_stock()
    {
        var requests = app.Get<BackInStockRequests>();
        var db = app.Get<StorefrontDb>();
        var variants = await db.Variants.Where(v => !v.Product!.IsArchived && v.Stock > 0).OrderBy(v => v.Id).Take(2).ToListAsync(Ct);
        variants[0].Stock = 0;
        await db.SaveChangesAsync(Ct);
        var owner = $"a:{Guid.NewGuid():N}";

        Assert.True((await requests.RequestAsync(owner, variants[0].Id, Ct)).Succeeded);
        Assert.True((await requests.RequestAsync(owner, variants[0].Id, Ct)).Succeeded);
        var inStock = await Culture.InCulture("en", () => requests.RequestAsync(owner, variants[1].Id, Ct));

        Assert.Single(await requests.OpenAsync(owner, Ct));
        Assert.Equal("This size is in stock: you can add it to the cart right away.", inStock.Error);
        await requests.MarkNotifiedAsync(owner, [variants[0].Id], Ct);
        Assert.Empty(await requests.OpenAsync(owner, Ct));
    }

    private static async Task<SizeChart> ChartOfAsync(StorefrontDb db, int productId)
    {
        var product = await db.Products.AsNoTracking().Where(p => p.Id == productId).Select(p => new { p.BrandId, p.CategoryId }).FirstAsync(Ct);
        return await db.SizeCharts.Include(c => c.Rows).FirstAsync(c => c.BrandId == product.BrandId && c.CategoryId == product.CategoryId, Ct);
    }

    private static async Task RemoveChartOfAsync(StorefrontDb db, int productId)
    {
        var chart = await ChartOfAsync(db, productId);
        db.SizeChartRows.RemoveRange(chart.Rows);
        db.SizeCharts.Remove(chart);
        await db.SaveChangesAsync(Ct);
    }
}
