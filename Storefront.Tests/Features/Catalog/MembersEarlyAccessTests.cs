using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Data;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Admin.Products;
using Storefront.Features.Cart;
using Storefront.Features.Catalog;
using Storefront.Features.Catalog.Browse;
using Storefront.Features.Catalog.Search;
using Storefront.Features.Checkout;
using Storefront.Features.Orders;
using Storefront.Tests.Features.Admin;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Catalog;

public sealed class MembersEarlyAccessTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private IDbContextFactory<StorefrontDb> DbFactory => app.Get<IDbContextFactory<StorefrontDb>>();
    private DateTime Now => app.Time.GetUtcNow().UtcDateTime;
    private static string NewVisitor() => $"a:{Guid.NewGuid():N}";

    [Fact]
    public async Task Only_members_can_add_it_to_the_cart_until_the_date_then_everyone()
    {
        var product = await EarlyProductAsync(TimeSpan.FromDays(2));
        var carts = app.Get<CartService>();
        var visitor = NewVisitor();

        var refused = await carts.AddAsync(visitor, product.VariantId, 1, Ct);
        var member = await carts.AddAsync($"u:{Guid.NewGuid()}", product.VariantId, 1, Ct);

        Assert.Equal("This product is for members only for now. Sign in to add it to your cart.", refused.Error);
        Assert.Equal(0, await carts.CountAsync(visitor, Ct));
        Assert.True(member.Succeeded, member.Error);

        app.Time.Advance(TimeSpan.FromDays(2) + TimeSpan.FromSeconds(1));
        Assert.True((await carts.AddAsync(visitor, product.VariantId, 1, Ct)).Succeeded);
    }

    [Fact]
    public async Task Visitors_do_not_find_it_in_listings_or_suggestions_members_do_and_everyone_after_the_date()
    {
        var product = await EarlyProductAsync(TimeSpan.FromHours(6));

        Assert.DoesNotContain(product.Id, await NewestInCategoryAsync(product, member: false));
        Assert.DoesNotContain(product.Id, await SuggestedAsync(product, member: false));
        Assert.Contains(product.Id, await NewestInCategoryAsync(product, member: true));
        Assert.Contains(product.Id, await SuggestedAsync(product, member: true));

        app.Time.Advance(TimeSpan.FromHours(6));
        Assert.Contains(product.Id, await NewestInCategoryAsync(product, member: false));
        Assert.Contains(product.Id, await SuggestedAsync(product, member: false));
    }

    [Fact]
    public async Task Its_page_tells_the_date_and_a_visitor_is_locked_out_until_then()
    {
        var product = await EarlyProductAsync(TimeSpan.FromDays(1));

        var details = await app.Get<CatalogService>().ProductAsync(product.Id, Ct);

        // One request at a time: the HTTP context accessor holds the current request for the whole flow.
        Assert.Equal(product.Until, details!.MembersEarlyUntilUtc);
        Assert.True(Access(member: false).IsLockedFor(details.MembersEarlyUntilUtc));
        Assert.False(Access(member: true).IsLockedFor(details.MembersEarlyUntilUtc));
        app.Time.Advance(TimeSpan.FromDays(1));
        Assert.False(Access(member: false).IsLockedFor(details.MembersEarlyUntilUtc));
    }

    [Fact]
    public async Task A_guest_order_with_a_product_that_became_members_only_is_refused()
    {
        var product = await EarlyProductAsync(null);
        var guest = NewVisitor();
        Assert.True((await app.Get<CartService>().AddAsync(guest, product.VariantId, 1, Ct)).Succeeded);
        await SetUntilAsync(product.Id, Now.AddDays(3));

        var result = await app.Get<OrderPlacement>().PlaceAsync(GuestOrder(guest), Ct);

        Assert.Equal(PlaceOrderOutcome.Unavailable, result.Outcome);
        Assert.Contains("is for members only for now", result.Error);
        await using var db = await DbFactory.CreateDbContextAsync(Ct);
        Assert.False(await db.Orders.AnyAsync(o => o.OwnerKey == guest, Ct));
    }

    [Fact]
    public async Task The_merchant_sets_and_clears_the_date_in_the_editor_with_validation_and_audit()
    {
        var product = await EarlyProductAsync(null);
        var admin = app.Get<ProductAdmin>();
        var form = (await admin.EditAsync(product.Id, Ct))!;
        Assert.Equal("", form.MembersEarlyUntil);

        foreach (var (typed, error) in new[]
                 {
                     ("next friday", "Enter a date and time, or leave the field empty."),
                     (Local(Now.AddHours(-1)), "Early access must end in the future."),
                     (Local(Now.AddDays(400)), "Early access can last at most 365 days."),
                 })
        {
            form.MembersEarlyUntil = typed;
            var refused = await admin.UpdateAsync(Merchants.Mara, form, Ct);
            Assert.Equal(error, refused.FieldErrors[nameof(ProductForm.MembersEarlyUntil)]);
        }
        Assert.Null(await UntilAsync(product.Id));

        var until = Now.AddDays(5);
        form.MembersEarlyUntil = Local(until);
        Assert.True((await admin.UpdateAsync(Merchants.Mara, form, Ct)).Succeeded);
        var stored = await UntilAsync(product.Id);
        Assert.Equal(new DateTime(until.Year, until.Month, until.Day, until.Hour, until.Minute, 0), stored);
        Assert.False(await app.Get<CartService>().AddAsync(NewVisitor(), product.VariantId, 1, Ct) is { Succeeded: true });

        form = (await admin.EditAsync(product.Id, Ct))!;
        Assert.Equal(Local(until), form.MembersEarlyUntil);
        form.MembersEarlyUntil = "";
        Assert.True((await admin.UpdateAsync(Merchants.Mara, form, Ct)).Succeeded);
        Assert.Null(await UntilAsync(product.Id));

        await using var db = await DbFactory.CreateDbContextAsync(Ct);
        var audit = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.EntityType == "Product" && e.EntityId == product.Id.ToString())
            .OrderBy(e => e.Id).ToListAsync(Ct);
        Assert.Equal(2, audit.Count);
        Assert.Contains("MembersEarlyUntilUtc", audit[0].AfterJson);
        Assert.Contains(stored!.Value.ToString("yyyy-MM-ddTHH:mm"), audit[0].AfterJson);
        Assert.Contains(stored.Value.ToString("yyyy-MM-ddTHH:mm"), audit[1].BeforeJson);
    }

    private sealed record EarlyProduct(int Id, int VariantId, int CategoryId, string CategorySlug, string Name, DateTime? Until);

    /// <summary>A fresh in-stock product of its own, made the newest of its category, members-only for <paramref name="window"/>.</summary>
    private async Task<EarlyProduct> EarlyProductAsync(TimeSpan? window)
    {
        await using var db = await DbFactory.CreateDbContextAsync(Ct);
        var candidate = await db.Variants.AsNoTracking()
            .Where(v => v.Stock >= 5 && !v.Product!.IsArchived && v.Product.MembersEarlyUntilUtc == null)
            .OrderByDescending(v => v.Id)
            .Select(v => new { v.Id, v.ProductId, v.Product!.CategoryId, v.Product.Category!.Slug, v.Product.NameEn })
            .Skip(Interlocked.Increment(ref taken)).FirstAsync(Ct);
        var until = window is { } w ? Now.Add(w) : (DateTime?)null;
        await db.Products.Where(p => p.Id == candidate.ProductId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.MembersEarlyUntilUtc, until).SetProperty(p => p.CreatedAtUtc, Now.AddMinutes(-1)), Ct);
        app.Get<ListingIndex>().Invalidate();
        return new EarlyProduct(candidate.ProductId, candidate.Id, candidate.CategoryId, candidate.Slug, candidate.NameEn, until);
    }

    private static int taken;

    private async Task SetUntilAsync(int productId, DateTime? until)
    {
        await using var db = await DbFactory.CreateDbContextAsync(Ct);
        await db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(s => s.SetProperty(p => p.MembersEarlyUntilUtc, until), Ct);
    }

    private async Task<DateTime?> UntilAsync(int productId)
    {
        await using var db = await DbFactory.CreateDbContextAsync(Ct);
        return await db.Products.Where(p => p.Id == productId).Select(p => p.MembersEarlyUntilUtc).FirstAsync(Ct);
    }

    private static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).ToString("yyyy-MM-ddTHH:mm");

    private async Task<List<int>> NewestInCategoryAsync(EarlyProduct product, bool member)
    {
        using var scope = Signed(member);
        var result = await scope.ServiceProvider.GetRequiredService<ProductBrowser>()
            .BrowseAsync(new BrowseRequest(BrowseScope.Category(product.CategorySlug), ProductFilter.None, ProductSort.Newest, 1), Ct);
        return result!.Products.Select(p => p.Id).ToList();
    }

    private async Task<List<int>> SuggestedAsync(EarlyProduct product, bool member)
    {
        using var scope = Signed(member);
        var suggestions = await scope.ServiceProvider.GetRequiredService<ProductSearchSuggestions>().SuggestAsync(product.Name, 10, Ct);
        return suggestions.Products.Select(p => p.Id).ToList();
    }

    private MembersEarlyAccess Access(bool member) => new(
        new ShopperContext(new HttpContextAccessor { HttpContext = Http(member) }), app.Time,
        app.Get<Microsoft.Extensions.Options.IOptions<Storefront.Features.Catalog.ProductPage.DeliveryOptions>>());

    /// <summary>A request scope whose shopper is signed in (a member) or a visitor.</summary>
    private IServiceScope Signed(bool member)
    {
        var scope = app.Factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = Http(member);
        return scope;
    }

    private static DefaultHttpContext Http(bool member) => new()
    {
        User = member
            ? new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString())], "Test"))
            : new ClaimsPrincipal(new ClaimsIdentity()),
    };

    private static PlaceOrderCommand GuestOrder(string owner) => new(
        owner, Guid.NewGuid().ToString("N"), null, "guest@example.com",
        new ShippingAddress("Erika Mustermann", "Hauptstraße 1", "20095", "Hamburg", "Germany"),
        ShippingMethod.Standard, new ApprovedPayment("invoice", "inv_test", null, PaymentState.Pending), null, "http://shop.test/");
}
