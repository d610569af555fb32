using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog;
using Storefront.Features.Catalog.ProductPage;
using Storefront.Features.Orders;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Catalog.ProductPage;

public sealed class ReviewServiceTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private ReviewService Reviews => app.Get<ReviewService>();
    private StorefrontDb Db => app.Get<StorefrontDb>();

    private static ReviewInput Valid(int rating = 4) => new()
    {
        Rating = rating,
        Title = "Does what it says",
        Text = "Arrived quickly and works as described. Would buy again.",
        Fit = FitAnswer.NotSaid,
    };

    [Fact]
    public async Task A_buyer_writes_one_review_and_it_comes_first_when_sorted_by_newest()
    {
        var (userId, productId) = await BoughtNotReviewedAsync("ben@storefront.test");

        Assert.Equal(ReviewEligibility.CanReview, (await Reviews.PermissionAsync(userId, productId, Ct)).Eligibility);
        var result = await InEnglish(() => Reviews.SubmitAsync(userId, productId, Valid(5), Ct));

        Assert.True(result.Succeeded);
        var newest = (await Reviews.PageAsync(productId, ReviewSort.Newest, ReviewService.PageSize, userId, Ct)).Reviews[0];
        Assert.Equal("Does what it says", newest.Title);
        Assert.Equal("Ben C.", newest.AuthorName);
        Assert.Equal("en", newest.Language);
        Assert.True(newest.VerifiedPurchase);
        Assert.True(newest.ByViewer);

        var second = await InEnglish(() => Reviews.SubmitAsync(userId, productId, Valid(1), Ct));

        Assert.False(second.Succeeded);
        Assert.Equal("You have already reviewed this product. Thank you!", second.Errors[""]);
        Assert.Equal(ReviewEligibility.AlreadyReviewed, (await Reviews.PermissionAsync(userId, productId, Ct)).Eligibility);
        Assert.Equal(1, await Db.Reviews.CountAsync(r => r.ProductId == productId && r.UserId == userId, Ct));
    }

    [Fact]
    public async Task A_shopper_who_did_not_buy_the_product_cannot_review_it()
    {
        var userId = await UserIdAsync("ben@storefront.test");
        var productId = await Db.Products.AsNoTracking()
            .Where(p => !p.IsArchived && !Db.OrderLines.Any(l => l.ProductId == p.Id && Db.Orders.Any(o => o.Id == l.OrderId && o.UserId == userId)))
            .Select(p => p.Id).FirstAsync(Ct);

        var result = await InEnglish(() => Reviews.SubmitAsync(userId, productId, Valid(), Ct));

        Assert.False(result.Succeeded);
        Assert.Equal("Only customers who bought this can review it.", result.Errors[""]);
        Assert.False(await Db.Reviews.AnyAsync(r => r.ProductId == productId && r.UserId == userId, Ct));
    }

    [Fact]
    public async Task A_cancelled_order_does_not_make_a_buyer()
    {
        var userId = await UserIdAsync("clara@storefront.test");
        var variant = await Db.Variants.AsNoTracking()
            .Where(v => !v.Product!.IsArchived && !Db.OrderLines.Any(l => l.ProductId == v.ProductId && Db.Orders.Any(o => o.Id == l.OrderId && o.UserId == userId)))
            .FirstAsync(Ct);
        await AddOrderAsync(userId, "clara@storefront.test", OrderStatus.Cancelled, variant);

        Assert.Equal(ReviewEligibility.NotABuyer, (await Reviews.PermissionAsync(userId, variant.ProductId, Ct)).Eligibility);
    }

    [Fact]
    public async Task Signed_out_shoppers_are_asked_to_sign_in_and_unknown_products_are_refused()
    {
        Assert.Equal(ReviewEligibility.SignInRequired, (await Reviews.PermissionAsync(null, 1, Ct)).Eligibility);
        Assert.False((await Reviews.SubmitAsync(null, 1, Valid(), Ct)).Succeeded);
        Assert.Equal(ReviewEligibility.UnknownProduct, (await Reviews.PermissionAsync(null, -5, Ct)).Eligibility);
        Assert.Equal(ReviewEligibility.UnknownProduct, (await Reviews.PermissionAsync(await UserIdAsync("ben@storefront.test"), int.MaxValue, Ct)).Eligibility);
    }

    [Theory]
    [InlineData(0, "Rating")]
    [InlineData(6, "Rating")]
    [InlineData(-1, "Rating")]
    public async Task A_rating_outside_1_to_5_is_refused(int rating, string field)
    {
        var (userId, productId) = await BoughtNotReviewedAsync("anna@storefront.test");

        var result = await InEnglish(() => Reviews.SubmitAsync(userId, productId, Valid(rating), Ct));

        Assert.False(result.Succeeded);
        Assert.Equal("Please choose a rating from 1 to 5 stars.", result.Errors[field]);
        Assert.False(await Db.Reviews.AnyAsync(r => r.ProductId == productId && r.UserId == userId, Ct));
    }

    [Fact]
    public async Task Too_long_and_too_short_texts_are_refused_with_a_message_per_field()
    {
        var (userId, productId) = await BoughtNotReviewedAsync("anna@storefront.test");
        var input = new ReviewInput
        {
            Rating = 4,
            Title = new string('t', ReviewService.TitleMaxLength + 1),
            Text = new string('x', ReviewService.TextMaxLength + 1),
        };

        var tooLong = await InEnglish(() => Reviews.SubmitAsync(userId, productId, input, Ct));
        input.Title = "   ";
        input.Text = " short ";
        var tooShort = await InEnglish(() => Reviews.SubmitAsync(userId, productId, input, Ct));

        Assert.Equal("The title can be at most 120 characters long.", tooLong.Errors["Title"]);
        Assert.Equal("Your review can be at most 2000 characters long.", tooLong.Errors["Text"]);
        Assert.Equal("Please give your review a title.", tooShort.Errors["Title"]);
        Assert.Equal("Please write at least 10 characters.", tooShort.Errors["Text"]);
        Assert.False(await Db.Reviews.AnyAsync(r => r.ProductId == productId && r.UserId == userId, Ct));
    }

    [Fact]
    public async Task Messages_follow_the_shoppers_language()
    {
        var (userId, productId) = await BoughtNotReviewedAsync("anna@storefront.test");

        var result = await Culture.InCulture("de", () => Reviews.SubmitAsync(userId, productId, Valid(9), Ct));

        Assert.Equal("Bitte wähle eine Wertung von 1 bis 5 Sternen.", result.Errors["Rating"]);
    }

    [Fact]
    public async Task A_fit_answer_outside_the_choices_is_refused_for_sized_products()
    {
        var pair = await (
                from l in Db.OrderLines
                join o in Db.Orders on l.OrderId equals o.Id
                join p in Db.Products on l.ProductId equals p.Id
                where o.UserId != null && o.Email.StartsWith("customer1") && o.Status != OrderStatus.Cancelled
                      && !p.IsArchived && p.Category!.SizeKind != SizeKind.None
                orderby o.Id
                select new { UserId = o.UserId!, l.ProductId })
            .AsNoTracking()
            .FirstAsync(Ct);
        var (userId, productId) = (pair.UserId, pair.ProductId);
        var input = Valid();
        input.Fit = (FitAnswer)9;

        var result = await InEnglish(() => Reviews.SubmitAsync(userId, productId, input, Ct));

        Assert.Equal("Please choose one of the fit answers.", result.Errors["Fit"]);
        input.Fit = FitAnswer.RunsSmall;
        Assert.True((await Reviews.SubmitAsync(userId, productId, input, Ct)).Succeeded);
        Assert.Equal(FitAnswer.RunsSmall, (await Db.Reviews.AsNoTracking().SingleAsync(r => r.ProductId == productId && r.UserId == userId, Ct)).Fit);
    }

    [Fact]
    public async Task Reviews_sort_by_helpful_votes_and_show_more_on_request_with_a_star_summary()
    {
        var productId = await Db.Reviews.AsNoTracking().GroupBy(r => r.ProductId).Where(g => g.Count() >= 6)
            .Select(g => g.Key).FirstAsync(Ct);
        var all = await Db.Reviews.AsNoTracking().Where(r => r.ProductId == productId).ToListAsync(Ct);

        var first = await Reviews.PageAsync(productId, ReviewSort.MostHelpful, 3, ct: Ct);
        var everything = await Reviews.PageAsync(productId, ReviewSort.MostHelpful, ReviewService.MaxShown, ct: Ct);

        Assert.Equal(3, first.Reviews.Count);
        Assert.True(first.HasMore);
        Assert.False(everything.HasMore);
        Assert.Equal(all.Select(r => r.HelpfulCount).OrderDescending(), everything.Reviews.Select(r => r.HelpfulCount));
        Assert.Equal(all.Count, first.Summary.Count);
        Assert.Equal(all.Average(r => r.Rating), first.Summary.Average!.Value, 6);
        Assert.Equal(Enumerable.Range(1, 5).Select(s => all.Count(r => r.Rating == s)), first.Summary.CountsByStars);
    }

    [Theory]
    [InlineData(null, ReviewSort.MostHelpful, null, 10)]
    [InlineData("newest", ReviewSort.Newest, "25", 30)]
    [InlineData("NEWEST", ReviewSort.Newest, "-4", 10)]
    [InlineData("'; drop table", ReviewSort.MostHelpful, "999999999999", 10)]
    [InlineData("helpful", ReviewSort.MostHelpful, "5000", ReviewService.MaxShown)]
    public void Sort_and_count_from_the_url_fall_back_to_safe_values(string? sort, ReviewSort expectedSort, string? shown, int expectedShown)
    {
        Assert.Equal(expectedSort, ReviewService.ParseSort(sort));
        Assert.Equal(expectedShown, ReviewService.ParseShown(shown));
    }

    [Fact]
    public async Task Helpful_votes_count_once_per_shopper_but_not_for_ones_own_review()
    {
        var (userId, productId) = await BoughtNotReviewedAsync("customer05@storefront.test");
        Assert.True((await Reviews.SubmitAsync(userId, productId, Valid(), Ct)).Succeeded);
        var own = await Db.Reviews.AsNoTracking().SingleAsync(r => r.ProductId == productId && r.UserId == userId, Ct);
        var anonymous = $"a:{Guid.NewGuid():N}";

        Assert.False(await Reviews.VoteHelpfulAsync(productId, own.Id, $"u:{userId}", userId, Ct));
        Assert.True(await Reviews.VoteHelpfulAsync(productId, own.Id, anonymous, null, Ct));
        Assert.True(await Reviews.VoteHelpfulAsync(productId, own.Id, anonymous, null, Ct));
        Assert.True(await Reviews.VoteHelpfulAsync(productId, own.Id, "u:someone-else", "someone-else", Ct));
        Assert.False(await Reviews.VoteHelpfulAsync(productId + 1, own.Id, anonymous, null, Ct));
        Assert.False(await Reviews.VoteHelpfulAsync(productId, int.MaxValue, anonymous, null, Ct));

        Assert.Equal(2, (await Db.Reviews.AsNoTracking().SingleAsync(r => r.Id == own.Id, Ct)).HelpfulCount);
    }

    private async Task<string> UserIdAsync(string email) =>
        await Db.Users.AsNoTracking().Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct);

    private async Task<(string UserId, int ProductId)> BoughtNotReviewedAsync(string email)
    {
        var userId = await UserIdAsync(email);
        var productId = await Db.OrderLines.AsNoTracking()
            .Where(l => Db.Orders.Any(o => o.Id == l.OrderId && o.UserId == userId && o.Status != OrderStatus.Cancelled)
                        && !Db.Reviews.Any(r => r.ProductId == l.ProductId && r.UserId == userId)
                        && Db.Products.Any(p => p.Id == l.ProductId && !p.IsArchived))
            .OrderBy(l => l.ProductId)
            .Select(l => l.ProductId)
            .FirstAsync(Ct);
        return (userId, productId);
    }

    private async Task AddOrderAsync(string? userId, string email, OrderStatus status, Variant variant)
    {
        Db.Orders.Add(new Order
        {
            Number = $"T-{Guid.NewGuid():N}"[..20],
            UserId = userId,
            Email = email,
            Status = status,
            PlacedAtUtc = app.Time.GetUtcNow().UtcDateTime.AddDays(-1),
            Lines = [new OrderLine { ProductId = variant.ProductId, VariantId = variant.Id, ProductName = "x", Sku = variant.Sku, Size = variant.Size, Colour = variant.ColourEn, UnitPriceCents = variant.PriceCents, Quantity = 1, VatRatePercent = 19 }],
        });
        await Db.SaveChangesAsync(Ct);
    }

    private static Task<T> InEnglish<T>(Func<Task<T>> action) => Culture.InCulture("en", action);
}
