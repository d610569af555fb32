using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Data;
using Storefront.Data.Seeding;
using Storefront.Features.Orders;

namespace Storefront.Bench;

/// <summary>Builds (once) a reproducible large catalog database: the demo generator at scale plus random orders.</summary>
internal static class LargeCatalog
{
    public static async Task<string> EnsureAsync(string folder, int products, int orders)
    {
        var file = Path.Combine(Directory.CreateDirectory(folder).FullName, $"catalog-{products}-{orders}.db");
        if (File.Exists(file))
        {
            return file;
        }
        var building = file + ".building";
        File.Delete(building);
        Console.WriteLine($"Generating {products:N0} products and {orders:N0} orders into {file} (once) …");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using (var app = new BenchApp(building))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StorefrontDb>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var catalog = DemoCatalog.Build(products, DateTime.UtcNow);
            db.Brands.AddRange(catalog.Brands);
            db.Categories.AddRange(catalog.Categories);
            db.SizeCharts.AddRange(catalog.SizeCharts);
            await db.SaveChangesAsync();
            foreach (var chunk in catalog.Products.Chunk(2_000))
            {
                db.ChangeTracker.Clear();
                db.Products.AddRange(chunk);
                await db.SaveChangesAsync();
            }
            foreach (var chunk in catalog.PriceHistory.Chunk(20_000))
            {
                db.ChangeTracker.Clear();
                db.PriceHistory.AddRange(chunk);
                await db.SaveChangesAsync();
            }
            var variants = catalog.Products.SelectMany(p => p.Variants).ToArray();
            var rng = new Random(20261125);
            for (var done = 0; done < orders; done += 5_000)
            {
                db.ChangeTracker.Clear();
                db.Orders.AddRange(Enumerable.Range(done, Math.Min(5_000, orders - done)).Select(n => RandomOrder(n, variants, rng)));
                await db.SaveChangesAsync();
            }
        }
        SqliteConnection.ClearAllPools();
        File.Move(building, file);
        Console.WriteLine($"Generated in {watch.Elapsed.TotalSeconds:N0} s");
        return file;
    }

    private static Order RandomOrder(int n, Storefront.Features.Catalog.Variant[] variants, Random rng)
    {
        // Popularity is skewed like a real shop: a few products sell far more often than the long tail.
        var lines = Enumerable.Range(0, rng.Next(1, 4))
            .Select(_ => variants[(int)(variants.Length * Math.Pow(rng.NextDouble(), 3))])
            .DistinctBy(v => v.Id)
            .Select(v => new OrderLine
            {
                ProductId = v.ProductId, VariantId = v.Id, ProductName = "bench", Sku = v.Sku, Size = v.Size, Colour = v.ColourEn,
                UnitPriceCents = v.PriceCents, Quantity = rng.Next(1, 3), VatRatePercent = 19,
            })
            .ToList();
        var subtotal = lines.Sum(l => l.UnitPriceCents * l.Quantity);
        return new Order
        {
            Number = $"SF-B{n:0000000}", Email = $"bench{n % 20_000}@example.com", Status = OrderStatus.Delivered,
            PlacedAtUtc = DateTime.UtcNow.AddDays(-rng.Next(0, 180)), SubtotalCents = subtotal, TotalCents = subtotal, Lines = lines,
        };
    }
}
