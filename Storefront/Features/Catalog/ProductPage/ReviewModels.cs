namespace Storefront.Features.Catalog.ProductPage;

public enum ReviewSort
{
    MostHelpful = 0,
    Newest = 1,
}

/// <summary>Average, count and how many reviews gave each number of stars (<see cref="CountsByStars"/>[0] = 1 star).</summary>
public sealed record RatingSummary(int Count, double? Average, IReadOnlyList<int> CountsByStars)
{
    public static RatingSummary Empty { get; } = new(0, null, [0, 0, 0, 0, 0]);

    public int CountFor(int stars) => stars is >= 1 and <= 5 ? CountsByStars[stars - 1] : 0;

    public int PercentFor(int stars) => Count == 0 ? 0 : (int)Math.Round(100.0 * CountFor(stars) / Count);
}

public sealed record ReviewItem(
    int Id,
    string AuthorName,
    int Rating,
    string Title,
    string Text,
    string Language,
    FitAnswer Fit,
    int HelpfulCount,
    DateTime CreatedAtUtc,
    bool VerifiedPurchase,
    bool ByViewer);

/// <summary>The first <see cref="Shown"/> reviews of a product in the chosen order, and whether there are more.</summary>
public sealed record ReviewPage(RatingSummary Summary, IReadOnlyList<ReviewItem> Reviews, ReviewSort Sort, int Shown, bool HasMore);

public enum ReviewEligibility
{
    SignInRequired,
    NotABuyer,
    AlreadyReviewed,
    UnknownProduct,
    CanReview,
}

/// <summary>What the shopper can write about a product, and what the form needs to know.</summary>
public sealed record ReviewPermission(ReviewEligibility Eligibility, bool AsksForFit)
{
    public bool CanReview => Eligibility == ReviewEligibility.CanReview;
}

/// <summary>The review form as posted (plain HTML form, so every field may be missing or tampered with).</summary>
public sealed class ReviewInput
{
    public int Rating { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public FitAnswer Fit { get; set; }
}

/// <summary>Succeeded, or localised messages by field name ("" for the form as a whole).</summary>
public sealed record ReviewResult(bool Succeeded, IReadOnlyDictionary<string, string> Errors)
{
    public static ReviewResult Ok { get; } = new(true, new Dictionary<string, string>());

    public static ReviewResult Fail(string field, string message) => new(false, new Dictionary<string, string> { [field] = message });
}
