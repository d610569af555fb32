namespace Storefront.Features.SizeAdvisor.Engine;

/// <summary>What one customer said about the fit of a product they had.</summary>
public enum FitVerdict
{
    TooSmall,
    TrueToSize,
    TooLarge,
}

/// <summary>Where a verdict comes from: a review's fit answer or a return's reason (too small / too large).</summary>
public enum FitEvidenceSource
{
    Review,
    Return,
}

/// <summary>A number of equal verdicts from one source (so a caller can pass grouped counts from SQL).</summary>
public sealed record FitEvidence(FitEvidenceSource Source, FitVerdict Verdict, int Count = 1);

/// <summary>
/// The feedback's effect on a product: +1 = "take one size larger", −1 = one smaller, 0 = as the chart says.
/// <see cref="Enough"/> tells whether there was enough evidence to decide at all.
/// </summary>
public sealed record FitOffset(int Shift, double TooSmall, double TrueToSize, double TooLarge)
{
    public static readonly FitOffset None = new(0, 0, 0, 0);

    public double Total => TooSmall + TrueToSize + TooLarge;

    public bool Enough => Total >= FitFeedback.MinimumEvidence;
}

/// <summary>Turns fit evidence into an offset. Pure; the thresholds are documented in docs/size-advice.md.</summary>
public static class FitFeedback
{
    /// <summary>Weighted verdicts needed before the advice moves.</summary>
    public const double MinimumEvidence = 8;

    /// <summary>Share of all verdicts one direction must exceed (a majority)…</summary>
    public const double MinimumShare = 0.5;

    /// <summary>…and how many times the opposite direction it must outnumber.</summary>
    public const double DominanceRatio = 2;

    /// <summary>A return is a customer acting on the fit, so it counts more than a review's tick box.</summary>
    public static double Weight(FitEvidenceSource source) => source == FitEvidenceSource.Return ? 1.5 : 1.0;

    public static FitOffset Offset(IEnumerable<FitEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        double small = 0, trueToSize = 0, large = 0;
        foreach (var e in evidence)
        {
            if (e.Count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(evidence), "Evidence counts cannot be negative.");
            }
            var weighted = e.Count * Weight(e.Source);
            switch (e.Verdict)
            {
                case FitVerdict.TooSmall: small += weighted; break;
                case FitVerdict.TooLarge: large += weighted; break;
                default: trueToSize += weighted; break;
            }
        }
        var total = small + trueToSize + large;
        var shift = 0;
        if (total >= MinimumEvidence)
        {
            if (small / total > MinimumShare && small >= DominanceRatio * large)
            {
                shift = 1;
            }
            else if (large / total > MinimumShare && large >= DominanceRatio * small)
            {
                shift = -1;
            }
        }
        return new FitOffset(shift, small, trueToSize, large);
    }
}
