using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Checkout;
using Storefront.Features.Orders;

namespace Storefront.Bench;

/// <summary>
/// Order placement on SQLite through the real <see cref="OrderPlacement.PlaceAsync"/> over a copy of the seeded demo
/// database: the latency of a 5-line order (target: median under 30 ms), and 50 concurrent checkouts racing for 20
/// units (must give exactly 20 orders and stock 0). Exit code 1 when a target is missed.
/// Usage: dotnet run -c Release --project bench/Storefront.Bench -- placement [--runs 200]
/// </summary>
internal static class PlacementBench
{
    private const double TargetMedianMs = 30;
    private const int Racers = 50;
    private const int RaceStock = 20;

    private static readonly ShippingAddress Address = new("Erika Mustermann", "Hauptstraße 1", "10115", "Berlin", "Germany");

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Arg(args, "--runs", 200);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".data")).FullName;
        var template = Path.Combine(folder, "placement-demo.db");
        if (!File.Exists(template))
        {
            Console.WriteLine($"Seeding the demo database into {template} (once) …");
            await using (var seeding = new BenchApp(template, seed: true))
            {
                _ = seeding.Services;
            }
            SqliteConnection.ClearAllPools();
        }
        var file = Path.Combine(folder, $"placement-run-{Environment.ProcessId}.db");
        File.Copy(template, file, overwrite: true);
        try
        {
            var timer = new DbTimer();
            await using var app = new BenchApp(file, extra: timer);
            var latencyOk = await MeasureLatencyAsync(app, timer, runs);
            var raceOk = await RaceAsync(app);
            return latencyOk && raceOk ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var leftover in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(leftover);
            }
        }
    }

    private static async Task<bool> MeasureLatencyAsync(BenchApp app, DbTimer timer, int runs)
    {
        var variants = await PrepareVariantsAsync(app, count: 5, stock: 1_000_000);
        var orders = await OrderCountAsync(app);
        Console.WriteLine($"{Environment.ProcessorCount} cores, SQLite, demo catalog with {orders:N0} orders; {runs} placements of 5 lines after 10 warm-up placements");
        var times = new List<double>(runs);
        var parts = new List<(double Begin, double Commands, double Commit, double Cpu, int Count)>(runs);
        var process = Process.GetCurrentProcess();
        for (var i = -10; i < runs; i++)
        {
            var owner = $"a:{Guid.NewGuid():N}";
            await FillCartAsync(app, owner, variants);
            await using var scope = app.Services.CreateAsyncScope();
            var placement = scope.ServiceProvider.GetRequiredService<OrderPlacement>();
            timer.Reset();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = await placement.PlaceAsync(Command(owner));
            watch.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            if (result.Outcome != PlaceOrderOutcome.Placed)
            {
                Console.WriteLine($"placement failed: {result.Outcome} {result.Error}");
                return false;
            }
            if (i >= 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
                parts.Add((timer.BeginMs, timer.CommandMs, timer.CommitMs, cpu, timer.Commands));
            }
        }
        times.Sort();
        var median = times[times.Count / 2];
        static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
        Console.WriteLine($"{"scenario",-30} {"median ms",10} {"p95 ms",8} {"min ms",8} {"max ms",8} {"SQL cmds",8}");
        Console.WriteLine($"{"place order, 5 lines",-30} {median,10:N1} {times[(int)(times.Count * 0.95)],8:N1} {times[0],8:N1} {times[^1],8:N1} {Median(parts.Select(p => (double)p.Count)),8:N0}");
        Console.WriteLine($"where the time goes (medians): begin transaction {Median(parts.Select(p => p.Begin)):N1} ms, SQL commands {Median(parts.Select(p => p.Commands)):N1} ms, " +
            $"commit {Median(parts.Select(p => p.Commit)):N1} ms; process CPU during a placement {Median(parts.Select(p => p.Cpu)):N1} ms (all threads)");
        var ok = median < TargetMedianMs;
        Console.WriteLine(ok ? $"median under {TargetMedianMs} ms: met" : $"median under {TargetMedianMs} ms: MISSED");
        return ok;
    }

    private static async Task<bool> RaceAsync(BenchApp app)
    {
        var variant = (await PrepareVariantsAsync(app, count: 1, stock: RaceStock, skip: 5))[0];
        var owners = Enumerable.Range(0, Racers).Select(_ => $"a:{Guid.NewGuid():N}").ToList();
        foreach (var owner in owners)
        {
            await FillCartAsync(app, owner, [variant]);
        }
        using var start = new ManualResetEventSlim();
        var watch = Stopwatch.StartNew();
        var racers = owners.Select(owner => Task.Run(async () =>
        {
            start.Wait();
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<OrderPlacement>().PlaceAsync(Command(owner));
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(racers);
        watch.Stop();

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDb>();
        var orders = await db.Orders.CountAsync(o => owners.Contains(o.OwnerKey!) && o.Lines.Any(l => l.VariantId == variant));
        var stockLeft = await db.Variants.Where(v => v.Id == variant).Select(v => v.Stock).SingleAsync();
        var outcomes = string.Join(", ", results.GroupBy(r => r.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"));
        Console.WriteLine($"{Racers} concurrent checkouts for {RaceStock} units: {orders} orders, stock left {stockLeft} ({outcomes}; {watch.Elapsed.TotalMilliseconds:N0} ms in all)");
        var ok = orders == RaceStock && stockLeft == 0 && results.Count(r => r.Outcome == PlaceOrderOutcome.Placed) == RaceStock;
        Console.WriteLine(ok ? $"exactly {RaceStock} orders: met" : $"exactly {RaceStock} orders: MISSED");
        return ok;
    }

    /// <summary>Distinct products' variants with the given stock (set directly: this is a throwaway copy).</summary>
    private static async Task<List<int>> PrepareVariantsAsync(BenchApp app, int count, int stock, int skip = 0)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDb>();
        var ids = (await db.Variants.AsNoTracking().Where(v => !v.Product!.IsArchived).OrderBy(v => v.Id)
                .Select(v => new { v.Id, v.ProductId }).ToListAsync())
            .DistinctBy(v => v.ProductId).Skip(skip).Take(count).Select(v => v.Id).ToList();
        await db.Variants.Where(v => ids.Contains(v.Id)).ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, stock));
        return ids;
    }

    private static async Task FillCartAsync(BenchApp app, string owner, IEnumerable<int> variants)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var carts = scope.ServiceProvider.GetRequiredService<CartService>();
        foreach (var variant in variants)
        {
            var added = await carts.AddAsync(owner, variant, 1);
            if (!added.Succeeded)
            {
                throw new InvalidOperationException($"Could not fill the cart: {added.Error}");
            }
        }
    }

    private static async Task<int> OrderCountAsync(BenchApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StorefrontDb>().Orders.CountAsync();
    }

    private static PlaceOrderCommand Command(string owner) => new(
        owner, Guid.NewGuid().ToString("N"), null, "bench@example.com", Address, ShippingMethod.Standard,
        new ApprovedPayment("invoice", "bench", null, PaymentState.Pending), null, "http://bench.test/");

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }
}
