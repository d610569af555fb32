using Storefront.Features.SizeAdvisor.Engine;
using static Storefront.Tests.Features.SizeAdvisor.PublishedCharts;

namespace Storefront.Tests.Features.SizeAdvisor;

public sealed class FitEngineTests
{
    // Men's M is chest 94–102, waist 82–90; L starts at chest 102, waist 90.
    private static ClothingMeasurements NearTopOfM(FitPreference preference) => new(1780, 80, 1010, 890, null, preference);

    [Fact]
    public void Between_two_sizes_a_loose_preference_takes_the_larger_and_says_why()
    {
        var advice = FitEngine.Recommend(Men(), NearTopOfM(FitPreference.Loose));

        Assert.Equal("L", advice.Size);
        Assert.Equal("M", advice.RunnerUp);
        Assert.Equal(new BetweenSizes("M", "L", "L", BetweenDecider.LoosePreference), advice.Between);
        Assert.Equal(FitConfidence.Medium, advice.Confidence);
        Assert.Equal(ConfidenceReason.NearBoundary, advice.Reason);
    }

    [Fact]
    public void Between_two_sizes_a_slim_preference_takes_the_smaller()
    {
        var advice = FitEngine.Recommend(Men(), new ClothingMeasurements(1780, 80, 1030, 910, null, FitPreference.Slim));

        Assert.Equal("M", advice.Size);
        Assert.Equal("L", advice.RunnerUp);
        Assert.Equal(BetweenDecider.SlimPreference, advice.Between!.DecidedBy);
    }

    [Fact]
    public void Between_two_sizes_a_regular_preference_keeps_the_size_the_measurements_fall_in()
    {
        var advice = FitEngine.Recommend(Men(), NearTopOfM(FitPreference.Regular));

        Assert.Equal("M", advice.Size);
        Assert.Equal("L", advice.RunnerUp);
        Assert.Equal(BetweenDecider.Nearest, advice.Between!.DecidedBy);
    }

    [Fact]
    public void Well_inside_a_size_the_preference_changes_nothing_and_confidence_is_high()
    {
        foreach (var preference in Enum.GetValues<FitPreference>())
        {
            var advice = FitEngine.Recommend(Men(), new ClothingMeasurements(1780, 80, 980, 860, null, preference));

            Assert.Equal("M", advice.Size);
            Assert.Null(advice.Between);
            Assert.Equal(FitConfidence.High, advice.Confidence);
            Assert.Equal(ConfidenceReason.ClearlyInside, advice.Reason);
        }
    }

    [Fact]
    public void Missing_girths_are_estimated_from_height_and_weight_said_so_and_lower_the_confidence()
    {
        // 178 cm, 75 kg: √(75 ÷ 1.78) × 15.0 ≈ 97 cm chest, × 13.2 ≈ 86 cm waist: men's M.
        var advice = FitEngine.Recommend(Men(), new ClothingMeasurements(1780, 75, null, null, null, FitPreference.Regular));

        Assert.Equal("M", advice.Size);
        Assert.NotNull(advice.Estimated);
        Assert.InRange(advice.Estimated!.ChestMm!.Value, 960, 980);
        Assert.Null(advice.Estimated.HipMm);
        Assert.Equal(FitConfidence.Medium, advice.Confidence);
        Assert.Equal(ConfidenceReason.Estimated, advice.Reason);
    }

    [Fact]
    public void A_given_girth_is_used_and_only_the_missing_ones_are_estimated()
    {
        var advice = FitEngine.Recommend(Women(), new ClothingMeasurements(1680, 60, 940, null, null, FitPreference.Regular));

        Assert.Null(advice.Estimated!.ChestMm);
        Assert.NotNull(advice.Estimated.WaistMm);
        Assert.NotNull(advice.Estimated.HipMm);
    }

    [Fact]
    public void Measurements_pointing_to_sizes_far_apart_give_low_confidence()
    {
        // Chest of an XS, waist of an XL.
        var advice = FitEngine.Recommend(Men(), new ClothingMeasurements(1780, 80, 820, 1040, null, FitPreference.Regular));

        Assert.Equal(FitConfidence.Low, advice.Confidence);
        Assert.Equal(ConfidenceReason.MeasurementsDisagree, advice.Reason);
    }

    [Fact]
    public void Beyond_the_largest_size_it_recommends_the_largest_with_low_confidence()
    {
        var advice = FitEngine.Recommend(Men(), new ClothingMeasurements(1900, 140, 1400, 1300, null, FitPreference.Regular));

        Assert.Equal("XXL", advice.Size);
        Assert.Equal("XL", advice.RunnerUp);
        Assert.Equal(ChartEdge.AboveLargest, advice.Edge);
        Assert.Equal(ConfidenceReason.OutsideChart, advice.Reason);
    }

