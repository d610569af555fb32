using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog;
using Storefront.Features.SizeAdvisor;
using Storefront.Features.SizeAdvisor.Engine;
using Storefront.Tests.TestSupport;
using static Storefront.Tests.Features.SizeAdvisor.PublishedCharts;

namespace Storefront.Tests.Features.SizeAdvisor;

public sealed class SizeChartValidatorTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task Every_seeded_chart_and_every_published_chart_is_valid()
    {
        var seeded = await app.Get<StorefrontDb>().SizeCharts.AsNoTracking().Include(c => c.Rows).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(39, seeded.Count);
        Assert.All(seeded.Concat([Men(), Women(), Shoes(), Road(), Mountain()]), chart => Assert.Empty(SizeChartValidator.Validate(chart)));
    }

    [Fact]
    public void A_gap_between_two_sizes_is_reported_with_both_sizes()
    {
        var chart = Chart(SizeKind.Frame, [Row("S", inseam: (70, 78)), Row("M", inseam: (79, 83))]);

        Assert.Equal([new ChartProblem(ChartProblemKind.Gap, "S", "M", "inseam")], SizeChartValidator.Validate(chart));
    }

    [Fact]
    public void Overlapping_ranges_are_reported()
    {
        var chart = Chart(SizeKind.Clothing, [Row("M", chest: (94, 102)), Row("L", chest: (100, 110))]);

        Assert.Equal([new ChartProblem(ChartProblemKind.Overlap, "M", "L", "chest")], SizeChartValidator.Validate(chart));
    }

    [Fact]
    public void Centimetres_typed_into_a_millimetre_chart_are_caught()
    {
        var chart = Chart(SizeKind.Shoe, [new SizeChartRow { Label = "42", FootMinMm = 26, FootMaxMm = 27 }]);

        Assert.Contains(SizeChartValidator.Validate(chart), p => p.Kind == ChartProblemKind.ImplausibleUnit);
    }

    [Fact]
    public void Missing_measurements_duplicates_reversed_ranges_and_order_are_caught()
    {
        Assert.Equal(ChartProblemKind.NoRows, Assert.Single(SizeChartValidator.Validate(new SizeChart { Kind = SizeKind.Shoe })).Kind);
        Assert.Contains(SizeChartValidator.Validate(Chart(SizeKind.Frame, [Row("S", height: (150, 160))])), p => p is { Kind: ChartProblemKind.MissingRange, Measure: "inseam" });
        Assert.Contains(SizeChartValidator.Validate(Chart(SizeKind.Clothing, [Row("M", chest: (94, 102)), Row("M", chest: (102, 110))])), p => p.Kind == ChartProblemKind.DuplicateLabel);
        Assert.Contains(SizeChartValidator.Validate(Chart(SizeKind.Clothing, [Row("M", chest: (102, 94))])), p => p.Kind == ChartProblemKind.EmptyRange);
        Assert.Contains(SizeChartValidator.Validate(Chart(SizeKind.Clothing, [Row("L", chest: (102, 110)), Row("M", chest: (94, 102))])), p => p.Kind == ChartProblemKind.OutOfOrder);
        Assert.Contains(SizeChartValidator.Validate(Chart(SizeKind.Clothing, [Row("M", chest: (94, 102), hip: (98, 106)), Row("L", chest: (102, 110))])), p => p is { Kind: ChartProblemKind.PartlyUsed, Measure: "hip", Row: "L" });
    }

    [Fact]
    public async Task Each_problem_has_a_message_for_the_merchant_in_both_languages()
    {
        var writer = app.Get<SizeAdviceWriter>();
        var problem = new ChartProblem(ChartProblemKind.Gap, "S", "M", "inseam");

        var en = await Culture.InCulture("en", () => Task.FromResult(writer.Describe(problem)));
        var de = await Culture.InCulture("de", () => Task.FromResult(writer.Describe(problem)));

        Assert.Equal("Gap in inseam between S and M: the next size must start where this one ends.", en);
        Assert.Equal("Lücke bei Schrittlänge zwischen S und M: Die nächste Größe muss dort beginnen, wo diese endet.", de);
        foreach (var kind in Enum.GetValues<ChartProblemKind>())
        {
            var text = await Culture.InCulture("de", () => Task.FromResult(writer.Describe(new ChartProblem(kind, "S", "M", "chest"))));
            Assert.DoesNotContain("Chart_", text);
        }
    }
}
