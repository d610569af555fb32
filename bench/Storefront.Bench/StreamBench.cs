using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Orders;
using Storefront.Features.Signals;
using Storefront.Features.Stream;

namespace Storefront.Bench;

/// <summary>
/// The shopping stream for a heavy shopper — 5,000 events (views and cart adds over 90 days), 40 orders with two
/// consumables on a cycle, 30 favourite products and 3 brands — over the 50,000-product benchmark catalog
/// (<see cref="LargeCatalog"/>, with its 100,000 orders), through the app's real services.
/// Targets (issue 4): building the stream (snapshot + ranking) under 20 ms at the median; ranking alone under 2 ms.
/// </summary>
[MemoryDiagnoser]
public class StreamBench
{
    public const string BenchUserId = "bench-heavy-shopper";
    private BenchApp app = null!;
    private AsyncServiceScope scope;
    private ShoppingStream stream = null!;
    private ShopperSnapshotLoader loader = null!;
    private ShopperSnapshot snapshot = null!;
    private readonly StreamShopper shopper = new(ShopperContext.UserKey(BenchUserId), BenchUserId);

    [GlobalSetup]
    public void Setup()
    {
        var file = EnsureDatabaseAsync().GetAwaiter().GetResult();
        app = new BenchApp(file);
        scope = app.Services.CreateAsyncScope();
        stream = scope.ServiceProvider.GetRequiredService<ShoppingStream>();
        loader = scope.ServiceProvider.GetRequiredService<ShopperSnapshotLoader>();
        snapshot = loader.LoadAsync(shopper, DateTime.UtcNow).GetAwaiter().GetResult().Snapshot;
        var page = stream.BuildAsync(shopper).GetAwaiter().GetResult();
        Console.WriteLine($"// snapshot: {snapshot.Signals.Count} signals, {snapshot.Purchases.Count} purchase lines, {snapshot.Products.Count} product facts; "
            + $"stream: {page.Cards.Count} cards ({string.Join(", ", page.Cards.GroupBy(c => c.Kind).Select(g => $"{g.Key} {g.Count()}"))})");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        scope.DisposeAsync().AsTask().GetAwaiter().GetResult();
        app.Dispose();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>What the home page does: snapshot load, every source, ranking, cards with their why texts.</summary>
    [Benchmark]
    public Task<StreamPage> BuildStream() => stream.BuildAsync(shopper);

    [Benchmark]
    public Task<SnapshotLoad> LoadSnapshot() => loader.LoadAsync(shopper, DateTime.UtcNow);

    /// <summary>Candidate sources and ranker over a loaded snapshot (a fresh copy, so nothing it computes lazily is cached).</summary>
    [Benchmark]
    public IReadOnlyList<RankedCandidate> RankOnly() => stream.Rank(Fresh(snapshot), ShoppingStream.DefaultTake);

    /// <summary>"micro-profile": the snapshot load with every SQL command's time logged (BENCH_SQL_LOG=1).</summary>
    public static async Task ProfileAsync()
    {
        Environment.SetEnvironmentVariable("BENCH_SQL_LOG", "1");
        await using var profiled = new BenchApp(await EnsureDatabaseAsync());
        await using var s = profiled.Services.CreateAsyncScope();
        var load = s.ServiceProvider.GetRequiredService<ShopperSnapshotLoader>();
        var heavy = new StreamShopper(ShopperContext.UserKey(BenchUserId), BenchUserId);
        for (var i = 0; i < 3; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await load.LoadAsync(heavy, DateTime.UtcNow);
            Console.WriteLine($"// load {i + 1}: {watch.Elapsed.TotalMilliseconds:N1} ms");
        }
    }

    private static ShopperSnapshot Fresh(ShopperSnapshot s) =>
        new(s.NowUtc, s.Purchases, s.Signals, s.FavouriteProducts, s.FavouriteBrands, s.Waiting, s.CoPurchases, s.Bestsellers, s.Sales, s.Products, s.Dismissed, s.Fewer);

    /// <summary>A copy of the large catalog with the heavy shopper's history added (once; kept next to it).</summary>
    private static async Task<string> EnsureDatabaseAsync()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".data");
        var catalog = await LargeCatalog.EnsureAsync(folder, 50_000, 100_000);
        var file = Path.Combine(Path.GetDirectoryName(catalog)!, "stream-50000-100000.db");
        if (File.Exists(file))
        {
            return file;
        }
        var building = file + ".building";
        File.Copy(catalog, building, overwrite: true);
        await using (var setup = new BenchApp(building))
        {
            await using var s = setup.Services.CreateAsyncScope();
            await AddHeavyShopperAsync(s.ServiceProvider.GetRequiredService<StorefrontDb>());
        }
        SqliteConnection.ClearAllPools();
        File.Move(building, file);
        return file;
    }

    private static async Task AddHeavyShopperAsync(StorefrontDb db)
    {
        var rng = new Random(5_000);
        var now = DateTime.UtcNow;
        var owner = ShopperContext.UserKey(BenchUserId);
        // Interest in a few categories, as a real shopper's: most events there, the rest anywhere.
        var favouriteCategories = await db.Products.Select(p => p.CategoryId).Distinct().OrderBy(c => c).Take(3).ToListAsync();
        var near = await db.Products.Where(p => favouriteCategories.Contains(p.CategoryId)).Select(p => p.Id).ToListAsync();
        var maxId = await db.Products.MaxAsync(p => p.Id);
        int Pick() => rng.NextDouble() < 0.7 ? near[(int)(near.Count * Math.Pow(rng.NextDouble(), 2))] : rng.Next(1, maxId + 1);
        for (var i = 0; i < 5_000; i++)
        {
            var cart = i % 10 == 0;
            db.ShopperEvents.Add(new ShopperEvent
            {
                OwnerKey = owner, Kind = cart ? ShopperEventKind.AddedToCart : ShopperEventKind.ProductViewed, ProductId = Pick(),
                Context = "product", AtUtc = now.AddMinutes(-rng.Next(1, 90 * 24 * 60)),
            });
        }
        var variants = await db.Variants.Where(v => near.Contains(v.ProductId) && v.Stock > 0).OrderBy(v => v.Id).Take(400).ToListAsync();
        var consumables = variants.Take(2).ToList();
        for (var n = 0; n < 40; n++)
        {
            var v = n < 16 ? consumables[n % 2] : variants[rng.Next(variants.Count)];
            var at = n < 16 ? now.AddDays(-(n / 2 + 1) * 28 + 3) : now.AddDays(-rng.Next(1, 380));
            db.Orders.Add(new Order
            {
                Number = $"SF-H{n:0000000}", UserId = BenchUserId, OwnerKey = owner, Email = "heavy@example.test", Status = OrderStatus.Delivered,
                PlacedAtUtc = at, SubtotalCents = v.PriceCents, TotalCents = v.PriceCents,
                Lines = [new OrderLine { ProductId = v.ProductId, VariantId = v.Id, ProductName = "bench", Sku = v.Sku, Size = v.Size, Colour = v.ColourEn, UnitPriceCents = v.PriceCents, Quantity = 1, VatRatePercent = 19 }],
            });
        }
        foreach (var id in near.Take(30))
        {
            db.Favourites.Add(new Favourite { OwnerKey = owner, ProductId = id, CreatedAtUtc = now.AddDays(-rng.Next(1, 60)) });
        }
        foreach (var brandId in await db.Products.Where(p => near.Contains(p.Id)).Select(p => p.BrandId).Distinct().OrderBy(b => b).Take(3).ToListAsync())
        {
            db.Favourites.Add(new Favourite { OwnerKey = owner, BrandId = brandId, CreatedAtUtc = now.AddDays(-rng.Next(1, 60)) });
        }
        await db.SaveChangesAsync();
    }
}
