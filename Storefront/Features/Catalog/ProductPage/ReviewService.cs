using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Data;
using Storefront.Features.Orders;
using Storefront.Localization;

namespace Storefront.Features.Catalog.ProductPage;

/// <summary>Reviews of a product: the summary and sorted list, who may write one, writing it, "was this helpful?".</summary>
public sealed class ReviewService(IDbContextFactory<StorefrontDb> dbFactory, IStringLocalizer<ProductPageText> text, TimeProvider time, ProductStats stats)
{
    public const int PageSize = 10;
    public const int MaxShown = 200;
    public const int TitleMaxLength = 120;
    public const int TextMinLength = 10;
    public const int TextMaxLength = 2000;

    public static ReviewSort ParseSort(string? value) =>
        string.Equals(value, "newest", StringComparison.OrdinalIgnoreCase) ? ReviewSort.Newest : ReviewSort.MostHelpful;

    public static string SortValue(ReviewSort sort) => sort == ReviewSort.Newest ? "newest" : "helpful";

    /// <summary>How many reviews to show for a "show more" count from the URL: a multiple of the page size, at most <see cref="MaxShown"/>.</summary>
    public static int ParseShown(string? value) =>
        int.TryParse(value, out var shown) && shown > PageSize ? Math.Min(MaxShown, (shown + PageSize - 1) / PageSize * PageSize) : PageSize;

