using System.Globalization;
using Storefront.Features.SizeAdvisor;
using Storefront.Features.SizeAdvisor.Engine;

namespace Storefront.Tests.Features.SizeAdvisor;

/// <summary>
/// The accuracy table: published measurements and the size the published chart assigns. Inside a size the advice
/// must be that size; exactly on a border it must be the chart's size with the neighbour as runner-up.
/// </summary>
public sealed class SizeAccuracyTests
{
    public sealed record Case(string Name, SizeChart Chart, FitMeasurements Input, string Expected, string? Neighbour)
    {
        public bool OnBoundary => Neighbour is not null;

        public override string ToString() => Name;
    }

    public static IReadOnlyList<Case> Cases { get; } = Build();

    public static TheoryData<string> CaseNames => new(Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Recommends_the_published_size(string name)
    {
        var c = Cases.Single(x => x.Name == name);

        var advice = FitEngine.Recommend(c.Chart, c.Input);

        Assert.Equal(c.Expected, advice.Size);
        if (c.OnBoundary)
        {
            Assert.Equal(c.Neighbour, advice.RunnerUp);
        }
    }

    [Fact]
    public void Prints_the_accuracy_over_at_least_sixty_published_cases()
    {
        var results = Cases.Select(c => (Case: c, Advice: FitEngine.Recommend(c.Chart, c.Input))).ToList();
        var inside = results.Where(r => !r.Case.OnBoundary).ToList();
        var boundary = results.Where(r => r.Case.OnBoundary).ToList();
        var insideHits = inside.Count(r => r.Advice.Size == r.Case.Expected);
        var boundaryHits = boundary.Count(r => r.Advice.Size == r.Case.Expected && r.Advice.RunnerUp == r.Case.Neighbour);

        var report = string.Join(Environment.NewLine,
            from kind in results.GroupBy(r => r.Case.Input.Kind)
            let hits = kind.Count(r => r.Advice.Size == r.Case.Expected && (!r.Case.OnBoundary || r.Advice.RunnerUp == r.Case.Neighbour))
            select $"  {kind.Key,-9} {hits,3}/{kind.Count(),-3} {Percent(hits, kind.Count())}");
        var summary = $"Size advice accuracy: inside a size {insideHits}/{inside.Count} ({Percent(insideHits, inside.Count)}), "
            + $"on a border with the neighbour as runner-up {boundaryHits}/{boundary.Count} ({Percent(boundaryHits, boundary.Count)})"
            + Environment.NewLine + report;
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Console.WriteLine(summary);

        Assert.True(Cases.Count >= 60, $"Only {Cases.Count} cases.");
        Assert.Contains(Cases, c => c.Input is ClothingMeasurements);
        Assert.Contains(Cases, c => c.Input is ShoeMeasurements);
        Assert.Contains(Cases, c => c.Input is FrameMeasurements);
        Assert.Equal(inside.Count, insideHits);
        Assert.Equal(boundary.Count, boundaryHits);
    }

    private static string Percent(int hits, int total) => (100.0 * hits / total).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static List<Case> Build()
    {
        var cases = new List<Case>();
        var men = PublishedCharts.Men();
        var menRows = PublishedCharts.MenLetterCodes;
        for (var i = 0; i < menRows.Length; i++)
        {
            var r = menRows[i];
            var chest = (r.ChestMin + r.ChestMax) / 2.0;
            var waist = (r.WaistMin + r.WaistMax) / 2.0;
            cases.Add(new($"EN 13402 men {r.Label}: chest {chest}, waist {waist}", men, Clothing(chest, waist), r.Label, null));
            cases.Add(new($"EN 13402 men {r.Label}: chest {r.ChestMin + 3}, waist {r.WaistMax - 3}", men, Clothing(r.ChestMin + 3, r.WaistMax - 3), r.Label, null));
            if (i > 0)
            {
                cases.Add(new($"EN 13402 men border {menRows[i - 1].Label}/{r.Label}: chest {r.ChestMin}, waist {r.WaistMin}", men,
                    Clothing(r.ChestMin, r.WaistMin), r.Label, menRows[i - 1].Label));
            }
        }
        var women = PublishedCharts.Women();
        var womenRows = PublishedCharts.WomenLetterCodes;
        for (var i = 0; i < womenRows.Length; i++)
        {
            var r = womenRows[i];
            var (bust, waist, hip) = ((r.BustMin + r.BustMax) / 2.0, (r.WaistMin + r.WaistMax) / 2.0, (r.HipMin + r.HipMax) / 2.0);
            cases.Add(new($"EN 13402 women {r.Label}: bust {bust}, waist {waist}, hip {hip}", women, Clothing(bust, waist, hip), r.Label, null));
            cases.Add(new($"EN 13402 women {r.Label}: bust {r.BustMax - 3}, waist {r.WaistMin + 3}, hip {hip}", women,
                Clothing(r.BustMax - 3, r.WaistMin + 3, hip), r.Label, null));
            if (i > 0)
            {
                cases.Add(new($"EN 13402 women border {womenRows[i - 1].Label}/{r.Label}: bust {r.BustMin}, waist {r.WaistMin}, hip {r.HipMin}", women,
                    Clothing(r.BustMin, r.WaistMin, r.HipMin), r.Label, womenRows[i - 1].Label));
            }
        }

        var shoes = PublishedCharts.Shoes();
        var sizes = PublishedCharts.ShoeConversion;
        for (var i = 0; i < sizes.Length; i++)
        {
            var (min, max) = PublishedCharts.FootRange(sizes[i].Eu);
            var label = sizes[i].Eu.ToString(CultureInfo.InvariantCulture);
            var mid = (min + max) / 2;
            cases.Add(new($"Shoe EU {label}: foot {mid} mm", shoes, new ShoeMeasurements(mid), label, null));
            cases.Add(new($"Shoe EU {label}: foot {mid - 1} mm", shoes, new ShoeMeasurements(mid - 1), label, null));
            if (i > 0)
            {
                cases.Add(new($"Shoe border EU {sizes[i - 1].Eu}/{label}: foot {min} mm", shoes, new ShoeMeasurements(min), label,
                    sizes[i - 1].Eu.ToString(CultureInfo.InvariantCulture)));
            }
        }

        var road = PublishedCharts.Road();
        var frames = PublishedCharts.RoadFrames;
        for (var i = 0; i < frames.Length; i++)
        {
            var f = frames[i];
            var (inseam, height) = ((f.InseamMin + f.InseamMax) / 2.0, (f.HeightMin + f.HeightMax) / 2.0);
            cases.Add(new($"Road {f.Label}: inseam {inseam}, height {height}", road, Frame(inseam, height, RidingStyle.Road), f.Label, null));
            cases.Add(new($"Gravel on road chart {f.Label}: inseam {inseam}, height {height}", road, Frame(inseam, height, RidingStyle.Gravel), f.Label, null));
            if (i > 0)
            {
                cases.Add(new($"Road border {frames[i - 1].Label}/{f.Label}: inseam {f.InseamMin}, height {f.HeightMin}", road,
                    Frame(f.InseamMin, f.HeightMin, RidingStyle.Road), f.Label, frames[i - 1].Label));
            }
        }
        var mountain = PublishedCharts.Mountain();
        foreach (var f in PublishedCharts.MountainFrames)
        {
            var (inseam, height) = ((f.InseamMin + f.InseamMax) / 2.0, (f.HeightMin + f.HeightMax) / 2.0);
            cases.Add(new($"Mountain {f.Label}: inseam {inseam}, height {height}", mountain, Frame(inseam, height, RidingStyle.Mountain), f.Label, null));
            cases.Add(new($"Trekking on mountain chart {f.Label}: inseam {inseam}, height {height}", mountain, Frame(inseam, height, RidingStyle.CityTrekking), f.Label, null));
        }
        return cases;
    }

    private static ClothingMeasurements Clothing(double chest, double waist, double? hip = null) =>
        new(1780, 75, Mm(chest), Mm(waist), hip is { } h ? Mm(h) : null, FitPreference.Regular);

    private static FrameMeasurements Frame(double inseam, double height, RidingStyle style) => new(Mm(inseam), Mm(height), style);

    private static int Mm(double cm) => (int)Math.Round(cm * 10);
}
