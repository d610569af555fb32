using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Data;
using Storefront.Features.Accounts;
using Storefront.Features.Accounts.Privacy;
using Storefront.Features.Admin;
using Storefront.Features.Admin.Orders;
using Storefront.Features.Cart;
using Storefront.Features.Cart.Favourites;
using Storefront.Features.Catalog;
using Storefront.Features.Checkout;
using Storefront.Features.Loyalty;
using Storefront.Features.Mail;
using Storefront.Features.Orders;
using Storefront.Features.Orders.Returns;
using Storefront.Features.Signals;
using Storefront.Features.SizeAdvisor;
using Storefront.Features.Stream;
using Storefront.Tests.Features.Admin;
using Storefront.Tests.Features.Orders;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Accounts;

public sealed class PersonalDataServiceTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private const string Password = "a long shopper password";

    private PersonalDataService Service => app.Get<PersonalDataService>();
    private IDbContextFactory<StorefrontDb> DbFactory => app.Get<IDbContextFactory<StorefrontDb>>();

    [Fact]
    public async Task The_download_holds_every_kind_of_the_shoppers_data_and_no_secrets()
    {
        var shopper = await NewShopperWithDataAsync(withPassword: true);

        var export = await Service.ExportAsync(shopper.UserId, Ct);

        Assert.NotNull(export);
        Assert.Equal(shopper.Email, export.Profile.Email);
        Assert.Equal("Petra Privat", export.Profile.DisplayName);
        Assert.Equal(["Test provider"], export.LinkedSignIns);
        Assert.Equal("Lindenstraße 5", Assert.Single(export.Addresses).Street);
        Assert.Equal(2, export.Orders.Count);
        Assert.All(export.Orders, o => Assert.NotEmpty(o.Lines));
        Assert.Contains(export.Orders, o => o.Payment == "card ···· 4242");
        Assert.Equal(2, Assert.Single(export.Cart).Quantity);
        Assert.Single(export.Favourites, f => f.Kind == "Product");
        Assert.Equal(172.5m, export.FitProfile!.HeightCm);
        Assert.Equal("Sitzt prima", Assert.Single(export.Reviews).Title);
        Assert.Equal(120, Assert.Single(export.LoyaltyPoints).Points);
        Assert.Contains(export.Events, e => e.Kind == "Searched" && e.Context == "search:regenjacke");
        Assert.Single(export.StreamDismissals);
        Assert.Single(export.BackInStockRequests);

        var json = JsonSerializer.Serialize(export, PersonalDataExporter.Json);
        var user = await FindUserAsync(shopper.UserId);
        Assert.DoesNotContain(user!.PasswordHash!, json);
        Assert.DoesNotContain(user.SecurityStamp!, json);
        Assert.DoesNotContain(shopper.AuthenticatorKey, json);
        Assert.DoesNotContain(shopper.ProviderKey, json);
        Assert.DoesNotContain("pay-ref-secret", json);
        Assert.All(shopper.RecoveryCodes, code => Assert.DoesNotContain(code, json));
    }

    [Fact]
    public async Task Deleting_erases_the_personal_data_and_keeps_the_orders_anonymised()
    {
        var shopper = await NewShopperWithDataAsync(withPassword: true);
        var othersBefore = await CountOwnedByOthersAsync(shopper);

        var result = await Service.DeleteAccountAsync(shopper.UserId, Password, null, Ct);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(2, result.OrdersAnonymised);
        await using var db = await DbFactory.CreateDbContextAsync(Ct);
        Assert.False(await db.Users.AnyAsync(u => u.Id == shopper.UserId, Ct));
        Assert.False(await db.UserLogins.AnyAsync(l => l.UserId == shopper.UserId, Ct));
        Assert.False(await db.UserTokens.AnyAsync(t => t.UserId == shopper.UserId, Ct));
        Assert.False(await db.UserRoles.AnyAsync(r => r.UserId == shopper.UserId, Ct));
        Assert.False(await db.SavedAddresses.AnyAsync(a => a.UserId == shopper.UserId, Ct));
        Assert.False(await db.Carts.AnyAsync(c => c.OwnerKey == shopper.Key, Ct));
        Assert.False(await db.CheckoutSessions.AnyAsync(s => s.OwnerKey == shopper.Key, Ct));
        Assert.False(await db.Favourites.AnyAsync(f => f.OwnerKey == shopper.Key, Ct));
        Assert.False(await db.Set<FitProfile>().AnyAsync(p => p.OwnerKey == shopper.Key, Ct));
        Assert.False(await db.Set<BackInStockRequest>().AnyAsync(r => r.OwnerKey == shopper.Key, Ct));
        Assert.False(await db.Set<StreamMark>().AnyAsync(m => m.OwnerKey == shopper.Key, Ct));
        Assert.False(await db.ShopperEvents.AnyAsync(e => e.OwnerKey == shopper.Key, Ct));
        Assert.False(await db.ReviewVotes.AnyAsync(v => v.VoterKey == shopper.Key, Ct));
        Assert.False(await db.LoyaltyEntries.AnyAsync(e => e.UserId == shopper.UserId, Ct));
        Assert.False(await db.Outbox.AnyAsync(m => m.To == shopper.Email, Ct));

        // The orders stay for the books, complete but without the person.
        var orders = await db.Orders.AsNoTracking().AsSplitQuery().Include(o => o.Lines).Include(o => o.Payments)
            .Where(o => shopper.OrderNumbers.Contains(o.Number)).ToListAsync(Ct);
        Assert.Equal(2, orders.Count);
        Assert.All(orders, o =>
        {
            Assert.Null(o.UserId);
            Assert.Null(o.OwnerKey);
            Assert.Null(o.AccessToken);
            Assert.EndsWith("@" + PersonalDataService.AnonymisedEmailDomain, o.Email);
            Assert.Equal(PersonalDataService.AnonymisedName, o.ShipToName);
            Assert.Null(o.ShipToStreet);
            Assert.Null(o.ShipToCity);
            Assert.Equal("Germany", o.ShipToCountry);
            Assert.NotEmpty(o.Lines);
            Assert.Equal(o.Lines.Sum(l => l.UnitPriceCents * l.Quantity), o.TotalCents);
            Assert.All(o.Payments, p => Assert.Null(p.CardLast4));
        });
        // One pseudonym for the person's orders, so repeat-purchase figures still see one customer.
        Assert.Single(orders.Select(o => o.Email).Distinct());
        Assert.DoesNotContain(shopper.Email, orders.Select(o => o.Email));
        var orderIds = orders.Select(o => o.Id).ToList();
        var notes = await db.Set<ReturnLine>()
            .Where(l => db.Set<ReturnRequest>().Any(r => r.Id == l.ReturnRequestId && orderIds.Contains(r.OrderId)))
            .Select(l => l.Note).ToListAsync(Ct);
        Assert.NotEmpty(notes);
        Assert.All(notes, Assert.Null);

        var review = await db.Reviews.AsNoTracking().SingleAsync(r => r.Id == shopper.ReviewId, Ct);
        Assert.Null(review.UserId);
        Assert.Equal("Anonym", review.AuthorName);
        Assert.Equal("Sitzt prima", review.Title);

        var othersAfter = await CountOwnedByOthersAsync(shopper);
        Assert.Equal((othersBefore.Favourites, othersBefore.Orders, othersBefore.LoyaltyEntries),
            (othersAfter.Favourites, othersAfter.Orders, othersAfter.LoyaltyEntries));
        // Others' events only grow: the signal writer stores earlier tests' events in the background, batched.
        Assert.True(othersAfter.Events >= othersBefore.Events, $"others' events went from {othersBefore.Events} to {othersAfter.Events}");
        Assert.Null(await Service.ExportAsync(shopper.UserId, Ct));
    }

    [Fact]
    public async Task A_wrong_password_deletes_nothing()
    {
        var shopper = await NewShopperWithDataAsync(withPassword: true);

        var result = await Service.DeleteAccountAsync(shopper.UserId, "not my password", null, Ct);
        var typedEmailInstead = await Service.DeleteAccountAsync(shopper.UserId, null, shopper.Email, Ct);

        Assert.Equal("The password is not correct. Nothing was deleted.", result.Error);
        Assert.False(typedEmailInstead.Succeeded);
        Assert.NotNull(await FindUserAsync(shopper.UserId));
        var export = await Service.ExportAsync(shopper.UserId, Ct);
        Assert.Equal(2, export!.Orders.Count);
        Assert.Single(export.Cart);
        Assert.All(export.Orders, o => Assert.Equal(shopper.Email, o.Email));
    }

    [Fact]
    public async Task An_account_without_a_password_is_deleted_after_typing_its_email_address()
    {
        var shopper = await NewShopperWithDataAsync(withPassword: false);

        var mistyped = await Service.DeleteAccountAsync(shopper.UserId, null, "someone.else@example.com", Ct);
        Assert.Equal("Type your email address exactly as shown to confirm. Nothing was deleted.", mistyped.Error);
        Assert.NotNull(await FindUserAsync(shopper.UserId));

        var result = await Service.DeleteAccountAsync(shopper.UserId, null, "  " + shopper.Email.ToUpperInvariant() + " ", Ct);

        Assert.True(result.Succeeded, result.Error);
        Assert.Null(await FindUserAsync(shopper.UserId));
    }

    [Fact]
    public async Task A_merchant_account_cannot_delete_itself()
    {
        var merchant = await app.Get<UserManager<ApplicationUser>>().FindByEmailAsync("merchant@storefront.test");

        var result = await Service.DeleteAccountAsync(merchant!.Id, "Storefront-Demo-2026", null, Ct);

        Assert.Equal("Merchant accounts can't be deleted here. Ask the shop's owner to close yours.", result.Error);
        Assert.NotNull(await FindUserAsync(merchant.Id));
    }

    [Fact]
    public async Task The_merchant_still_works_with_the_anonymised_orders()
    {
        var shopper = await NewShopperWithDataAsync(withPassword: true);
        Assert.True((await Service.DeleteAccountAsync(shopper.UserId, Password, null, Ct)).Succeeded);
        var orders = app.Get<OrderAdmin>();

        var detail = await orders.DetailAsync(shopper.PlacedOrder, Ct);
        var listed = await orders.ListAsync(new OrderListQuery(Search: shopper.PlacedOrder), Ct);
        var cancelled = await orders.ChangeStatusAsync(Merchants.Mara, shopper.PlacedOrder, OrderStatus.Cancelled, Ct);
        var received = await app.Get<ReturnsService>().MarkReceivedAsync(shopper.ReturnId, Ct);
        var summary = await app.Get<AdminOverview>().SummaryAsync(Ct);

        Assert.Equal(PersonalDataService.AnonymisedName, detail!.ShipTo);
        Assert.EndsWith(PersonalDataService.AnonymisedEmailDomain, Assert.Single(listed.Rows).Email);
        Assert.True(cancelled.Succeeded, cancelled.Error);
        Assert.Equal(ReceiveOutcome.Received, received.Outcome);
        Assert.True(summary.Customers > 0);
        // Nobody can open the anonymised orders as a shopper any more, not even with the old account id.
        Assert.Null(await app.Get<OrderHistory>().FindAsync(shopper.PlacedOrder, shopper.UserId, shopper.Key, null, Ct));
        Assert.Empty(await app.Get<OrderHistory>().ForUserAsync(shopper.UserId, Ct));
        Assert.Equal(0, (await app.Get<LoyaltyService>().StandingAsync(shopper.UserId, Ct)).Balance);
    }

    private sealed record Shopper(
        string UserId, string Email, string ProviderKey, string AuthenticatorKey, IReadOnlyList<string> RecoveryCodes, IReadOnlyList<string> OrderNumbers,
        string PlacedOrder, int ReturnId, int ReviewId)
    {
        public string Key => ShopperContext.UserKey(UserId);
    }

    /// <summary>A new shopper with something in every table that holds a shopper's data.</summary>
    private async Task<Shopper> NewShopperWithDataAsync(bool withPassword)
    {
        var email = $"privacy-{Guid.NewGuid():N}@example.com";
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Petra Privat", CreatedAtUtc = DateTime.UtcNow };
        var created = withPassword ? await users.CreateAsync(user, Password) : await users.CreateAsync(user);
        Assert.True(created.Succeeded);
        await users.AddToRoleAsync(user, Roles.Shopper);
        var providerKey = $"sub-{Guid.NewGuid():N}";
        Assert.True((await users.AddLoginAsync(user, new UserLoginInfo("TestIdP", providerKey, "Test provider"))).Succeeded);
        await users.ResetAuthenticatorKeyAsync(user);
        var authenticatorKey = (await users.GetAuthenticatorKeyAsync(user))!;
        var recoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 3))!.ToList();
        var key = ShopperContext.UserKey(user.Id);

        var variants = await OrderBuilder.ClothingVariantsAsync(DbFactory, 3, Ct);
        var delivered = await new OrderBuilder(DbFactory).ForAccount(user.Id).Line(variants[0].Id, 1).Delivered(DateTime.UtcNow.AddDays(-3)).SaveAsync(Ct);
        var placed = await new OrderBuilder(DbFactory).ForAccount(user.Id).Line(variants[1].Id, 2).InStatus(OrderStatus.Placed).SaveAsync(Ct);
        await app.Get<CartService>().AddAsync(key, variants[2].Id, 2, Ct);
        await app.Get<FavouritesService>().SetAsync(key, FavouriteKind.Product, variants[2].ProductId, true, Ct);

        await using var db = await DbFactory.CreateDbContextAsync(Ct);
        await db.Orders.Where(o => o.Id == delivered.Id || o.Id == placed.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Email, email).SetProperty(o => o.ShipToStreet, "Lindenstraße 5")
                .SetProperty(o => o.ShipToCity, "Köln").SetProperty(o => o.ShipToPostalCode, "50667").SetProperty(o => o.ShipToCountry, "Germany"), Ct);
        db.OrderPayments.Add(new OrderPayment { OrderId = delivered.Id, Provider = "card", Reference = "pay-ref-secret", CardLast4 = "4242", State = PaymentState.Captured, AmountCents = delivered.TotalCents, AtUtc = DateTime.UtcNow });
        var returnRequest = new ReturnRequest
        {
            OrderId = delivered.Id, State = ReturnState.Requested, RequestedAtUtc = DateTime.UtcNow,
            Lines = [new ReturnLine { OrderLineId = delivered.Lines[0].Id, ProductId = variants[0].ProductId, VariantId = variants[0].Id, Quantity = 1, Reason = ReturnReason.TooSmall, Note = "Petra here: too tight" }],
        };
        db.Add(returnRequest);
        db.SavedAddresses.Add(new SavedAddress { UserId = user.Id, FullName = "Petra Privat", Street = "Lindenstraße 5", PostalCode = "50667", City = "Köln", Country = "Germany", LastUsedAtUtc = DateTime.UtcNow });
        db.CheckoutSessions.Add(new CheckoutSession { OwnerKey = key, IdempotencyKey = Guid.NewGuid().ToString("N"), FullName = "Petra Privat", PaymentToken = "tok-secret", CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow });
        db.Add(new FitProfile { OwnerKey = key, HeightMm = 1725, WeightHg = 640, UpdatedAtUtc = DateTime.UtcNow });
        db.Add(new BackInStockRequest { OwnerKey = key, VariantId = variants[1].Id, CreatedAtUtc = DateTime.UtcNow });
        db.Add(new StreamMark { OwnerKey = key, Kind = StreamMarkKind.Dismissed, Key = "rebuy-1", AtUtc = DateTime.UtcNow });
        db.ShopperEvents.Add(new ShopperEvent { OwnerKey = key, Kind = ShopperEventKind.Searched, Context = "search:regenjacke", AtUtc = DateTime.UtcNow });
        db.ShopperEvents.Add(new ShopperEvent { OwnerKey = key, Kind = ShopperEventKind.ProductViewed, ProductId = variants[0].ProductId, AtUtc = DateTime.UtcNow });
        var review = new Review
        {
            ProductId = variants[0].ProductId, UserId = user.Id, AuthorName = "Petra P.", Rating = 5, Title = "Sitzt prima", Text = "Gern wieder.",
            Language = "de", Fit = FitAnswer.TrueToSize, CreatedAtUtc = DateTime.UtcNow,
        };
        db.Reviews.Add(review);
        db.LoyaltyEntries.Add(new LoyaltyEntry { UserId = user.Id, OrderId = delivered.Id, Kind = LoyaltyEntryKind.Earned, Points = 120, AtUtc = DateTime.UtcNow });
        db.Outbox.Add(new OutboxMessage { To = email, Subject = "Welcome Petra", HtmlBody = "<p>Hello Petra</p>", Kind = "confirm-email", CreatedAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync(Ct);
        var someoneElsesReview = await db.Reviews.Where(r => r.UserId != user.Id).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(Ct);
        db.ReviewVotes.Add(new ReviewVote { ReviewId = someoneElsesReview, VoterKey = key, AtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync(Ct);

        return new Shopper(user.Id, email, providerKey, authenticatorKey, recoveryCodes, [delivered.Number, placed.Number], placed.Number, returnRequest.Id, review.Id);
    }

    private async Task<ApplicationUser?> FindUserAsync(string id)
    {
        await using var db = await DbFactory.CreateDbContextAsync(Ct);
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, Ct);
    }

    private async Task<(int Favourites, int Events, int Orders, int LoyaltyEntries)> CountOwnedByOthersAsync(Shopper shopper)
    {
        await using var db = await DbFactory.CreateDbContextAsync(Ct);
        return (await db.Favourites.CountAsync(f => f.OwnerKey != shopper.Key, Ct), await db.ShopperEvents.CountAsync(e => e.OwnerKey != shopper.Key, Ct),
            await db.Orders.CountAsync(o => o.UserId != null && o.UserId != shopper.UserId, Ct),
            await db.LoyaltyEntries.CountAsync(e => e.UserId != shopper.UserId, Ct));
    }
}
