using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Storefront.Data;
using Storefront.Features.Catalog;
using Storefront.Features.Orders;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

public sealed class ProductReviewTests(BrowserFixture browser, ShopServerFixture server)
    : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    private const string DemoPassword = "Storefront-Demo-2026";

    [Fact]
    public async Task A_shopper_who_bought_a_product_reviews_it_and_sees_it_first_among_the_newest()
    {
        var (id, slug) = await ProductBoughtByAsync("ben@storefront.test");
        var title = $"Solid on every ride {Guid.NewGuid():N}"[..28];

        await Page.GotoAsync($"product/{id}/{slug}");
        var reviews = Page.GetByRole(AriaRole.Region, new() { Name = "Reviews", Exact = true });
        await Expect(reviews.GetByText("Only customers who bought this can review it.")).ToBeVisibleAsync();
        await reviews.GetByRole(AriaRole.Link, new() { Name = "Sign in to write a review" }).ClickAsync();
        await Page.GetByLabel("Email").FillAsync("ben@storefront.test");
        await Page.GetByLabel("Password").FillAsync(DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/product/{id}/"));

        await reviews.GetByRole(AriaRole.Link, new() { Name = "Write a review" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish review" }).ClickAsync();
        await Expect(Page.GetByText("Please choose a rating from 1 to 5 stars.")).ToBeVisibleAsync();
        await Expect(Page.GetByText("Please give your review a title.")).ToBeVisibleAsync();
        var axe = await Page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));

        await Page.GetByLabel("4 stars", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await Page.GetByLabel("Your review", new() { Exact = true }).FillAsync("Light, solid and easy to fit. It has survived a wet autumn of commuting.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish review" }).ClickAsync();

        await Expect(reviews.GetByRole(AriaRole.Status).GetByText("Thank you! Your review is published.")).ToBeVisibleAsync();
        var sort = reviews.GetByRole(AriaRole.Navigation, new() { Name = "Sort reviews" });
        await Expect(sort.GetByRole(AriaRole.Link, new() { Name = "Newest" })).ToHaveAttributeAsync("aria-current", "true");
        var first = reviews.GetByRole(AriaRole.Article).First;
        await Expect(first.GetByRole(AriaRole.Heading)).ToHaveTextAsync(title);
        await Expect(first.GetByText("Verified purchase")).ToBeVisibleAsync();
        await Expect(first.GetByRole(AriaRole.Button, new() { Name = "Yes" })).ToHaveCountAsync(0);
        await Expect(reviews.GetByText("You have already reviewed this product. Thank you!")).ToBeVisibleAsync();

        await sort.GetByRole(AriaRole.Link, new() { Name = "Most helpful" }).ClickAsync();
        await Expect(sort.GetByRole(AriaRole.Link, new() { Name = "Most helpful" })).ToHaveAttributeAsync("aria-current", "true");
        await sort.GetByRole(AriaRole.Link, new() { Name = "Newest" }).ClickAsync();
        await Expect(reviews.GetByRole(AriaRole.Article).First.GetByRole(AriaRole.Heading)).ToHaveTextAsync(title);
    }

    [Fact]
    public async Task More_reviews_show_on_request_and_anyone_can_say_one_was_helpful()
    {
        int productId;
        string slug;
        int total;
        await using (var scope = Server.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StorefrontDb>();
            var product = await db.Products.AsNoTracking().Where(p => !p.IsArchived && p.Reviews.Count == 0).OrderBy(p => p.Id)
                .Select(p => new { p.Id, p.Slug }).FirstAsync(TestContext.Current.CancellationToken);
            (productId, slug) = (product.Id, product.Slug);
            db.Reviews.AddRange(Enumerable.Range(1, 13).Select(i => new Review
            {
                ProductId = productId, AuthorName = $"Tester {i}", Rating = 1 + (i % 5), Title = $"Review number {i}", Text = "Fine.",
                Language = "en", HelpfulCount = i, CreatedAtUtc = DateTime.UtcNow.AddDays(-i),
            }));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            total = 13;
        }

        await Page.GotoAsync($"product/{productId}/{slug}");
        var reviews = Page.GetByRole(AriaRole.Region, new() { Name = "Reviews", Exact = true });
        await Expect(reviews.GetByRole(AriaRole.Article)).ToHaveCountAsync(10);
        await Expect(reviews.GetByRole(AriaRole.Article).First.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Review number 13");
        await reviews.GetByRole(AriaRole.Link, new() { Name = "Show more reviews" }).ClickAsync();
        await Expect(reviews.GetByRole(AriaRole.Article)).ToHaveCountAsync(total);
        await Expect(reviews.GetByRole(AriaRole.Link, new() { Name = "Show more reviews" })).ToHaveCountAsync(0);

        // The least helpful review comes last; a vote may move it up, so find it by name afterwards.
        await Expect(reviews.GetByRole(AriaRole.Article).Last.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Review number 1");
        var last = reviews.GetByRole(AriaRole.Article, new() { Name = "Review number 1", Exact = true });
        await Expect(last.GetByText("1 found this helpful")).ToBeVisibleAsync();
        await last.GetByRole(AriaRole.Button, new() { Name = "Yes" }).ClickAsync();

        await Expect(last.GetByRole(AriaRole.Status)).ToHaveTextAsync("Thanks for your feedback.");
        await Expect(last.GetByText("2 found this helpful")).ToBeVisibleAsync();
        await Expect(reviews.GetByRole(AriaRole.Article)).ToHaveCountAsync(total);
    }

    private async Task<(int Id, string Slug)> ProductBoughtByAsync(string email)
    {
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDb>();
        var product = await (
                from line in db.OrderLines
                join order in db.Orders on line.OrderId equals order.Id
                join user in db.Users on order.UserId equals user.Id
                join p in db.Products on line.ProductId equals p.Id
                where user.Email == email && order.Status != OrderStatus.Cancelled && !p.IsArchived
                orderby order.PlacedAtUtc descending
                select new { p.Id, p.Slug })
            .AsNoTracking()
            .FirstAsync(TestContext.Current.CancellationToken);
        return (product.Id, product.Slug);
    }
}
