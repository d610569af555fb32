using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog;
using Storefront.Features.Catalog.ProductPage;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Catalog.ProductPage;

public sealed class PriceReferencesTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private PriceReferences Prices => app.Get<PriceReferences>();
    private StorefrontDb Db => app.Get<StorefrontDb>();

    [Fact]
    public async Task Only_marked_reductions_backed_by_the_price_history_get_a_reference_in_one_batch()
    {
        var ids = await Db.Variants.AsNoTracking().OrderBy(v => v.Id).Select(v => v.Id).Take(3).ToListAsync(Ct);
        await SetPriceAsync(ids[0], 3995, compareAt: 5995, (60, 5995), (20, 4995), (1, 3995));
        await SetPriceAsync(ids[1], 3995, compareAt: 5995, (90, 3995), (10, 5995), (1, 3995));
        await SetPriceAsync(ids[2], 3995, compareAt: null, (60, 5995), (1, 3995));

        var references = await Prices.LowestPrices30DaysAsync([.. ids, 0, -1, int.MaxValue], Ct);

        Assert.Equal(4995, Assert.Single(references).Value.Cents);
        Assert.Equal(ids[0], references.Keys.Single());
    }

    [Fact]
    public async Task The_product_page_strikes_through_the_lawful_reference_instead_of_the_compare_at_price()
    {
        var product = await Db.Products.AsNoTracking()
            .Where(p => !p.IsArchived && p.Variants.Count >= 2)
            .Select(p => new { p.Id, Variants = p.Variants.OrderBy(v => v.Id).Select(v => v.Id).ToList() })
            .FirstAsync(Ct);
        foreach (var id in product.Variants)
        {
            await SetPriceAsync(id, 5000, compareAt: null, (100, 5000));
        }
        await SetPriceAsync(product.Variants[0], 2999, compareAt: 9999, (100, 4999), (2, 2999));
        await SetPriceAsync(product.Variants[1], 3999, compareAt: 9999, (100, 3999));

        var details = await Prices.ApplyAsync((await app.Get<CatalogService>().ProductAsync(product.Id, Ct))!, Ct);

        Assert.Equal(4999, details.Variants.Single(v => v.Id == product.Variants[0]).CompareAtPrice?.Cents);
        Assert.Null(details.Variants.Single(v => v.Id == product.Variants[1]).CompareAtPrice);
        Assert.Equal(2999, details.FromPrice.Cents);
        Assert.Equal(4999, details.FromCompareAtPrice?.Cents);
    }

    private async Task SetPriceAsync(int variantId, long priceCents, long? compareAt, params (int DaysAgo, long Cents)[] history)
    {
        var now = app.Time.GetUtcNow().UtcDateTime;
        await Db.Variants.Where(v => v.Id == variantId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.PriceCents, priceCents).SetProperty(v => v.CompareAtCents, compareAt), Ct);
        await Db.PriceHistory.Where(h => h.VariantId == variantId).ExecuteDeleteAsync(Ct);
        Db.PriceHistory.AddRange(history.Select(h => new PriceHistory { VariantId = variantId, PriceCents = h.Cents, FromUtc = now.AddDays(-h.DaysAgo) }));
        await Db.SaveChangesAsync(Ct);
    }
}
