using Storefront.Features.Catalog;

namespace Storefront.Features.SizeAdvisor.Engine;

/// <summary>How a shopper likes clothes to sit; decides between two sizes.</summary>
public enum FitPreference
{
    Regular = 0,
    Slim = 1,
    Loose = 2,
}

/// <summary>What the bike is ridden for; picks the inseam factor and decides between two frame sizes.</summary>
public enum RidingStyle
{
    Road = 0,
    Gravel = 1,
    Mountain = 2,
    CityTrekking = 3,
}

public enum FitConfidence
{
    Low = 0,
    Medium = 1,
    High = 2,
}

/// <summary>Why the confidence is what it is (the most important reason only).</summary>
public enum ConfidenceReason
{
    /// <summary>Every measurement falls well inside one size.</summary>
    ClearlyInside,
    /// <summary>The measurements sit near the border of two sizes.</summary>
    NearBoundary,
    /// <summary>Girths were estimated from height and weight.</summary>
    Estimated,
    /// <summary>Estimated girths and near a border.</summary>
    EstimatedNearBoundary,
    /// <summary>The measurements point to sizes more than one apart (e.g. long legs, short torso).</summary>
    MeasurementsDisagree,
    /// <summary>Smaller than the chart's smallest or larger than its largest size.</summary>
    OutsideChart,
}

public enum ChartEdge
{
    Inside,
    BelowSmallest,
    AboveLargest,
}

/// <summary>Body measurements for one advice; lengths in millimetres.</summary>
public abstract record FitMeasurements
{
    public abstract SizeKind Kind { get; }
}

public sealed record ClothingMeasurements(int HeightMm, double WeightKg, int? ChestMm, int? WaistMm, int? HipMm, FitPreference Preference) : FitMeasurements
{
    public override SizeKind Kind => SizeKind.Clothing;
}

public sealed record ShoeMeasurements(int FootLengthMm) : FitMeasurements
{
    public override SizeKind Kind => SizeKind.Shoe;
}

public sealed record FrameMeasurements(int InseamMm, int HeightMm, RidingStyle Style) : FitMeasurements
{
    public override SizeKind Kind => SizeKind.Frame;
}

/// <summary>Which of two neighbouring sizes was chosen and what decided it.</summary>
public sealed record BetweenSizes(string Smaller, string Larger, string Chosen, BetweenDecider DecidedBy);

public enum BetweenDecider
{
    /// <summary>Regular fit: the size whose range holds the measurements.</summary>
    Nearest,
    SlimPreference,
    LoosePreference,
    /// <summary>Shoes: the longer one, feet need room in front of the toes.</summary>
    ToeRoom,
    /// <summary>Riding style (see <see cref="FitEngine.PrefersLargerFrame"/>).</summary>
    RidingStyle,
    /// <summary>The brand's own rule (<see cref="SizeChart.WhenBetween"/>), for frames and shoes.</summary>
    BrandAdvice,
}

/// <summary>Girths the shopper did not give, estimated from height and weight (mm).</summary>
public sealed record EstimatedGirths(int? ChestMm, int? WaistMm, int? HipMm);

/// <summary>The inseam-factor method: inseam × factor = seat tube length (centre to top).</summary>
public sealed record FrameMethod(int InseamMm, double Factor, int IdealFrameMm, RidingStyle Style)
{
    /// <summary>Mountain bikes are sold in inches: the same number in inches.</summary>
    public double IdealFrameInches => IdealFrameMm / 25.4;
}

/// <summary>What the engine recommends.</summary>
public sealed record SizeRecommendation(
    SizeKind Kind,
    string Size,
    string? RunnerUp,
    FitConfidence Confidence,
    ConfidenceReason Reason,
    ChartEdge Edge,
    BetweenSizes? Between,
    EstimatedGirths? Estimated,
    int FeedbackShift,
    string? ChartSize,
    string? UkSize,
    string? UsSize,
    FrameMethod? Frame,
    double Position);
