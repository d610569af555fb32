using System.Globalization;
using Microsoft.Extensions.Localization;
using Storefront.Features.Catalog;
using Storefront.Features.SizeAdvisor.Engine;

namespace Storefront.Features.SizeAdvisor;

/// <summary>A recommendation in words, ready to show.</summary>
public sealed record AdviceView(
    string Size,
    string? OtherSystems,
    FitConfidence Confidence,
    string ConfidenceLabel,
    string ConfidenceReason,
    string FitNote,
    string? RunnerUp,
    IReadOnlyList<string> Notes,
    IReadOnlyList<AdvisedVariant> Variants,
    SizeRecommendation Recommendation);

/// <summary>Turns the engine's codes into localised sentences (en, de with "du").</summary>
public sealed class SizeAdviceWriter(IStringLocalizer<SizeAdvisorText> text)
{
    public AdviceView Write(AdvisorSetup setup, SizeRecommendation r)
    {
        var notes = new List<string>();
        if (r.FeedbackShift != 0 && r.ChartSize is { } chartSize)
        {
            notes.Add(text[r.FeedbackShift > 0 ? "FeedbackLarger" : "FeedbackSmaller", r.Size, chartSize]);
        }
        if (r.Estimated is { } estimated)
        {
            var parts = new[] { ("chest", estimated.ChestMm), ("waist", estimated.WaistMm), ("hip", estimated.HipMm) }
                .Where(p => p.Item2 is not null)
                .Select(p => text["EstimatedGirth", text[$"Girth_{p.Item1}"], (p.Item2!.Value / 10.0).ToString("0", CultureInfo.CurrentCulture)].Value);
            notes.Add(text["EstimatedGirths", string.Join(", ", parts)]);
        }
        if (r.Frame is { } frame)
        {
            notes.Add(frame.Style == RidingStyle.Mountain
                ? text["FrameMethodInches", Cm(frame.InseamMm), Factor(frame.Factor), Style(frame.Style), Cm(frame.IdealFrameMm), frame.IdealFrameInches.ToString("0.#", CultureInfo.CurrentCulture)]
                : text["FrameMethod", Cm(frame.InseamMm), Factor(frame.Factor), Style(frame.Style), Cm(frame.IdealFrameMm)]);
            notes.Add(text["FrameMethodExplained"]);
        }
        if (setup.BrandNote is { } brandNote)
        {
            notes.Add(brandNote);
        }
        var variants = setup.Variants.Where(v => string.Equals(v.Size, r.Size, StringComparison.OrdinalIgnoreCase)).ToList();
        return new AdviceView(
            r.Size,
            r.UkSize is not null && r.UsSize is not null ? text["OtherSystems", r.UkSize, r.UsSize].Value : null,
            r.Confidence,
            text[$"Confidence_{r.Confidence}"],
            Reason(r),
            FitNote(r),
            r.RunnerUp,
            notes,
            variants,
            r);
    }

    public string Unavailable(AdvisorSetup setup) =>
        setup.Kind == SizeKind.None ? text["NoSizes"] : setup.Chart is null ? text["NoChart"] : text["ChartBeingFixed"];

    /// <summary>A chart problem for the merchant (the admin editor shows these next to the chart).</summary>
    public string Describe(ChartProblem problem) =>
        text[$"Chart_{problem.Kind}", problem.Row ?? "", problem.NextRow ?? "", problem.Measure is null ? "" : text[$"Measure_{problem.Measure}"].Value];

    private string Reason(SizeRecommendation r) => r.Reason switch
    {
        ConfidenceReason.OutsideChart => text[r.Edge == ChartEdge.BelowSmallest ? "Reason_BelowChart" : "Reason_AboveChart"],
        _ => text[$"Reason_{r.Reason}"],
    };

    private string FitNote(SizeRecommendation r)
    {
        if (r.Between is { } b)
        {
            var key = b.DecidedBy switch
            {
                BetweenDecider.SlimPreference => "Between_Slim",
                BetweenDecider.LoosePreference => "Between_Loose",
                BetweenDecider.ToeRoom => "Between_ToeRoom",
                BetweenDecider.RidingStyle => b.Chosen == b.Larger ? "Between_LargerFrame" : "Between_SmallerFrame",
                BetweenDecider.BrandAdvice => "Between_Brand",
                _ => "Between_Nearest",
            };
            return text[key, b.Smaller, b.Larger, b.Chosen];
        }
        return r.Edge switch
        {
            ChartEdge.BelowSmallest => text["Fit_BelowChart", r.Size],
            ChartEdge.AboveLargest => text["Fit_AboveChart", r.Size],
            _ => text["Fit_Centred", r.ChartSize ?? r.Size],
        };
    }

    private string Style(RidingStyle style) => text[$"Style_{style}"];

    private static string Cm(int mm) => (mm / 10.0).ToString("0.#", CultureInfo.CurrentCulture);

    private static string Factor(double factor) => factor.ToString("0.0##", CultureInfo.CurrentCulture);
}
