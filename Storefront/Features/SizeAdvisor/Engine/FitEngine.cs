using Storefront.Features.Catalog;

namespace Storefront.Features.SizeAdvisor.Engine;

/// <summary>
/// Chart + measurements in, recommendation out. No I/O. Each measurement the chart uses is turned into a position on
/// the chart (row index + fraction of the way through that row's range), the positions are averaged with weights,
/// and the row under the average is the size. See docs/size-advice.md for the method and its sources.
/// </summary>
public static class FitEngine
{
    /// <summary>Within this fraction of a size's range from its border, the neighbour is a real alternative.</summary>
    public const double BoundaryZone = 0.2;

    /// <summary>Positions further apart than this (in sizes) mean the measurements disagree.</summary>
    public const double DisagreementSpread = 1.5;

    public static SizeRecommendation Recommend(SizeChart chart, FitMeasurements measurements, FitOffset? offset = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(measurements);
        if (chart.Kind != measurements.Kind)
        {
            throw new ArgumentException($"A {measurements.Kind} measurement does not fit a {chart.Kind} chart.");
        }
        var rows = chart.Rows.OrderBy(r => r.SortOrder).ToList();
        if (rows.Count == 0)
        {
            throw new ArgumentException("The chart has no sizes.");
        }
        return measurements switch
        {
            ClothingMeasurements c => Clothing(rows, c, offset),
            ShoeMeasurements s => Shoe(rows, s, offset, chart.WhenBetween),
            FrameMeasurements f => Frame(rows, f, offset, chart.WhenBetween),
            _ => throw new ArgumentOutOfRangeException(nameof(measurements)),
        };
    }

    /// <summary>Inseam factors for the seat tube length (centre to top), per riding style.</summary>
    public static double InseamFactor(RidingStyle style) => style switch
    {
        RidingStyle.Road => 0.665,
        RidingStyle.Gravel => 0.665,
        RidingStyle.Mountain => 0.574,
        RidingStyle.CityTrekking => 0.66,
        _ => throw new ArgumentOutOfRangeException(nameof(style)),
    };

    /// <summary>
    /// Between two frame sizes: road riders take the larger (a stretched, efficient position on long rides); off-road
    /// and everyday riders the smaller (handling, stand-over clearance, easy on and off).
    /// </summary>
    public static bool PrefersLargerFrame(RidingStyle style) => style == RidingStyle.Road;

    private static SizeRecommendation Clothing(List<SizeChartRow> rows, ClothingMeasurements m, FitOffset? offset)
    {
        var estimate = GirthEstimator.Estimate(m.HeightMm, m.WeightKg);
        var usesChest = rows.All(r => r.ChestMinMm is not null);
        var usesWaist = rows.All(r => r.WaistMinMm is not null);
        var usesHip = rows.All(r => r.HipMinMm is not null);
        var samples = new List<Sample>();
        int? estChest = null, estWaist = null, estHip = null;
        if (rows.All(r => r.HeightMinMm is not null))
        {
            samples.Add(new(Position(rows, r => (r.HeightMinMm, r.HeightMaxMm), m.HeightMm), 0.5, Measured: true));
        }
        AddGirth(usesChest, m.ChestMm, estimate.ChestMm, r => (r.ChestMinMm, r.ChestMaxMm), ref estChest);
        AddGirth(usesWaist, m.WaistMm, estimate.WaistMm, r => (r.WaistMinMm, r.WaistMaxMm), ref estWaist);
        AddGirth(usesHip, m.HipMm, estimate.HipMm, r => (r.HipMinMm, r.HipMaxMm), ref estHip);
        var estimated = estChest is not null || estWaist is not null || estHip is not null
            ? new EstimatedGirths(estChest, estWaist, estHip)
            : null;

        var decider = m.Preference switch
        {
            FitPreference.Slim => BetweenDecider.SlimPreference,
            FitPreference.Loose => BetweenDecider.LoosePreference,
            _ => BetweenDecider.Nearest,
        };
        return Decide(SizeKind.Clothing, rows, samples, decider, estimated, offset, frame: null);

        void AddGirth(bool used, int? given, int estimateMm, Func<SizeChartRow, (int?, int?)> range, ref int? estimatedMm)
        {
            if (!used)
            {
                return;
            }
            if (given is { } value)
            {
                samples.Add(new(Position(rows, range, value), 1, Measured: true));
            }
            else
            {
                estimatedMm = estimateMm;
                samples.Add(new(Position(rows, range, estimateMm), 0.5, Measured: false));
            }
        }
    }

    private static SizeRecommendation Shoe(List<SizeChartRow> rows, ShoeMeasurements m, FitOffset? offset, BetweenSizesAdvice? brand)
    {
        var samples = new List<Sample> { new(Position(rows, r => (r.FootMinMm, r.FootMaxMm), m.FootLengthMm), 1, true) };
        return Decide(SizeKind.Shoe, rows, samples, BetweenDecider.ToeRoom, null, offset, frame: null, brand);
    }

