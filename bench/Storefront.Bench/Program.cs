using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Bench;
using Storefront.Features.Catalog.Browse;

namespace Storefront.Bench;

// Browse and search latency over a large generated catalog, through the app's real services.
// Usage: dotnet run -c Release --project bench/Storefront.Bench -- [--products 50000] [--orders 100000] [--runs 50]
// Order placement: dotnet run -c Release --project bench/Storefront.Bench -- placement [--runs 200] (see PlacementBench)
// Stream and fit engine (BenchmarkDotNet): dotnet run -c Release --project bench/Storefront.Bench -- micro (see MicroBench)
internal static class BrowseBench
{
    public static async Task Main(string[] args)
    {
        if (args.FirstOrDefault() == "micro-profile")
        {
            await StreamBench.ProfileAsync();
            return;
        }
        if (args.FirstOrDefault() == "micro")
        {
            Environment.ExitCode = MicroBench.Run(args[1..]);
            return;
        }
        if (args.FirstOrDefault() == "placement")
        {
            Environment.ExitCode = await PlacementBench.RunAsync(args);
            return;
        }
        var products = Arg("--products", 50_000);
        var orders = Arg("--orders", 100_000);
        var runs = Arg("--runs", 50);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

        var dataFolder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".data");
        var file = await LargeCatalog.EnsureAsync(dataFolder, products, orders);
        if (args.Contains("--generate-only"))
        {
            Console.WriteLine(Path.GetFullPath(file));
            return;
        }
        await using var app = new BenchApp(file);
        var browser = app.Services.CreateScope().ServiceProvider.GetRequiredService<ProductBrowser>();

        var threeFilters = new ProductFilter { Sizes = ["M"], Colours = ["Navy"], InStockOnly = true };
        var scenarios = new (string Name, BrowseRequest Request)[]
        {
            ("department, no filter", new(BrowseScope.Category("fashion"), ProductFilter.None, ProductSort.Relevance, 1)),
            ("department, 3 filters", new(BrowseScope.Category("fashion"), threeFilters, ProductSort.Relevance, 1)),
            ("category, 3 filters, price up", new(BrowseScope.Category("t-shirts"), threeFilters, ProductSort.PriceAscending, 1)),
            ("search 'jacket'", new(BrowseScope.Search("jacket"), ProductFilter.None, ProductSort.Relevance, 1)),
            ("search 'katzenstreu', in stock", new(BrowseScope.Search("katzenstreu"), new ProductFilter { InStockOnly = true }, ProductSort.Relevance, 1)),
        };

        Console.WriteLine($"{products:N0} products, {orders:N0} orders, {runs} runs each after 5 warm-up runs ({Environment.ProcessorCount} cores)");
        await ReportListingIndexBuildAsync(app.Services.GetRequiredService<ListingIndex>());
        Console.WriteLine($"{"scenario",-34} {"median ms",10} {"p95 ms",8} {"queries",8} {"results",8}");
        foreach (var (name, request) in scenarios)
        {
            BrowseResult? result = null;
            for (var i = 0; i < 5; i++)
            {
                result = await browser.BrowseAsync(request);
            }
            app.Queries.Reset();
            var times = new List<double>(runs);
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                result = await browser.BrowseAsync(request);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"{name,-34} {times[times.Count / 2],10:N1} {times[(int)(times.Count * 0.95)],8:N1} {app.Queries.Count / runs,8} {result?.TotalProducts,8:N0}");
        }

        // The snapshot listings filter on is rebuilt in the background every Catalog:Listing:RefreshSeconds.
        static async Task ReportListingIndexBuildAsync(ListingIndex index)
        {
            var times = new List<double>();
            ListingSnapshot? snapshot = null;
            var allocated = 0L;
            for (var i = 0; i < 3; i++)
            {
                index.Invalidate();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                snapshot = await index.SnapshotAsync();
                times.Add(watch.Elapsed.TotalMilliseconds);
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            }
            var products = snapshot!.ProductCount;
            var variants = snapshot.VariantPrices.Length;
            var heldBytes = products * (4 + 4 + 4 + 8 + 4 + 1 + 8 + 4 + 8 + 4) + variants * (4 + 4 + 8 + 1);
            Console.WriteLine($"listing index: {products:N0} products, {variants:N0} variants; build {times.Min():N0} ms (best of 3), " +
                $"allocates {allocated / 1048576.0:N0} MB while building, holds {heldBytes / 1048576.0:N1} MB");
        }

        int Arg(string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
        }
    }
}
