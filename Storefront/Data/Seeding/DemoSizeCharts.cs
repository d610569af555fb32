using Storefront.Features.Catalog;
using Storefront.Features.SizeAdvisor;

namespace Storefront.Data.Seeding;

/// <summary>
/// One size chart per brand and sized subcategory it sells in. Rows are contiguous (max of one row = min of the
/// next) and shifted per brand, so brands that run small cover smaller bodies with the same label.
/// </summary>
internal static class DemoSizeCharts
{
    private static readonly int[] Height = [1560, 1640, 1720, 1790, 1850, 1910, 1980];
    private static readonly int[] Chest = [800, 860, 920, 1000, 1080, 1160, 1240];
    private static readonly int[] Waist = [660, 720, 780, 860, 940, 1020, 1100];
    private static readonly int[] Hip = [860, 920, 980, 1040, 1100, 1160, 1220];

    private static readonly int[] Foot = [225, 232, 238, 245, 252, 258, 265, 272, 278, 285, 292, 298];
    private static readonly string[] Uk = ["3.5", "4", "5", "6", "6.5", "7", "8", "9", "9.5", "10.5", "11"];
    private static readonly string[] Us = ["4.5", "5", "6", "7", "7.5", "8", "9", "10", "10.5", "11.5", "12"];

    private static readonly int[] RoadInseam = [720, 760, 790, 820, 850, 880, 920];
    private static readonly int[] RoadHeight = [1580, 1650, 1710, 1770, 1830, 1890, 1960];
    private static readonly int[] LetterInseam = [700, 760, 810, 860, 920];
    private static readonly int[] LetterHeight = [1550, 1680, 1780, 1880, 1980];

    public static List<SizeChart> Build(IReadOnlyList<Category> categories)
    {
        var charts = new List<SizeChart>();
        var rowId = 0;
        foreach (var brand in DemoCatalogSpecs.Brands)
        {
            foreach (var sub in DemoCatalogSpecs.Subcategories.Where(s => s.Kind != SizeKind.None && brand.Subcategories.Contains(s.Slug)))
            {
                var (noteEn, noteDe) = Note(brand, sub.Kind);
                var chart = new SizeChart
                {
                    Id = charts.Count + 1,
                    BrandId = brand.Id,
                    CategoryId = categories.Single(c => c.Slug == sub.Slug).Id,
                    Kind = sub.Kind,
                    NoteEn = noteEn,
                    NoteDe = noteDe,
                    // The frame notes below tell the shopper the brand's rule; the advisor applies it too.
                    WhenBetween = sub.Kind != SizeKind.Frame ? null : brand.Bias switch
                    {
                        < 0 => BetweenSizesAdvice.Larger,
                        > 0 => BetweenSizesAdvice.Smaller,
                        _ => null,
                    },
                };
                for (var i = 0; i < sub.Sizes.Length; i++)
                {
                    var row = new SizeChartRow { Id = ++rowId, SizeChartId = chart.Id, Label = sub.Sizes[i], SortOrder = i + 1 };
                    Fill(row, sub, i, brand);
                    chart.Rows.Add(row);
                }

                charts.Add(chart);
            }
        }

        return charts;
    }

    private static void Fill(SizeChartRow row, SubcategorySpec sub, int i, BrandSpec brand)
    {
        switch (sub.Kind)
        {
            case SizeKind.Clothing:
                (row.HeightMinMm, row.HeightMaxMm) = Range(Height, i, brand.Bias * 20);
                (row.ChestMinMm, row.ChestMaxMm) = Range(Chest, i, brand.Bias * 30);
                (row.WaistMinMm, row.WaistMaxMm) = Range(Waist, i, brand.Bias * 30);
                (row.HipMinMm, row.HipMaxMm) = Range(Hip, i, brand.Bias * 30);
                break;
            case SizeKind.Shoe:
                (row.FootMinMm, row.FootMaxMm) = Range(Foot, i, brand.Bias * 4 - (brand.Narrow ? 2 : 0));
                row.UkLabel = Uk[i];
                row.UsLabel = Us[i];
                break;
            case SizeKind.Frame:
                var (inseam, height) = sub.Sizes.Length == LetterInseam.Length - 1 ? (LetterInseam, LetterHeight) : (RoadInseam, RoadHeight);
                (row.InseamMinMm, row.InseamMaxMm) = Range(inseam, i, brand.Bias * 15);
                (row.HeightMinMm, row.HeightMaxMm) = Range(height, i, brand.Bias * 30);
                break;
        }
    }

    private static (int?, int?) Range(int[] bounds, int i, int offset) => (bounds[i] + offset, bounds[i + 1] + offset);

    private static (string? En, string? De) Note(BrandSpec brand, SizeKind kind) => (kind, brand.Bias, brand.Narrow) switch
    {
        (SizeKind.Shoe, 0, true) => ("Runs narrow – with wide feet, go one size up.", "Fällt schmal aus – bei breiten Füßen eine Nummer größer wählen."),
        (SizeKind.Shoe, < 0, _) => ("Runs small – consider half a size to a size up.", "Fällt klein aus – eher eine halbe bis ganze Nummer größer wählen."),
        (SizeKind.Shoe, > 0, _) => ("Roomy fit with space for thick socks; runs large.", "Weit geschnitten, mit Platz für dicke Socken; fällt groß aus."),
        (SizeKind.Frame, < 0, _) => ("Compact race geometry: between two sizes, choose the larger frame.", "Kompakte Renngeometrie: Zwischen zwei Größen den größeren Rahmen wählen."),
        (SizeKind.Frame, > 0, _) => ("Long, modern geometry: between two sizes, choose the smaller frame.", "Lange, moderne Geometrie: Zwischen zwei Größen den kleineren Rahmen wählen."),
        (_, < 0, _) => ("This brand runs small – if in doubt, take one size up.", "Fällt klein aus – im Zweifel eine Größe größer wählen."),
        (_, > 0, _) => ("This brand runs large – if in doubt, take one size down.", "Fällt groß aus – im Zweifel eine Größe kleiner wählen."),
        _ => (null, null),
    };
}