    private static SizeRecommendation Frame(List<SizeChartRow> rows, FrameMeasurements m, FitOffset? offset, BetweenSizesAdvice? brand)
    {
        var samples = new List<Sample> { new(Position(rows, r => (r.InseamMinMm, r.InseamMaxMm), m.InseamMm), 2, true) };
        if (rows.All(r => r.HeightMinMm is not null))
        {
            samples.Add(new(Position(rows, r => (r.HeightMinMm, r.HeightMaxMm), m.HeightMm), 1, true));
        }
        var factor = InseamFactor(m.Style);
        var method = new FrameMethod(m.InseamMm, factor, (int)Math.Round(m.InseamMm * factor), m.Style);
        return Decide(SizeKind.Frame, rows, samples, BetweenDecider.RidingStyle, null, offset, method, brand);
    }

    private static SizeRecommendation Decide(
        SizeKind kind, List<SizeChartRow> rows, List<Sample> samples, BetweenDecider decider,
        EstimatedGirths? estimated, FitOffset? offset, FrameMethod? frame, BetweenSizesAdvice? brand = null)
    {
        if (brand is not null)
        {
            decider = BetweenDecider.BrandAdvice;
        }
        var position = samples.Sum(s => s.Position * s.Weight) / samples.Sum(s => s.Weight);
        var last = rows.Count - 1;
        var edge = position < 0 ? ChartEdge.BelowSmallest : position >= rows.Count ? ChartEdge.AboveLargest : ChartEdge.Inside;
        var index = Math.Clamp((int)Math.Floor(position), 0, last);
        var fraction = position - index;

        int chosen = index;
        int? runnerUp = null;
        BetweenSizes? between = null;
        if (edge == ChartEdge.Inside && rows.Count > 1)
        {
            var nearLower = fraction < BoundaryZone && index > 0;
            var nearUpper = fraction > 1 - BoundaryZone && index < last;
            if (nearLower || nearUpper)
            {
                var smaller = nearLower ? index - 1 : index;
                var larger = smaller + 1;
                chosen = decider switch
                {
                    BetweenDecider.SlimPreference => smaller,
                    BetweenDecider.LoosePreference => larger,
                    BetweenDecider.ToeRoom => larger,
                    BetweenDecider.RidingStyle => PrefersLargerFrame(frame!.Style) ? larger : smaller,
                    BetweenDecider.BrandAdvice => brand == BetweenSizesAdvice.Larger ? larger : smaller,
                    _ => index,
                };
                runnerUp = chosen == smaller ? larger : smaller;
                between = new BetweenSizes(rows[smaller].Label, rows[larger].Label, rows[chosen].Label, decider);
            }
            else
            {
                runnerUp = fraction < 0.5 ? (index > 0 ? index - 1 : index + 1) : (index < last ? index + 1 : index - 1);
            }
        }
        else if (rows.Count > 1)
        {
            runnerUp = index == 0 ? 1 : last - 1;
        }

        var measured = samples.Where(s => s.Measured).Select(s => s.Position).ToList();
        var disagree = measured.Count > 1 && measured.Max() - measured.Min() > DisagreementSpread;
        var (confidence, reason) = (edge, disagree, estimated is not null, between is not null) switch
        {
            (not ChartEdge.Inside, _, _, _) => (FitConfidence.Low, ConfidenceReason.OutsideChart),
            (_, true, _, _) => (FitConfidence.Low, ConfidenceReason.MeasurementsDisagree),
            (_, _, true, true) => (FitConfidence.Low, ConfidenceReason.EstimatedNearBoundary),
            (_, _, true, false) => (FitConfidence.Medium, ConfidenceReason.Estimated),
            (_, _, false, true) => (FitConfidence.Medium, ConfidenceReason.NearBoundary),
            _ => (FitConfidence.High, ConfidenceReason.ClearlyInside),
        };

        // Feedback moves the advice, and the chart's own size becomes the runner-up.
        var shift = offset?.Shift ?? 0;
        string? chartSize = null;
        if (shift != 0)
        {
            var shifted = Math.Clamp(chosen + shift, 0, last);
            if (shifted != chosen)
            {
                chartSize = rows[chosen].Label;
                runnerUp = chosen;
                chosen = shifted;
            }
            else
            {
                shift = 0;
            }
        }

        var row = rows[chosen];
        return new SizeRecommendation(
            kind, row.Label, runnerUp is { } r ? rows[r].Label : null, confidence, reason, edge, between, estimated,
            shift, chartSize, row.UkLabel, row.UsLabel, frame, position);
    }

    /// <summary>Row index + the fraction of the way through that row's range; below 0 or from rows.Count on: off the chart.</summary>
    internal static double Position(List<SizeChartRow> rows, Func<SizeChartRow, (int? Min, int? Max)> range, int value)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var (min, max) = range(rows[i]);
            if (min is not { } lo || max is not { } hi || hi <= lo)
            {
                throw new ArgumentException($"Size {rows[i].Label} has no valid range for this measurement.");
            }
            if (value < lo)
            {
                // Below the first row, or in a gap between rows (a chart the validator would reject): its lower border.
                return i == 0 ? (double)(value - lo) / (hi - lo) : i;
            }
            if (value < hi)
            {
                return i + (double)(value - lo) / (hi - lo);
            }
        }
        var (lastMin, lastMax) = range(rows[^1]);
        return rows.Count - 1 + (double)(value - lastMin!.Value) / (lastMax!.Value - lastMin.Value);
    }

    private sealed record Sample(double Position, double Weight, bool Measured);
}
