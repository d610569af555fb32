namespace Storefront.Features.SizeAdvisor.Engine;

/// <summary>
/// Estimates chest, waist and hip girth from height and weight with a cylinder model: for a body of roughly constant
/// shape, girth grows with √(weight ÷ height). The factors are calibrated on the EN 13402-3 reference bodies (see
/// docs/size-advice.md); an estimate is a fallback, so the advice says so and lowers its confidence.
/// </summary>
public static class GirthEstimator
{
    public const double ChestFactor = 15.0;
    public const double WaistFactor = 13.2;
    public const double HipFactor = 15.3;

    public static (int ChestMm, int WaistMm, int HipMm) Estimate(int heightMm, double weightKg)
    {
        if (heightMm <= 0 || weightKg <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(heightMm), "Height and weight must be positive.");
        }
        var scale = Math.Sqrt(weightKg / (heightMm / 1000.0));
        return (Cm(ChestFactor * scale), Cm(WaistFactor * scale), Cm(HipFactor * scale));
    }

    private static int Cm(double cm) => (int)Math.Round(cm * 10);
}
