using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Admin.Products;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Admin;

public sealed class BulkPricingTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1000, -10, 900)]
    [InlineData(1999, -15, 1699)]
    [InlineData(1999, 12.5, 2249)]
    [InlineData(1, -90, 1)]
    public void Scales_to_the_nearest_cent_and_never_below_one(long cents, double percent, long expected) =>
        Assert.Equal(expected, BulkPricing.Scale(cents, (decimal)percent));

    [Theory]
    [InlineData(0)]
    [InlineData(-95)]
    [InlineData(250)]
    [InlineData(3.333)]
    public async Task Refuses_percentages_outside_the_range_and_changes_nothing(double percent)
    {
        var result = await app.Get<BulkPricing>().ChangeByPercentAsync(Merchants.Mara, new ProductListQuery(), (decimal)percent, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal("Enter a change between -90 and 200 percent (not 0, at most two decimals).", result.Error);
    }

    [Fact]
    public async Task Changes_every_variant_of_the_filtered_products_in_one_audited_transaction()
    {
        await using var db = await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);
        var brand = await db.Brands.AsNoTracking().OrderBy(b => b.Id).Select(b => b.Id).FirstAsync(Ct);
        var filter = new ProductListQuery(BrandId: brand);
        var before = await db.Variants.AsNoTracking().Where(v => v.Product!.BrandId == brand && !v.Product.IsArchived)
            .ToDictionaryAsync(v => v.Id, v => v.PriceCents, Ct);
        var untouched = await db.Variants.AsNoTracking().Where(v => v.Product!.BrandId != brand).OrderBy(v => v.Id)
            .Select(v => new { v.Id, v.PriceCents }).FirstAsync(Ct);
        var historyBefore = await db.PriceHistory.CountAsync(Ct);

        var result = await app.Get<BulkPricing>().ChangeByPercentAsync(Merchants.Mara, filter, -10, Ct);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(before.Count, result.Variants);
        var after = await db.Variants.AsNoTracking().Where(v => before.Keys.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v, Ct);
        Assert.All(before, b => Assert.Equal(BulkPricing.Scale(b.Value, -10), after[b.Key].PriceCents));
        Assert.All(after.Values, v => Assert.True(v.CompareAtCents is null || v.CompareAtCents > v.PriceCents));
        Assert.Equal(untouched.PriceCents, await db.Variants.Where(v => v.Id == untouched.Id).Select(v => v.PriceCents).SingleAsync(Ct));
        Assert.Equal(historyBefore + before.Count, await db.PriceHistory.CountAsync(Ct));
        var entry = await db.Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.Action == "BulkPriceChange", Ct);
        Assert.Equal("merchant-1", entry.UserId);
        Assert.Contains($"\"BrandId\":{brand}", entry.BeforeJson);
        Assert.Contains("\"Before\":", entry.AfterJson);
    }
}
