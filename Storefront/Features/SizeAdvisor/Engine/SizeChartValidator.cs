using Storefront.Features.Catalog;

namespace Storefront.Features.SizeAdvisor.Engine;

public enum ChartProblemKind
{
    NoRows,
    MissingLabel,
    DuplicateLabel,
    /// <summary>A measurement the chart's kind needs is missing on a row.</summary>
    MissingRange,
    /// <summary>Min is not below max.</summary>
    EmptyRange,
    /// <summary>A value outside what a body can measure (likely cm or inches typed where mm are stored).</summary>
    ImplausibleUnit,
    Gap,
    Overlap,
    /// <summary>Ranges go down while the sizes go up.</summary>
    OutOfOrder,
    /// <summary>A measurement is used on some rows but not on others.</summary>
    PartlyUsed,
}

/// <summary>One merchant error in a chart; <see cref="Measure"/> names the measurement ("chest"), rows by label.</summary>
public sealed record ChartProblem(ChartProblemKind Kind, string? Row = null, string? NextRow = null, string? Measure = null);

/// <summary>
/// Checks a size chart before the advisor uses it and before the admin editor saves it: each measurement's ranges
/// must be contiguous (one row's max is the next row's min), ascending, in millimetres, and present on every row.
/// </summary>
public static class SizeChartValidator
{
    public sealed record MeasureSpec(string Name, Func<SizeChartRow, int?> Min, Func<SizeChartRow, int?> Max, int LowestMm, int HighestMm);

    public static readonly MeasureSpec Height = new("height", r => r.HeightMinMm, r => r.HeightMaxMm, 500, 2500);
    public static readonly MeasureSpec Chest = new("chest", r => r.ChestMinMm, r => r.ChestMaxMm, 400, 2000);
    public static readonly MeasureSpec Waist = new("waist", r => r.WaistMinMm, r => r.WaistMaxMm, 300, 2000);
    public static readonly MeasureSpec Hip = new("hip", r => r.HipMinMm, r => r.HipMaxMm, 400, 2000);
    public static readonly MeasureSpec Foot = new("foot", r => r.FootMinMm, r => r.FootMaxMm, 100, 400);
    public static readonly MeasureSpec Inseam = new("inseam", r => r.InseamMinMm, r => r.InseamMaxMm, 400, 1200);

    private static readonly MeasureSpec[] All = [Height, Chest, Waist, Hip, Foot, Inseam];

    /// <summary>Measurements a chart of this kind must have on every row.</summary>
    public static IReadOnlyList<MeasureSpec> Required(SizeKind kind) => kind switch
    {
        SizeKind.Shoe => [Foot],
        SizeKind.Frame => [Inseam],
        _ => [],
    };

    public static IReadOnlyList<ChartProblem> Validate(SizeChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var problems = new List<ChartProblem>();
        var rows = chart.Rows.OrderBy(r => r.SortOrder).ToList();
        if (rows.Count == 0)
        {
            problems.Add(new(ChartProblemKind.NoRows));
            return problems;
        }
        foreach (var row in rows.Where(r => string.IsNullOrWhiteSpace(r.Label)))
        {
            problems.Add(new(ChartProblemKind.MissingLabel, Row: (rows.IndexOf(row) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        foreach (var duplicate in rows.Where(r => !string.IsNullOrWhiteSpace(r.Label)).GroupBy(r => r.Label.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new(ChartProblemKind.DuplicateLabel, Row: duplicate.Key));
        }
        var required = Required(chart.Kind);
        if (chart.Kind == SizeKind.Clothing && !rows.Any(r => r.ChestMinMm is not null || r.WaistMinMm is not null || r.HipMinMm is not null))
        {
            problems.Add(new(ChartProblemKind.MissingRange, Measure: "chest"));
        }
        foreach (var measure in All)
        {
            var used = rows.Count(r => measure.Min(r) is not null || measure.Max(r) is not null);
            if (used == 0)
            {
                if (required.Contains(measure))
                {
                    problems.Add(new(ChartProblemKind.MissingRange, Measure: measure.Name));
                }
                continue;
            }
            if (used < rows.Count)
            {
                problems.Add(new(ChartProblemKind.PartlyUsed, Row: rows.First(r => measure.Min(r) is null && measure.Max(r) is null).Label, Measure: measure.Name));
                continue;
            }
            CheckMeasure(rows, measure, problems);
        }
        return problems;
    }

    private static void CheckMeasure(List<SizeChartRow> rows, MeasureSpec measure, List<ChartProblem> problems)
    {
        var valid = true;
        foreach (var row in rows)
        {
            var (min, max) = (measure.Min(row), measure.Max(row));
            if (min is null || max is null)
            {
                problems.Add(new(ChartProblemKind.MissingRange, row.Label, Measure: measure.Name));
                valid = false;
            }
            else if (min < measure.LowestMm || max > measure.HighestMm)
            {
                problems.Add(new(ChartProblemKind.ImplausibleUnit, row.Label, Measure: measure.Name));
                valid = false;
            }
            else if (min >= max)
            {
                problems.Add(new(ChartProblemKind.EmptyRange, row.Label, Measure: measure.Name));
                valid = false;
            }
        }
        if (!valid)
        {
            return;
        }
        for (var i = 0; i + 1 < rows.Count; i++)
        {
            var (a, b) = (rows[i], rows[i + 1]);
            var (aMin, aMax, bMin) = (measure.Min(a)!.Value, measure.Max(a)!.Value, measure.Min(b)!.Value);
            if (bMin < aMin)
            {
                problems.Add(new(ChartProblemKind.OutOfOrder, a.Label, b.Label, measure.Name));
            }
            else if (bMin > aMax)
            {
                problems.Add(new(ChartProblemKind.Gap, a.Label, b.Label, measure.Name));
            }
            else if (bMin < aMax)
            {
                problems.Add(new(ChartProblemKind.Overlap, a.Label, b.Label, measure.Name));
            }
        }
    }
}