    /// <summary>The rating summary and the first <paramref name="shown"/> reviews; <paramref name="viewerUserId"/> marks the viewer's own.</summary>
    public async Task<ReviewPage> PageAsync(int productId, ReviewSort sort, int shown, string? viewerUserId = null, CancellationToken ct = default)
    {
        shown = Math.Clamp(shown, 1, MaxShown);
        if (productId <= 0)
        {
            return new ReviewPage(RatingSummary.Empty, [], sort, shown, false);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.Reviews.AsNoTracking()
            .Where(r => r.ProductId == productId)
            .GroupBy(r => r.Rating)
            .Select(g => new { Rating = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var byStars = Enumerable.Range(1, 5).Select(s => counts.Where(c => c.Rating == s).Sum(c => c.Count)).ToList();
        var total = byStars.Sum();
        var summary = new RatingSummary(total, total == 0 ? null : (double)Enumerable.Range(1, 5).Sum(s => s * byStars[s - 1]) / total, byStars);
        if (total == 0)
        {
            return new ReviewPage(summary, [], sort, shown, false);
        }

        var reviews = db.Reviews.AsNoTracking().Where(r => r.ProductId == productId);
        reviews = sort == ReviewSort.Newest
            ? reviews.OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id)
            : reviews.OrderByDescending(r => r.HelpfulCount).ThenByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id);
        var items = await reviews
            .Take(shown + 1)
            .Select(r => new ReviewItem(r.Id, r.AuthorName, r.Rating, r.Title, r.Text, r.Language, r.Fit, r.HelpfulCount, r.CreatedAtUtc, r.UserId != null,
                viewerUserId != null && r.UserId == viewerUserId))
            .ToListAsync(ct);
        return new ReviewPage(summary, items.Take(shown).ToList(), sort, shown, items.Count > shown);
    }

    public async Task<ReviewPermission> PermissionAsync(string? userId, int productId, CancellationToken ct = default)
    {
        if (productId <= 0 || userId is null)
        {
            // Signed-out shoppers only need to be told to sign in: no query on every anonymous product view.
            return new ReviewPermission(productId <= 0 ? ReviewEligibility.UnknownProduct : ReviewEligibility.SignInRequired, false);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await CheckAsync(db, userId, productId, ct)).Permission;
    }

    /// <summary>Validates and saves a review by a buyer of the product: one per shopper and product, in one transaction.</summary>
    public async Task<ReviewResult> SubmitAsync(string? userId, int productId, ReviewInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var check = await CheckAsync(db, userId, productId, ct);
        if (!check.Permission.CanReview)
        {
            return ReviewResult.Fail("", Explain(check.Permission.Eligibility));
        }
        var errors = Validate(input, check.Permission.AsksForFit);
        if (errors.Count > 0)
        {
            return new ReviewResult(false, errors);
        }
        db.Reviews.Add(new Review
        {
            ProductId = productId,
            UserId = userId,
            AuthorName = AuthorName(check.DisplayName),
            Rating = input.Rating,
            Title = input.Title!.Trim(),
            Text = input.Text!.Trim(),
            Language = Cultures.Current,
            Fit = check.Permission.AsksForFit ? input.Fit : FitAnswer.NotSaid,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        // Listings filter and sort on the rating roll-up: bring this product's figures up to date now.
        await stats.RefreshAsync([productId], ct);
        return ReviewResult.Ok;
    }

    /// <summary>
    /// Counts a shopper's "helpful" vote once (a repeated vote is accepted and changes nothing); not for one's own
    /// review. Returns false for an unknown review or one's own.
    /// </summary>
    public async Task<bool> VoteHelpfulAsync(int productId, int reviewId, string voterKey, string? userId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(voterKey);
        if (productId <= 0 || reviewId <= 0)
        {
            return false;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var votable = await db.Reviews
            .AnyAsync(r => r.Id == reviewId && r.ProductId == productId && (userId == null || r.UserId == null || r.UserId != userId), ct);
        if (!votable)
        {
            return false;
        }
        if (await db.ReviewVotes.AnyAsync(v => v.ReviewId == reviewId && v.VoterKey == voterKey, ct))
        {
            return true;
        }
        db.ReviewVotes.Add(new ReviewVote { ReviewId = reviewId, VoterKey = voterKey, AtUtc = time.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return true; // The same shopper's vote from another tab won the race: it is counted once.
        }
        await db.Reviews.Where(r => r.Id == reviewId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.HelpfulCount, r => r.HelpfulCount + 1), ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>Why a shopper cannot write a review, as shown next to the reviews.</summary>
    public string Explain(ReviewEligibility eligibility) => eligibility switch
    {
        ReviewEligibility.SignInRequired => text["ReviewSignInRequired"],
        ReviewEligibility.NotABuyer => text["ReviewOnlyBuyers"],
        ReviewEligibility.AlreadyReviewed => text["ReviewAlreadyWritten"],
        ReviewEligibility.UnknownProduct => text["ReviewUnknownProduct"],
        _ => "",
    };

    private Dictionary<string, string> Validate(ReviewInput input, bool asksForFit)
    {
        var errors = new Dictionary<string, string>();
        if (input.Rating is < 1 or > 5)
        {
            errors[nameof(ReviewInput.Rating)] = text["ReviewRatingRequired"];
        }
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors[nameof(ReviewInput.Title)] = text["ReviewTitleRequired"];
        }
        else if (title.Length > TitleMaxLength)
        {
            errors[nameof(ReviewInput.Title)] = text["ReviewTitleTooLong", TitleMaxLength];
        }
        var body = input.Text?.Trim() ?? "";
        if (body.Length < TextMinLength)
        {
            errors[nameof(ReviewInput.Text)] = text["ReviewTextTooShort", TextMinLength];
        }
        else if (body.Length > TextMaxLength)
        {
            errors[nameof(ReviewInput.Text)] = text["ReviewTextTooLong", TextMaxLength];
        }
        if (asksForFit && !Enum.IsDefined(input.Fit))
        {
            errors[nameof(ReviewInput.Fit)] = text["ReviewFitInvalid"];
        }
        return errors;
    }

    /// <summary>"Ben Krüger" → "Ben K.": the first name and the initial of the last, as the seeded reviews show them.</summary>
    private string AuthorName(string? displayName)
    {
        var parts = (displayName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var name = parts.Length switch
        {
            0 => text["ReviewAuthorFallback"].Value,
            1 => parts[0],
            _ => $"{parts[0]} {char.ToUpperInvariant(parts[^1][0])}.",
        };
        return name.Length > 80 ? name[..80] : name;
    }

    private sealed record Check(ReviewPermission Permission, string? DisplayName);

    private static async Task<Check> CheckAsync(StorefrontDb db, string? userId, int productId, CancellationToken ct)
    {
        var product = productId <= 0 ? null : await db.Products.AsNoTracking()
            .Where(p => p.Id == productId && !p.IsArchived)
            .Select(p => new
            {
                p.Category!.SizeKind,
                Bought = userId != null && db.OrderLines.Any(l => l.ProductId == p.Id
                    && db.Orders.Any(o => o.Id == l.OrderId && o.UserId == userId && o.Status != OrderStatus.Cancelled)),
                Reviewed = userId != null && db.Reviews.Any(r => r.ProductId == p.Id && r.UserId == userId),
                DisplayName = db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (product is null)
        {
            return new Check(new ReviewPermission(ReviewEligibility.UnknownProduct, false), null);
        }
        var eligibility = userId is null ? ReviewEligibility.SignInRequired
            : !product.Bought ? ReviewEligibility.NotABuyer
            : product.Reviewed ? ReviewEligibility.AlreadyReviewed
            : ReviewEligibility.CanReview;
        return new Check(new ReviewPermission(eligibility, product.SizeKind != SizeKind.None), product.DisplayName);
    }
}
