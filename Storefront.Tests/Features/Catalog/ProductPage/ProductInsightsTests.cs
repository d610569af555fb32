using Microsoft.EntityFrameworkCore;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Catalog;
using Storefront.Features.Catalog.ProductPage;
using Storefront.Features.Orders;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Catalog.ProductPage;

public sealed class ProductInsightsTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private ProductInsights Insights => app.Get<ProductInsights>();
    private StorefrontDb Db => app.Get<StorefrontDb>();

    [Fact]
    public async Task Customers_also_bought_ranks_by_shared_orders_without_cancelled_orders_archived_products_or_itself()
    {
        var (product, a, b, c, cancelledOnly, archived) = await UnsoldProductsAsync(6) is var v ? (v[0], v[1], v[2], v[3], v[4], v[5]) : default;
        await Db.Products.Where(p => p.Id == archived.ProductId).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsArchived, true), Ct);
        for (var i = 0; i < 3; i++)
        {
            await OrderAsync(null, $"a{i}@example.com", OrderStatus.Delivered, -20, product, a, a, product);
        }
        for (var i = 0; i < 2; i++)
        {
            await OrderAsync(null, $"b{i}@example.com", OrderStatus.Shipped, -10, product, b);
        }
        await OrderAsync(null, "c@example.com", OrderStatus.Placed, -1, c, product);
        for (var i = 0; i < 4; i++)
        {
            await OrderAsync(null, $"x{i}@example.com", OrderStatus.Delivered, -5, product, archived);
        }
        for (var i = 0; i < 5; i++)
        {
            await OrderAsync(null, $"y{i}@example.com", OrderStatus.Cancelled, -5, product, cancelledOnly);
            await OrderAsync(null, $"z{i}@example.com", OrderStatus.Delivered, -5, c, b);
        }

        var alsoBought = await Insights.AlsoBoughtAsync(product.ProductId, Ct);

        Assert.Equal([a.ProductId, b.ProductId, c.ProductId], alsoBought.Select(p => p.Id));
        Assert.All(alsoBought, p => Assert.False(string.IsNullOrEmpty(p.Name)));
    }

    [Fact]
    public async Task Customers_also_bought_shows_at_most_eight_products()
    {
        var products = await UnsoldProductsAsync(12);
        var product = products[0];
        foreach (var other in products.Skip(1))
        {
            await OrderAsync(null, "many@example.com", OrderStatus.Delivered, -3, product, other);
        }
        await OrderAsync(null, "again@example.com", OrderStatus.Delivered, -3, product, products[^1]);

        var alsoBought = await Insights.AlsoBoughtAsync(product.ProductId, Ct);

        Assert.Equal(ProductInsights.AlsoBoughtCount, alsoBought.Count);
        Assert.Equal(products[^1].ProductId, alsoBought[0].Id);
        Assert.Empty(await Insights.AlsoBoughtAsync(-1, Ct));
    }

    [Fact]
    public async Task Recent_buyers_are_distinct_people_with_orders_of_the_last_7_days_shown_from_the_threshold_on()
    {
        var variant = (await UnsoldProductsAsync(1))[0];
        await OrderAsync("user-1", "one@example.com", OrderStatus.Placed, -1, variant);
        await OrderAsync(null, "guest@example.com", OrderStatus.Delivered, -6.9, variant);
        Assert.Null(await Insights.RecentBuyersAsync(variant.ProductId, Ct));

        await OrderAsync("user-1", "one@example.com", OrderStatus.Paid, -2, variant);
        await OrderAsync(null, "GUEST@example.com", OrderStatus.Paid, -2, variant);
        await OrderAsync("user-3", "three@example.com", OrderStatus.Cancelled, -1, variant);
        await OrderAsync("user-4", "four@example.com", OrderStatus.Delivered, -7.1, variant);
        Assert.Null(await Insights.RecentBuyersAsync(variant.ProductId, Ct));

        await OrderAsync(null, "third@example.com", OrderStatus.Shipped, -3, variant);
        var recent = await Insights.RecentBuyersAsync(variant.ProductId, Ct);

        Assert.Equal(new RecentBuyers(3, 7), recent);
    }

    [Fact]
    public void Sold_out_products_have_no_delivery_date_and_partly_sold_out_ones_say_so()
    {
        VariantOption Option(int id, int stock) => new(id, $"SKU-{id}", "M", "Blue", "#00f", new Money(1000), null, stock);
        var expected = app.Get<DeliveryEstimator>().Estimate();

        var soldOut = Insights.DeliveryFor([Option(1, 0), Option(2, 0)]);
        var partly = Insights.DeliveryFor([Option(1, 0), Option(2, 3)]);
        var inStock = Insights.DeliveryFor([Option(1, 5)]);

        Assert.True(soldOut.SoldOut);
        Assert.Equal(expected, partly.Window);
        Assert.True(partly.SomeVariantsSoldOut);
        Assert.Equal(expected, inStock.Window);
        Assert.False(inStock.SomeVariantsSoldOut);
    }

    /// <summary>The first variant of products nobody ordered yet, so the seed's orders do not interfere.</summary>
    private async Task<IReadOnlyList<Variant>> UnsoldProductsAsync(int count)
    {
        var variants = await Db.Variants.AsNoTracking()
            .Where(v => !v.Product!.IsArchived && !Db.OrderLines.Any(l => l.ProductId == v.ProductId))
            .OrderBy(v => v.ProductId).ThenBy(v => v.Id)
            .ToListAsync(Ct);
        var firsts = variants.GroupBy(v => v.ProductId).Select(g => g.First()).Take(count).ToList();
        Assert.Equal(count, firsts.Count);
        return firsts;
    }

    private async Task OrderAsync(string? userId, string email, OrderStatus status, double daysAgo, params Variant[] variants)
    {
        Db.Orders.Add(new Order
        {
            Number = $"T-{Guid.NewGuid():N}"[..20],
            UserId = userId,
            Email = email,
            Status = status,
            PlacedAtUtc = app.Time.GetUtcNow().UtcDateTime.AddDays(daysAgo),
            Lines = variants.Select(v => new OrderLine
            {
                ProductId = v.ProductId, VariantId = v.Id, ProductName = "x", Sku = v.Sku, Size = v.Size, Colour = v.ColourEn,
                UnitPriceCents = v.PriceCents, Quantity = 1, VatRatePercent = 19,
            }).ToList(),
        });
        await Db.SaveChangesAsync(Ct);
    }
}
