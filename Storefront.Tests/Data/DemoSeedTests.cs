using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Accounts;
using Storefront.Features.Cart;
using Storefront.Features.Orders;
using Storefront.Features.Signals;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Data;

/// <summary>What the seeded demo database holds for the stream, the size advisor and the admin to work with.</summary>
public sealed class DemoSeedTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anna_reorders_the_same_cat_litter_about_every_four_weeks()
    {
        var db = app.Get<StorefrontDb>();
        var anna = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "anna@storefront.test", Ct);
        var litterOrders = await db.Orders.AsNoTracking()
            .Where(o => o.UserId == anna.Id && o.Lines.Any(l => l.Sku == "PG-CL-0002-12L-NAT"))
            .OrderBy(o => o.PlacedAtUtc)
            .Select(o => o.PlacedAtUtc)
            .ToListAsync(Ct);

        Assert.True(litterOrders.Count >= 6, $"{litterOrders.Count} litter orders");
        var gaps = litterOrders.Zip(litterOrders.Skip(1), (a, b) => (b - a).TotalDays).ToList();
        Assert.All(gaps, days => Assert.InRange(days, 24, 32));
    }

    [Fact]
    public async Task The_demo_shoppers_have_different_histories()
    {
        var db = app.Get<StorefrontDb>();
        var shoppers = new[] { "anna@storefront.test", "ben@storefront.test", "clara@storefront.test" };
        var profiles = new List<(int Orders, int Views, int Favourites, string TopCategory)>();
        foreach (var email in shoppers)
        {
            var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct);
            var key = ShopperContext.UserKey(id);
            var topCategory = await db.OrderLines
                .Where(l => db.Orders.Any(o => o.Id == l.OrderId && o.UserId == id))
                .Join(db.Products, l => l.ProductId, p => p.Id, (l, p) => p.Category!.Parent!.Slug)
                .GroupBy(slug => slug).OrderByDescending(g => g.Count()).Select(g => g.Key)
                .FirstAsync(Ct);
            profiles.Add((
                await db.Orders.CountAsync(o => o.UserId == id, Ct),
                await db.ShopperEvents.CountAsync(e => e.OwnerKey == key && e.Kind == ShopperEventKind.ProductViewed, Ct),
                await db.Favourites.CountAsync(f => f.OwnerKey == key, Ct),
                topCategory));
        }

        Assert.All(profiles, p => Assert.True(p.Orders >= 3 && p.Views > 0 && p.Favourites > 0, p.ToString()));
        Assert.Equal(["everyday", "bikes", "fashion"], profiles.Select(p => p.TopCategory));
    }

    [Fact]
    public async Task Order_totals_add_up()
    {
        var orders = await app.Get<StorefrontDb>().Orders.AsNoTracking().Include(o => o.Lines).ToListAsync(Ct);

        Assert.True(orders.Count > 100);
        Assert.All(orders, o =>
        {
            Assert.Equal(o.Lines.Sum(l => l.UnitPriceCents * l.Quantity), o.SubtotalCents);
            Assert.Equal(o.SubtotalCents + o.ShippingCents - o.DiscountCents, o.TotalCents);
            Assert.Matches(@"^SF-\d{6}$", o.Number);
        });
    }

    [Fact]
    public async Task The_merchant_and_the_demo_shoppers_can_sign_in_with_the_demo_password()
    {
        var users = app.Get<UserManager<ApplicationUser>>();
        foreach (var (email, role) in new[] { ("merchant@storefront.test", Roles.Merchant), ("ben@storefront.test", Roles.Shopper) })
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.True(user.EmailConfirmed);
            Assert.True(await users.CheckPasswordAsync(user, "Storefront-Demo-2026"));
            Assert.True(await users.IsInRoleAsync(user, role));
        }
        Assert.Single(await users.GetUsersInRoleAsync(Roles.Merchant));
    }

    [Fact]
    public async Task Some_products_sold_in_the_last_week_so_social_proof_has_honest_numbers()
    {
        var since = app.Time.GetUtcNow().UtcDateTime.AddDays(-7);
        var db = app.Get<StorefrontDb>();

        var buyersOfTopProduct = await db.OrderLines
            .Join(db.Orders, l => l.OrderId, o => o.Id, (l, o) => new { l.ProductId, o.UserId, o.PlacedAtUtc, o.Status })
            .Where(x => x.PlacedAtUtc >= since && x.Status != OrderStatus.Cancelled)
            .GroupBy(x => x.ProductId)
            .Select(g => g.Select(x => x.UserId).Distinct().Count())
            .MaxAsync(Ct);

        Assert.True(buyersOfTopProduct >= 3);
    }
}