    [Fact]
    public void Shoes_give_the_UK_and_US_sizes_and_between_sizes_the_longer_one()
    {
        var (min42, max42) = FootRange(42);

        var inside = FitEngine.Recommend(Shoes(), new ShoeMeasurements((min42 + max42) / 2));
        var nearTop = FitEngine.Recommend(Shoes(), new ShoeMeasurements(max42 - 1));

        Assert.Equal(("42", "8", "9"), (inside.Size, inside.UkSize, inside.UsSize));
        Assert.Equal("43", nearTop.Size);
        Assert.Equal("42", nearTop.RunnerUp);
        Assert.Equal(BetweenDecider.ToeRoom, nearTop.Between!.DecidedBy);
    }

    [Fact]
    public void Frames_show_the_inseam_factor_method_for_the_riding_style()
    {
        var road = FitEngine.Recommend(Road(), new FrameMeasurements(855, 1795, RidingStyle.Road));
        var mountain = FitEngine.Recommend(Mountain(), new FrameMeasurements(855, 1830, RidingStyle.Mountain));

        Assert.Equal("56 cm", road.Size);
        Assert.Equal(new FrameMethod(855, 0.665, 569, RidingStyle.Road), road.Frame);
        Assert.Equal("L", mountain.Size);
        Assert.Equal(491, mountain.Frame!.IdealFrameMm);
        Assert.Equal(19.3, Math.Round(mountain.Frame.IdealFrameInches, 1));
    }

    [Fact]
    public void Between_two_frames_road_riders_get_the_larger_and_off_road_riders_the_smaller()
    {
        // Inseam 86.6 cm and height 181.5 cm sit at the top of the 56 cm frame.
        var road = FitEngine.Recommend(Road(), new FrameMeasurements(866, 1815, RidingStyle.Road));
        var gravel = FitEngine.Recommend(Road(), new FrameMeasurements(866, 1815, RidingStyle.Gravel));

        Assert.Equal(("58 cm", "56 cm"), (road.Size, road.RunnerUp));
        Assert.Equal(("56 cm", "58 cm"), (gravel.Size, gravel.RunnerUp));
        Assert.Equal(BetweenDecider.RidingStyle, gravel.Between!.DecidedBy);
    }

    [Fact]
    public void A_brand_rule_between_two_frames_wins_over_the_riding_style()
    {
        var chart = Road();
        chart.WhenBetween = Storefront.Features.SizeAdvisor.BetweenSizesAdvice.Larger;

        var gravel = FitEngine.Recommend(chart, new FrameMeasurements(866, 1815, RidingStyle.Gravel));
        var inside = FitEngine.Recommend(chart, new FrameMeasurements(855, 1795, RidingStyle.Gravel));

        Assert.Equal(("58 cm", "56 cm"), (gravel.Size, gravel.RunnerUp));
        Assert.Equal(BetweenDecider.BrandAdvice, gravel.Between!.DecidedBy);
        Assert.Equal("56 cm", inside.Size);
    }

    [Fact]
    public void Long_legs_on_a_short_body_lower_the_confidence_of_a_frame()
    {
        var advice = FitEngine.Recommend(Road(), new FrameMeasurements(900, 1650, RidingStyle.Road));

        Assert.Equal(ConfidenceReason.MeasurementsDisagree, advice.Reason);
        Assert.Equal(FitConfidence.Low, advice.Confidence);
    }

    [Fact]
    public void Recommends_one_size_up_when_customers_say_the_model_runs_small()
    {
        var runsSmall = FitFeedback.Offset([new(FitEvidenceSource.Review, FitVerdict.TooSmall, 7), new(FitEvidenceSource.Review, FitVerdict.TrueToSize, 3)]);

        var advice = FitEngine.Recommend(Men(), new ClothingMeasurements(1780, 80, 980, 860, null, FitPreference.Regular), runsSmall);

        Assert.Equal("L", advice.Size);
        Assert.Equal("M", advice.RunnerUp);
        Assert.Equal("M", advice.ChartSize);
        Assert.Equal(1, advice.FeedbackShift);
    }

    [Fact]
    public void An_offset_past_the_largest_size_leaves_the_advice_as_it_is()
    {
        var runsSmall = new FitOffset(1, 10, 0, 0);

        var advice = FitEngine.Recommend(Men(), new ClothingMeasurements(1900, 100, 1230, 1150, null, FitPreference.Regular), runsSmall);

        Assert.Equal("XXL", advice.Size);
        Assert.Equal(0, advice.FeedbackShift);
        Assert.Null(advice.ChartSize);
    }

    [Fact]
    public void A_measurement_for_another_kind_of_chart_is_refused()
    {
        Assert.Throws<ArgumentException>(() => FitEngine.Recommend(Men(), new ShoeMeasurements(265)));
    }
}
