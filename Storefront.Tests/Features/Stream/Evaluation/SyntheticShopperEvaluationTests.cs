using Microsoft.Extensions.DependencyInjection;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Stream;

namespace Storefront.Tests.Features.Stream.Evaluation;

/// <summary>
/// Offline evaluation on synthetic shoppers (<see cref="SyntheticShoppers"/>): each shopper's first purchase after the
/// hold-out moment is held out; a hit is that product among the first <see cref="K"/> cards of the real stream (snapshot
/// loader and ranker, clock at the hold-out moment), against the bestseller list of the same history.
/// </summary>
public sealed class SyntheticShopperEvaluationTests
{
    private const int K = 10;
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_stream_finds_the_next_purchase_at_least_twice_as_often_as_the_bestsellers()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var shop = await SyntheticShop.CreateAsync(Ct);
        var built = watch.Elapsed;
        using var scope = shop.Factory.Services.CreateScope();
        var stream = scope.ServiceProvider.GetRequiredService<ShoppingStream>();
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDb>();
        var bestsellers = await ShopperSnapshotLoader.BestsellersAsync(db, shop.HoldOutUtc, Ct, K);

        var evaluated = shop.People.Where(p => p.HeldOut is not null).ToList();
        Assert.True(evaluated.Count >= 200, $"only {evaluated.Count} shoppers bought again within the horizon");
        int streamHits = 0, bestsellerHits = 0, rebuys = 0, rebuyHits = 0;
        var hitsByKind = new Dictionary<StreamCardKind, int>();
        foreach (var shopper in evaluated)
        {
            var target = shopper.HeldOut!.ProductId;
            var page = await stream.BuildAsync(new StreamShopper(ShopperContext.UserKey(shopper.UserId), shopper.UserId), K, Ct);
            var hit = page.Cards.FirstOrDefault(c => c.Product?.Id == target);
            if (hit is not null)
            {
                streamHits++;
                hitsByKind[hit.Kind] = hitsByKind.GetValueOrDefault(hit.Kind) + 1;
            }
            bestsellerHits += bestsellers.Contains(target) ? 1 : 0;
            if (shopper.HeldOut.IsRebuy)
            {
                rebuys++;
                rebuyHits += hit is not null ? 1 : 0;
            }
        }

        var streamRate = (double)streamHits / evaluated.Count;
        var bestsellerRate = (double)bestsellerHits / evaluated.Count;
        var report = $"synthetic shoppers: {evaluated.Count} held-out next purchases ({rebuys} re-buys); hit rate@{K} stream {streamRate:P1} ({streamHits}), "
            + $"bestsellers {bestsellerRate:P1} ({bestsellerHits}), ratio {streamRate / Math.Max(bestsellerRate, 1e-9):N2}; re-buys found {rebuyHits}/{rebuys}, "
            + $"others {streamHits - rebuyHits}/{evaluated.Count - rebuys}; hits by card: {string.Join(", ", hitsByKind.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"))}; "
            + $"shop built in {built.TotalSeconds:N1} s, streams in {(watch.Elapsed - built).TotalSeconds:N1} s";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        TestContext.Current.SendDiagnosticMessage(report);
        Console.WriteLine(report);
        Assert.True(streamRate >= 2 * bestsellerRate, report);
    }
}
