using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Accounts;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Cart;
using Storefront.Features.SizeAdvisor;
using Storefront.Features.Stream;
using Storefront.Features.Stream.Editorial;
using Storefront.Features.Stream.Sets;
using Storefront.Features.Stream.Sources;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Stream;

/// <summary>The set, loyalty, "your size" and editorial cards against the seeded database: loading, commands, refusals.</summary>
public sealed class StreamCardsTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private StorefrontDb Db => app.Get<StorefrontDb>();
    private DateTime Now => app.Time.GetUtcNow().UtcDateTime;
    private ShoppingStream Stream => app.Get<ShoppingStream>();

    private static readonly ClaimsPrincipal Merchant = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "merchant-test"), new Claim(ClaimTypes.Name, "merchant@test"), new Claim(ClaimTypes.Role, Roles.Merchant)], "test"));

    private async Task<ShopperSnapshot> SnapshotAsync(StreamShopper shopper) =>
        (await app.Get<ShopperSnapshotLoader>().LoadAsync(shopper, Now, Ct)).Snapshot;

    private async Task<(StreamShopper Clara, SetPlan Plan)> ClarasSetAsync()
    {
        var clara = await Db.DemoShopperAsync("clara@storefront.test", Ct);
        var snapshot = await SnapshotAsync(clara);
        var card = Assert.Single(new CompleteTheSetSource().Propose(snapshot));
        return (clara, SetBuilder.Plan(snapshot, card.ProductId)!);
    }

    [Fact]
    public async Task Clara_gets_an_outfit_and_adds_the_whole_set_to_her_cart_at_once()
    {
        var (clara, plan) = await ClarasSetAsync();
        var chosen = plan.Slots.Select(s => s.Options[0].SuggestedVariantId).ToList();
        var carts = app.Get<CartService>();
        var before = await carts.CountAsync(clara.OwnerKey, Ct);

        var result = await app.Get<SetCart>().AddAsync(clara, plan.AnchorProductId, chosen, Ct);

        Assert.True(result.Succeeded, result.Error);
        Assert.True(plan.Slots.Count >= 2);
        Assert.Equal(before + chosen.Count, await carts.CountAsync(clara.OwnerKey, Ct));
        var lines = (await carts.GetAsync(clara.OwnerKey, Ct)).Lines.Select(l => l.VariantId).ToList();
        Assert.All(chosen, id => Assert.Contains(id, lines));
        foreach (var id in chosen)
        {
            await carts.RemoveAsync(clara.OwnerKey, id, Ct);
        }
    }

    [Fact]
    public async Task A_tampered_set_post_with_another_products_variant_is_refused_and_adds_nothing()
    {
        var (clara, plan) = await ClarasSetAsync();
        var offered = plan.OfferedVariants.Select(v => v.VariantId).ToHashSet();
        var foreign = await Db.Variants.Where(v => v.Stock > 0 && !v.Product!.IsArchived && !offered.Contains(v.Id)).Select(v => v.Id).FirstAsync(Ct);
        var carts = app.Get<CartService>();
        var before = await carts.CountAsync(clara.OwnerKey, Ct);
        var sets = app.Get<SetCart>();

        var tampered = await sets.AddAsync(clara, plan.AnchorProductId, [plan.Slots[0].Options[0].SuggestedVariantId, foreign], Ct);
        var wrongAnchor = await sets.AddAsync(clara, 999999, [plan.Slots[0].Options[0].SuggestedVariantId], Ct);
        var empty = await sets.AddAsync(clara, plan.AnchorProductId, [], Ct);
        var twice = await sets.AddAsync(clara, plan.AnchorProductId, [offered.First(), offered.First()], Ct);

        Assert.Equal((SetRefusal.NotOffered, "These pieces are not part of your set. Please choose again."), (tampered.Refusal, tampered.Error));
        Assert.Equal(SetRefusal.NotOffered, wrongAnchor.Refusal);
        Assert.Equal(SetRefusal.Empty, empty.Refusal);
        Assert.Equal(SetRefusal.NotOffered, twice.Refusal);
        Assert.Equal(before, await carts.CountAsync(clara.OwnerKey, Ct));
    }

    [Fact]
    public async Task A_sold_out_or_archived_piece_is_refused_with_its_name_and_nothing_is_added()
    {
        var (clara, plan) = await ClarasSetAsync();
        var chosen = plan.Slots.Select(s => s.Options[0].SuggestedVariantId).ToList();
        var piece = await Db.Variants.AsNoTracking().Where(v => v.Id == chosen[0]).Select(v => new { v.ProductId, v.Stock, v.Size, v.Product!.NameEn }).SingleAsync(Ct);
        var carts = app.Get<CartService>();
        var before = await carts.CountAsync(clara.OwnerKey, Ct);
        var sets = app.Get<SetCart>();

        await Db.Variants.Where(v => v.Id == chosen[0]).ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, 0), Ct);
        var soldOut = await sets.AddAsync(clara, plan.AnchorProductId, chosen, Ct);
        await Db.Variants.Where(v => v.Id == chosen[0]).ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, piece.Stock), Ct);
        await Db.Products.Where(p => p.Id == piece.ProductId).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsArchived, true), Ct);
        var archived = await sets.AddAsync(clara, plan.AnchorProductId, chosen, Ct);
        await Db.Products.Where(p => p.Id == piece.ProductId).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsArchived, false), Ct);

        Assert.Equal((SetRefusal.SoldOut, $"“{piece.NameEn}” in size {piece.Size} is sold out."), (soldOut.Refusal, soldOut.Error));
        Assert.Equal((SetRefusal.Unavailable, $"“{piece.NameEn}” is no longer available."), (archived.Refusal, archived.Error));
        Assert.Equal(before, await carts.CountAsync(clara.OwnerKey, Ct));
    }

    [Fact]
    public async Task Signed_in_shoppers_get_their_loyalty_card_with_points_and_next_tier()
    {
        var anna = await Db.DemoShopperAsync("anna@storefront.test", Ct);

        var page = await Stream.BuildAsync(anna, take: 60, ct: Ct);
        var visitor = await Stream.BuildAsync(StreamTestData.NewVisitor(), take: 60, ct: Ct);

        var card = Assert.Single(page.Cards, c => c.Kind == StreamCardKind.Loyalty);
        Assert.Equal(("loyalty-1", "Your points"), (card.Key, card.Heading));
        Assert.True(card.Loyalty!.Balance > 0);
        Assert.Equal(card.Loyalty.NextTier is null ? "Your points as a Gold member." : $"You are {card.Loyalty.PointsToNextTier} points away from {card.Loyalty.NextTier}.",
            card.Why);
        Assert.DoesNotContain(visitor.Cards, c => c.Kind is StreamCardKind.Loyalty or StreamCardKind.YourSize);
    }

    [Fact]
    public async Task The_your_size_prompt_goes_once_a_profile_is_saved_and_then_cards_respect_the_size()
    {
        var owner = $"u:{Guid.NewGuid()}";
        var shopper = new StreamShopper(owner, owner[2..]);
        var jacket = await Db.Products.AsNoTracking().Where(p => p.Category!.Slug == "jackets" && !p.IsArchived && p.Variants.Count(v => v.Stock > 0) >= 2
                && Db.SizeCharts.Any(c => c.BrandId == p.BrandId && c.CategoryId == p.CategoryId))
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(Ct);
        await Db.FavouriteAsync(owner, jacket, null, Now.AddDays(-1), Ct);

        Assert.Single(new YourSizeSource().Propose(await SnapshotAsync(shopper)));
        Assert.True((await app.Get<FitProfiles>().SaveAsync(owner, new FitForm { Height = "178", Weight = "75" }, Ct)).Succeeded);
        var withProfile = await SnapshotAsync(shopper);
        Assert.Empty(new YourSizeSource().Propose(withProfile));
        var size = withProfile.YourSizes[jacket];
        Assert.DoesNotContain(jacket, withProfile.NotInYourSize);

        var stock = await Db.Variants.AsNoTracking().Where(v => v.ProductId == jacket).ToDictionaryAsync(v => v.Id, v => v.Stock, Ct);
        await Db.Variants.Where(v => v.ProductId == jacket && v.Size == size).ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, 0), Ct);
        var soldOutInSize = await SnapshotAsync(shopper);
        foreach (var (id, units) in stock)
        {
            await Db.Variants.Where(v => v.Id == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, units), Ct);
        }

        Assert.Contains(jacket, soldOutInSize.NotInYourSize);
        Assert.True(soldOutInSize.Product(jacket)!.InStock); // other sizes are left
        Assert.DoesNotContain(Stream.Rank(soldOutInSize, 60), r => StreamCardKinds.IsAboutProduct(r.Kind) && r.ProductId == jacket);
    }

    [Fact]
    public async Task A_merchant_creates_an_editorial_card_that_reaches_the_targeted_shopper_only_and_is_audited()
    {
        var admin = app.Get<EditorialAdmin>();
        var bikes = await Db.Categories.Where(c => c.Slug == "bikes").Select(c => c.Id).SingleAsync(Ct);
        var form = new EditorialForm
        {
            Kind = EditorialKind.Campaign, TitleEn = "Winter service week", TitleDe = "Winter-Service-Woche", BodyEn = "Free check.", BodyDe = "Gratis-Check.",
            ImagePath = "/assets/editorial/gravel-season.svg", Link = "/c/bike-accessories", Audience = EditorialAudience.DepartmentBuyers, TargetId = bikes,
            StartsAt = Now.AddHours(-1), EndsAt = Now.AddDays(14),
        };

        var saved = await admin.SaveAsync(Merchant, form, Ct);

        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Values));
        var key = StreamCardKeys.For(StreamCardKind.Editorial, saved.Id);
        var ben = await Db.DemoShopperAsync("ben@storefront.test", Ct);
        var anna = await Db.DemoShopperAsync("anna@storefront.test", Ct);
        var bensCard = Assert.Single((await Stream.BuildAsync(ben, take: 60, ct: Ct)).Cards, c => c.Key == key);
        Assert.Equal(("Winter service week", "editorial/gravel-season.svg", "Because you shop Bikes."), (bensCard.Heading, bensCard.Editorial!.ImagePath, bensCard.Why));
        Assert.DoesNotContain((await Stream.BuildAsync(anna, take: 60, ct: Ct)).Cards, c => c.Key == key);
        Assert.Equal("/c/bike-accessories", await Stream.DestinationAsync(StreamCardKind.Editorial, saved.Id, null, Ct));
        var audit = await Db.Set<AuditEntry>().AsNoTracking().Where(e => e.EntityType == EditorialAdmin.AuditType && e.EntityId == saved.Id.ToString()).ToListAsync(Ct);
        Assert.Equal("Create", Assert.Single(audit).Action);

        Assert.True((await Stream.DismissAsync(ben.OwnerKey, key, Ct)).Succeeded);
        Assert.DoesNotContain((await Stream.BuildAsync(ben, take: 60, ct: Ct)).Cards, c => c.Key == key);
        Assert.True((await admin.SetActiveAsync(Merchant, saved.Id, false, Ct)).Succeeded);
        Assert.False(Assert.Single(await admin.ListAsync(Merchant, Ct), r => r.Id == saved.Id).IsActive);
        Assert.False((await Stream.DismissAsync(ben.OwnerKey, "editorial-999999", Ct)).Succeeded);
    }

    [Fact]
    public async Task Editorial_cards_are_validated_in_the_service_and_only_merchants_may_save()
    {
        var admin = app.Get<EditorialAdmin>();
        var count = await Db.Set<EditorialCard>().CountAsync(Ct);
        var bad = new EditorialForm
        {
            TitleEn = "Only English", TitleDe = " ", ImagePath = "editorial/../../appsettings.json", Link = "javascript:alert(1)",
            StartsAt = Now, EndsAt = Now.AddDays(-1), Audience = EditorialAudience.FavouriteBrand, TargetId = 999999,
        };

        var result = await admin.SaveAsync(Merchant, bad, Ct);
        var shopper = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "x"), new Claim(ClaimTypes.Role, Roles.Shopper)], "test"));
        var refused = await admin.SaveAsync(shopper, new EditorialForm { TitleEn = "a", TitleDe = "b", StartsAt = Now, EndsAt = Now.AddDays(1) }, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal(["EndsAt", "ImagePath", "Link", "TargetId", "TitleDe"], result.Errors.Keys.Order());
        Assert.Equal("The end must be after the start.", result.Errors["EndsAt"]);
        Assert.False(refused.Succeeded);
        Assert.Equal("Only merchants may change editorial cards.", refused.Errors[""]);
        Assert.Equal(count, await Db.Set<EditorialCard>().CountAsync(Ct));
        foreach (var link in new[] { "//evil.example", "http://example.com", "https://" })
        {
            Assert.False(EditorialRules.IsAllowedLink(link), link);
        }
        Assert.True(EditorialRules.IsAllowedLink("https://example.com/story"));
        Assert.Equal("editorial/x.svg", EditorialRules.NormalisedImage("/assets/editorial/x.svg"));
    }

    [Fact]
    public async Task The_demo_seed_has_editorial_cards_and_visitors_see_the_one_for_everyone()
    {
        var visitor = await Stream.BuildAsync(StreamTestData.NewVisitor(), take: 60, ct: Ct);

        Assert.Equal(3, await Db.Set<EditorialCard>().CountAsync(
            c => c.TitleEn == "Made to last: repairs on us" || c.TitleEn == "Wash less, wear longer" || c.TitleEn == "Gravel season: ready your kit", Ct));
        Assert.Contains(visitor.Cards, c => c.Kind == StreamCardKind.Editorial && c.Heading == "Made to last: repairs on us" && c.Why == "From our editors.");
        Assert.DoesNotContain(visitor.Cards, c => c.Heading == "Wash less, wear longer");
    }
}
