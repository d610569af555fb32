using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Storefront.Data;
using Storefront.Data.Seeding;
using Storefront.Features.Cart;
using Storefront.Features.Catalog;
using Storefront.Features.Orders;
using Storefront.Features.Signals;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Stream.Evaluation;

/// <summary>
/// The real app over a fresh database with the app's own schema, the demo catalog generator's products, and the
/// synthetic shoppers' behaviour written as the rows the stream reads (events, favourites, orders), all before the
/// hold-out moment. The clock is a <see cref="FakeTimeProvider"/> standing at that moment.
/// </summary>
public sealed class SyntheticShop : IAsyncDisposable
{
    public const int Products = 600;
    public const int Shoppers = 300;
    public const int Weeks = 16;
    public const int HorizonDays = 28;
    public const int Seed = 4_2026;
    private static readonly string[] ConsumableCategories = ["cat-litter", "cat-food", "dog-food", "coffee"];

    private SyntheticShop(StorefrontFactory factory, FakeTimeProvider time, IReadOnlyList<SimShopper> shoppers)
    {
        Factory = factory;
        Time = time;
        People = shoppers;
    }

    public StorefrontFactory Factory { get; }
    public FakeTimeProvider Time { get; }
    public IReadOnlyList<SimShopper> People { get; }
    public DateTime HoldOutUtc => Time.GetUtcNow().UtcDateTime;

    public static async Task<SyntheticShop> CreateAsync(CancellationToken ct)
    {
        var holdOut = new DateTime(2026, 11, 2, 6, 0, 0, DateTimeKind.Utc);
        var time = new FakeTimeProvider(holdOut);
        var factory = new StorefrontFactory(seed: false, time: time);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDb>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var catalog = DemoCatalog.Build(Products, holdOut);
        foreach (var product in catalog.Products)
        {
            product.Reviews = []; // not a stream signal; thousands of rows to insert
        }
        db.Brands.AddRange(catalog.Brands);
        db.Categories.AddRange(catalog.Categories);
        db.Products.AddRange(catalog.Products);
        db.PriceHistory.AddRange(catalog.PriceHistory);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var consumable = catalog.Categories.Where(c => ConsumableCategories.Contains(c.Slug)).Select(c => c.Id).ToHashSet();
        var sim = catalog.Products.Select(p => new SimProduct(p.Id, p.BrandId, p.CategoryId,
                catalog.Categories.Single(c => c.Id == p.CategoryId).ParentId ?? p.CategoryId,
                p.Variants.Min(v => v.PriceCents), consumable.Contains(p.CategoryId),
                p.Variants.Where(v => v.Stock > 0).Select(v => new SimVariant(v.Id, v.Size)).ToList())
            { Appeal = HiddenAppeal(p.Id) })
            .ToList();
        var shoppers = SyntheticShoppers.Simulate(sim, Shoppers, Seed, holdOut, Weeks, HorizonDays);
        await WriteBehaviourAsync(db, shoppers, catalog.Products.SelectMany(p => p.Variants).ToDictionary(v => v.Id), ct);
        // The units-sold roll-up as of the hold-out moment: only the history before it is in the database.
        await scope.ServiceProvider.GetRequiredService<ProductStats>().RefreshAsync(ct: ct);
        return new SyntheticShop(factory, time, shoppers);
    }

    /// <summary>A skewed, seeded popularity per product (log-normal), unknown to the app.</summary>
    private static double HiddenAppeal(int productId)
    {
        var rng = new Random(Seed * 31 + productId);
        return Math.Exp(1.1 * Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble()));
    }

    private static async Task WriteBehaviourAsync(StorefrontDb db, IReadOnlyList<SimShopper> shoppers, Dictionary<int, Variant> variants, CancellationToken ct)
    {
        var number = 0;
        foreach (var shopper in shoppers)
        {
            var owner = ShopperContext.UserKey(shopper.UserId);
            foreach (var e in shopper.Events)
            {
                if (e.Kind == SimEventKind.FavouritedProduct)
                {
                    db.Favourites.Add(new Favourite { OwnerKey = owner, ProductId = e.ProductId, CreatedAtUtc = e.AtUtc });
                }
                else if (e.Kind == SimEventKind.FavouritedBrand)
                {
                    db.Favourites.Add(new Favourite { OwnerKey = owner, BrandId = e.BrandId, CreatedAtUtc = e.AtUtc });
                }
            }
            foreach (var o in shopper.Orders)
            {
                var v = variants[o.VariantId];
                var line = new OrderLine
                {
                    ProductId = o.ProductId, VariantId = v.Id, ProductName = "sim", Sku = v.Sku, Size = v.Size, Colour = v.ColourEn,
                    UnitPriceCents = v.PriceCents, Quantity = o.Quantity, VatRatePercent = 19,
                };
                db.Orders.Add(new Order
                {
                    Number = $"SF-S{++number:000000}", UserId = shopper.UserId, Email = $"{shopper.UserId}@example.test", Status = OrderStatus.Delivered,
                    PlacedAtUtc = o.AtUtc, SubtotalCents = line.UnitPriceCents * o.Quantity, TotalCents = line.UnitPriceCents * o.Quantity,
                    OwnerKey = owner, Lines = [line],
                });
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await WriteEventsAsync(db, shoppers, ct);
    }

    /// <summary>
    /// Views and cart adds go straight into the app's ShopperEvents table with one prepared insert (tens of thousands of
    /// rows; through the change tracker this alone took most of the test's time). Same columns and value formats as EF.
    /// </summary>
    private static async Task WriteEventsAsync(StorefrontDb db, IReadOnlyList<SimShopper> shoppers, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await using var insert = db.Database.GetDbConnection().CreateCommand();
        insert.Transaction = transaction.GetDbTransaction();
        insert.CommandText = "INSERT INTO ShopperEvents (OwnerKey, Kind, ProductId, VariantId, Context, AtUtc) VALUES ($owner, $kind, $product, $variant, 'product', $at)";
        var owner = AddParameter(insert, "$owner");
        var kind = AddParameter(insert, "$kind");
        var product = AddParameter(insert, "$product");
        var variant = AddParameter(insert, "$variant");
        var at = AddParameter(insert, "$at");
        insert.Prepare();
        foreach (var shopper in shoppers)
        {
            owner.Value = ShopperContext.UserKey(shopper.UserId);
            foreach (var e in shopper.Events.Where(e => e.Kind is SimEventKind.Viewed or SimEventKind.AddedToCart))
            {
                kind.Value = (int)(e.Kind == SimEventKind.Viewed ? ShopperEventKind.ProductViewed : ShopperEventKind.AddedToCart);
                product.Value = e.ProductId;
                variant.Value = e.VariantId == 0 ? DBNull.Value : e.VariantId;
                at.Value = e.AtUtc;
                await insert.ExecuteNonQueryAsync(ct);
            }
        }
        await transaction.CommitAsync(ct);
        await db.Database.CloseConnectionAsync();
    }

    private static System.Data.Common.DbParameter AddParameter(System.Data.Common.DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
