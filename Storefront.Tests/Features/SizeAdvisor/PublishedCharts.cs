using Storefront.Features.Catalog;
using Storefront.Features.SizeAdvisor;

namespace Storefront.Tests.Features.SizeAdvisor;

/// <summary>
/// Charts transcribed from published tables (see docs/size-advice.md, "Accuracy"): EN 13402-3 letter codes for
/// men and women, the Paris-point shoe scale with the common EU/UK/US men's conversion, and a typical bike maker's
/// frame table by inseam and body height (road in cm, mountain in S–XL). Values are in cm here, mm in the chart.
/// </summary>
public static class PublishedCharts
{
    /// <summary>EN 13402-3 letter codes, menswear: chest girth and waist girth (cm).</summary>
    public static readonly (string Label, int ChestMin, int ChestMax, int WaistMin, int WaistMax)[] MenLetterCodes =
    [
        ("XS", 78, 86, 66, 74),
        ("S", 86, 94, 74, 82),
        ("M", 94, 102, 82, 90),
        ("L", 102, 110, 90, 98),
        ("XL", 110, 118, 98, 110),
        ("XXL", 118, 129, 110, 122),
    ];

    /// <summary>EN 13402-3 letter codes, womenswear: bust, waist and hip girth (cm).</summary>
    public static readonly (string Label, int BustMin, int BustMax, int WaistMin, int WaistMax, int HipMin, int HipMax)[] WomenLetterCodes =
    [
        ("XS", 74, 82, 58, 66, 82, 90),
        ("S", 82, 90, 66, 74, 90, 98),
        ("M", 90, 98, 74, 82, 98, 106),
        ("L", 98, 107, 82, 90, 106, 115),
        ("XL", 107, 119, 90, 102, 115, 127),
        ("XXL", 119, 131, 102, 114, 127, 139),
    ];

    /// <summary>Common men's EU/UK/US conversion (EU by Paris point: 1 size = 2/3 cm of last, last = foot + 1.5 cm).</summary>
    public static readonly (int Eu, string Uk, string Us)[] ShoeConversion =
    [
        (36, "3.5", "4.5"), (37, "4", "5"), (38, "5", "6"), (39, "6", "7"), (40, "6.5", "7.5"), (41, "7", "8"),
        (42, "8", "9"), (43, "9", "10"), (44, "9.5", "10.5"), (45, "10.5", "11.5"), (46, "11", "12"), (47, "12", "13"),
    ];

    /// <summary>Foot length range (mm) of a Paris-point size: last length n × 20/3 mm minus 15 mm allowance, ± half a size.</summary>
    public static (int Min, int Max) FootRange(int eu) => (Mm((eu - 0.5) * 20 / 3 - 15), Mm((eu + 0.5) * 20 / 3 - 15));

    /// <summary>Road frame sizes (seat tube, cm) by inseam and body height (cm), as bike makers publish them.</summary>
    public static readonly (string Label, int InseamMin, int InseamMax, int HeightMin, int HeightMax)[] RoadFrames =
    [
        ("50 cm", 74, 78, 160, 167),
        ("52 cm", 78, 81, 167, 172),
        ("54 cm", 81, 84, 172, 177),
        ("56 cm", 84, 87, 177, 182),
        ("58 cm", 87, 90, 182, 187),
        ("60 cm", 90, 93, 187, 193),
    ];

    /// <summary>Mountain-bike letter sizes by inseam and body height (cm).</summary>
    public static readonly (string Label, int InseamMin, int InseamMax, int HeightMin, int HeightMax)[] MountainFrames =
    [
        ("S", 70, 78, 155, 167),
        ("M", 78, 83, 167, 178),
        ("L", 83, 88, 178, 188),
        ("XL", 88, 93, 188, 198),
    ];

    public static SizeChart Men() => Chart(SizeKind.Clothing, MenLetterCodes.Select(r => Row(r.Label, chest: (r.ChestMin, r.ChestMax), waist: (r.WaistMin, r.WaistMax))));

    public static SizeChart Women() => Chart(SizeKind.Clothing, WomenLetterCodes.Select(r =>
        Row(r.Label, chest: (r.BustMin, r.BustMax), waist: (r.WaistMin, r.WaistMax), hip: (r.HipMin, r.HipMax))));

    public static SizeChart Shoes() => Chart(SizeKind.Shoe, ShoeConversion.Select(s =>
    {
        var (min, max) = FootRange(s.Eu);
        return new SizeChartRow { Label = s.Eu.ToString(System.Globalization.CultureInfo.InvariantCulture), FootMinMm = min, FootMaxMm = max, UkLabel = s.Uk, UsLabel = s.Us };
    }));

    public static SizeChart Road() => Chart(SizeKind.Frame, RoadFrames.Select(r => Row(r.Label, inseam: (r.InseamMin, r.InseamMax), height: (r.HeightMin, r.HeightMax))));

    public static SizeChart Mountain() => Chart(SizeKind.Frame, MountainFrames.Select(r => Row(r.Label, inseam: (r.InseamMin, r.InseamMax), height: (r.HeightMin, r.HeightMax))));

    public static SizeChart Chart(SizeKind kind, IEnumerable<SizeChartRow> rows)
    {
        var chart = new SizeChart { Kind = kind };
        var order = 0;
        foreach (var row in rows)
        {
            row.SortOrder = ++order;
            chart.Rows.Add(row);
        }
        return chart;
    }

    public static SizeChartRow Row(string label, (int, int)? chest = null, (int, int)? waist = null, (int, int)? hip = null,
        (int, int)? height = null, (int, int)? inseam = null, (int, int)? foot = null) => new()
    {
        Label = label,
        ChestMinMm = chest?.Item1 * 10, ChestMaxMm = chest?.Item2 * 10,
        WaistMinMm = waist?.Item1 * 10, WaistMaxMm = waist?.Item2 * 10,
        HipMinMm = hip?.Item1 * 10, HipMaxMm = hip?.Item2 * 10,
        HeightMinMm = height?.Item1 * 10, HeightMaxMm = height?.Item2 * 10,
        InseamMinMm = inseam?.Item1 * 10, InseamMaxMm = inseam?.Item2 * 10,
        FootMinMm = foot?.Item1, FootMaxMm = foot?.Item2,
    };

    private static int Mm(double mm) => (int)Math.Round(mm);
}
