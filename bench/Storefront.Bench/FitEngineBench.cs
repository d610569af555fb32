using BenchmarkDotNet.Attributes;
using Storefront.Data.Seeding;
using Storefront.Features.Catalog;
using Storefront.Features.SizeAdvisor;
using Storefront.Features.SizeAdvisor.Engine;

namespace Storefront.Bench;

/// <summary>The size advisor's pure fit engine on the demo size charts: one recommendation per kind of chart.</summary>
[MemoryDiagnoser]
public class FitEngineBench
{
    private SizeChart clothing = null!, shoe = null!, frame = null!;
    private readonly ClothingMeasurements person = new(1780, 78, 990, 860, null, FitPreference.Regular);
    private readonly ClothingMeasurements heightAndWeightOnly = new(1650, 61, null, null, null, FitPreference.Slim);
    private readonly ShoeMeasurements foot = new(268);
    private readonly FrameMeasurements rider = new(820, 1760, RidingStyle.Gravel);

    [GlobalSetup]
    public void Setup()
    {
        var charts = DemoCatalog.Build(40, DateTime.UtcNow).SizeCharts;
        clothing = charts.First(c => c.Kind == SizeKind.Clothing);
        shoe = charts.First(c => c.Kind == SizeKind.Shoe);
        frame = charts.First(c => c.Kind == SizeKind.Frame);
    }

    [Benchmark]
    public SizeRecommendation Clothing() => FitEngine.Recommend(clothing, person);

    [Benchmark]
    public SizeRecommendation ClothingFromHeightAndWeight() => FitEngine.Recommend(clothing, heightAndWeightOnly);

    [Benchmark]
    public SizeRecommendation Shoe() => FitEngine.Recommend(shoe, foot);

    [Benchmark]
    public SizeRecommendation Frame() => FitEngine.Recommend(frame, rider);
}
