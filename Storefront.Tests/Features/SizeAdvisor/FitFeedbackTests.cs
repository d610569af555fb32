using Storefront.Features.SizeAdvisor.Engine;

namespace Storefront.Tests.Features.SizeAdvisor;

public sealed class FitFeedbackTests
{
    private static FitEvidence Review(FitVerdict verdict, int count) => new(FitEvidenceSource.Review, verdict, count);

    [Fact]
    public void Too_little_evidence_moves_nothing_however_one_sided()
    {
        var offset = FitFeedback.Offset([Review(FitVerdict.TooSmall, 7)]);

        Assert.Equal(0, offset.Shift);
        Assert.False(offset.Enough);
    }

    [Fact]
    public void A_clear_majority_saying_runs_small_means_one_size_larger()
    {
        var offset = FitFeedback.Offset([Review(FitVerdict.TooSmall, 5), Review(FitVerdict.TrueToSize, 3), Review(FitVerdict.TooLarge, 1)]);

        Assert.Equal(1, offset.Shift);
        Assert.True(offset.Enough);
    }

    [Fact]
    public void A_clear_majority_saying_runs_large_means_one_size_smaller()
    {
        var offset = FitFeedback.Offset([Review(FitVerdict.TooLarge, 6), Review(FitVerdict.TrueToSize, 4)]);

        Assert.Equal(-1, offset.Shift);
    }

    [Fact]
    public void Mostly_true_to_size_moves_nothing()
    {
        var offset = FitFeedback.Offset([Review(FitVerdict.TooSmall, 4), Review(FitVerdict.TrueToSize, 12), Review(FitVerdict.TooLarge, 1)]);

        Assert.Equal(0, offset.Shift);
        Assert.True(offset.Enough);
    }

    [Fact]
    public void Split_opinions_move_nothing()
    {
        var offset = FitFeedback.Offset([Review(FitVerdict.TooSmall, 6), Review(FitVerdict.TooLarge, 5)]);

        Assert.Equal(0, offset.Shift);
    }

    [Fact]
    public void Returns_for_too_small_count_more_than_review_ticks()
    {
        // 4 returns (weight 1.5 = 6) and 4 true-to-size reviews: 6 of 10 say too small.
        var withReturns = FitFeedback.Offset([new(FitEvidenceSource.Return, FitVerdict.TooSmall, 4), Review(FitVerdict.TrueToSize, 4)]);
        var reviewsOnly = FitFeedback.Offset([Review(FitVerdict.TooSmall, 4), Review(FitVerdict.TrueToSize, 4)]);

        Assert.Equal(1, withReturns.Shift);
        Assert.Equal(0, reviewsOnly.Shift);
    }

    [Fact]
    public void Negative_counts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FitFeedback.Offset([Review(FitVerdict.TooSmall, -1)]));
    }
}
