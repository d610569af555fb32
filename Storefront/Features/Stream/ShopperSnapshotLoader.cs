using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Storefront.Data;
using Storefront.Features.Catalog.ProductPage;
using Storefront.Features.Orders;
using Storefront.Features.Signals;

namespace Storefront.Features.Stream;

/// <summary>Who the stream is for: the owner key of their signals ("u:…"/"a:…") and, when signed in, the user id of their orders.</summary>
public sealed record StreamShopper(string? OwnerKey, string? UserId)
{
    public static readonly StreamShopper Anonymous = new(null, null);
}

/// <summary>
/// A seam for other features that know what a shopper is waiting for (e.g. a "notify me when it is back" request):
/// register implementations in DI and the back-in-stock source reads them along with the stream's own sightings.
/// </summary>
public interface IBackInStockWaitlist
{
    Task<IReadOnlyList<WaitingFor>> WaitingAsync(string ownerKey, DateTime nowUtc, CancellationToken ct);
}

/// <summary>A snapshot plus the wanted products the load found sold out for the first time (to remember).</summary>
public sealed record SnapshotLoad(ShopperSnapshot Snapshot, IReadOnlyList<int> NewlySoldOut);

/// <summary>
/// Reads everything the stream ranks in a fixed number of queries, whatever the history's size (no N+1):
/// purchases, events, favourites, stream marks, bestsellers, co-purchases, product facts, reference prices.
/// All reads are "as of" the given moment, so an offline evaluation can rebuild a past stream.
/// </summary>
public sealed class ShopperSnapshotLoader(
    IDbContextFactory<StorefrontDb> dbFactory,
    PriceReferences prices,
    IEnumerable<IBackInStockWaitlist> waitlists,
    Microsoft.Extensions.Options.IOptions<Loyalty.LoyaltyOptions> loyaltyOptions,
    SizeAdvisor.FitProfiles fitProfiles,
    IMemoryCache cache)
{
    public const int BestsellerCount = 40;
    /// <summary>How many products' sales the snapshot knows (the popularity prior); the rest count as unsold.</summary>
    public const int MaxPopular = 400;
    /// <summary>How many of the most popular products are always candidates (trending, per department).</summary>
    public const int PopularFacts = 150;
    public const int MaxEvents = 2000;
    public const int MaxProducts = 800;
    public const int EventWindowDays = 90;
    public const int PurchaseWindowDays = 400;
    public const int CoPurchaseWindowDays = 180;
    public const int SoldOutMemoryDays = 90;
    /// <summary>The most recent purchases and cart adds that "bought together" looks up (each is a join over all orders).</summary>
    public const int MaxCoPurchaseAnchors = 40;
    /// <summary>The most recently touched products of the shopper's events whose facts are always loaded.</summary>
    public const int MaxSignalProducts = 400;

    public async Task<SnapshotLoad> LoadAsync(StreamShopper shopper, DateTime nowUtc, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var owner = shopper.OwnerKey;
        var purchases = shopper.UserId is { } userId ? await PurchasesAsync(db, userId, nowUtc, ct) : [];
        var signals = owner is null ? [] : await SignalsAsync(db, owner, nowUtc, ct);
        var favourites = owner is null ? [] : await db.Set<Cart.Favourite>().AsNoTracking()
            .Where(f => f.OwnerKey == owner && f.CreatedAtUtc <= nowUtc)
            .Select(f => new { f.ProductId, f.BrandId, f.CreatedAtUtc })
            .ToListAsync(ct);
        var marks = owner is null ? [] : await db.Set<StreamMark>().AsNoTracking()
            .Where(m => m.OwnerKey == owner)
            .Select(m => new { m.Kind, m.Key, m.ProductId, m.AtUtc })
            .ToListAsync(ct);
        var unitsSold = await SalesAsync(db, nowUtc, ct);
        var bestsellers = unitsSold.Take(BestsellerCount).Select(u => u.ProductId).ToList();

        var anchors = purchases.Select(p => p.ProductId)
            .Concat(signals.Where(s => s.Kind == SignalKind.AddedToCart).Select(s => s.ProductId))
            .ToHashSet();
        var recentAnchors = purchases.Select(p => (p.ProductId, p.AtUtc))
            .Concat(signals.Where(s => s.Kind == SignalKind.AddedToCart).Select(s => (s.ProductId, s.AtUtc)))
            .OrderByDescending(x => x.AtUtc).ThenBy(x => x.ProductId)
            .Select(x => x.ProductId).Distinct().Take(MaxCoPurchaseAnchors).ToHashSet();
        var coPurchases = recentAnchors.Count == 0 ? [] : await CoPurchasesAsync(db, recentAnchors, shopper.UserId, nowUtc, ct);

        var favouriteProducts = favourites.Where(f => f.ProductId is not null)
            .GroupBy(f => f.ProductId!.Value).ToDictionary(g => g.Key, g => g.Max(f => f.CreatedAtUtc));
        var favouriteBrands = favourites.Where(f => f.BrandId is not null)
            .GroupBy(f => f.BrandId!.Value).ToDictionary(g => g.Key, g => g.Max(f => f.CreatedAtUtc));
        var sightings = marks.Where(m => m.Kind == StreamMarkKind.SeenSoldOut && m.ProductId is not null
                && m.AtUtc > nowUtc.AddDays(-SoldOutMemoryDays) && m.AtUtc <= nowUtc)
            .Select(m => new WaitingFor(m.ProductId!.Value, m.AtUtc)).ToList();
        foreach (var waitlist in waitlists)
        {
            sightings.AddRange(await waitlist.WaitingAsync(owner!, nowUtc, ct));
        }
        var waiting = sightings
            .Where(w => !purchases.Any(p => p.ProductId == w.ProductId && p.AtUtc >= w.SinceUtc))
            .GroupBy(w => w.ProductId).Select(g => g.OrderBy(w => w.SinceUtc).First()).ToList();

        // Signals come newest first: the products of the latest events.
        var signalProducts = signals.Select(s => s.ProductId).Distinct().Take(MaxSignalProducts).ToList();
        var interest = anchors
            .Concat(signalProducts).Concat(favouriteProducts.Keys).Concat(sightings.Select(w => w.ProductId))
            .Concat(unitsSold.Take(PopularFacts).Select(u => u.ProductId)).Concat(coPurchases.Select(c => c.ProductId))
            .ToHashSet();
        var related = anchors.Concat(signalProducts).ToHashSet();
        var brands = favouriteBrands.Keys.ToList();
        var products = await FactsAsync(db, interest.ToList(), related, anchors, brands, nowUtc, ct);
        var profile = owner is null ? null : await fitProfiles.GetAsync(owner, ct);
        var cards = await CardsLoader.LoadAsync(db, shopper, profile, purchases, signals, favouriteProducts, products, nowUtc, loyaltyOptions.Value, ct);
        products.AddRange(cards.PieceFacts.Where(p => !products.Any(known => known.Id == p.Id)));

        var references = await prices.LowestPrices30DaysAsync(products.Select(p => p.CheapestVariantId).ToList(), ct);
        var facts = products.ToDictionary(p => p.Id, p => references.TryGetValue(p.CheapestVariantId, out var r) ? p with { LowestPrice30Days = r } : p);

        var views = signals.Where(s => s.Kind == SignalKind.Viewed && s.AtUtc > nowUtc.AddDays(-30))
            .GroupBy(s => s.ProductId).Where(g => g.Count() >= 2).Select(g => g.Key);
        var alreadySeen = sightings.Select(w => w.ProductId).ToHashSet();
        var newlySoldOut = favouriteProducts.Keys.Concat(views).Distinct()
            .Where(id => facts.TryGetValue(id, out var f) && !f.InStock && !alreadySeen.Contains(id))
            .Order().ToList();

        var snapshot = new ShopperSnapshot(
            nowUtc, purchases, signals, favouriteProducts, favouriteBrands, waiting, coPurchases, bestsellers,
            unitsSold.ToDictionary(u => u.ProductId), facts,
            marks.Where(m => m.Kind == StreamMarkKind.Dismissed).Select(m => m.Key).ToHashSet(),
            marks.Where(m => m.Kind == StreamMarkKind.FewerOfKind)
                .Select(m => Enum.TryParse<StreamCardKind>(m.Key, out var kind) ? kind : (StreamCardKind?)null)
                .OfType<StreamCardKind>().ToHashSet())
        {
            IsSignedIn = shopper.UserId is not null,
            Loyalty = cards.Loyalty,
            HasFitProfile = cards.HasFitProfile,
            NotInYourSize = cards.NotInYourSize,
            YourSizes = cards.YourSizes,
            CategorySlugs = cards.CategorySlugs,
            SizedCategories = cards.SizedCategories,
            PieceVariants = cards.PieceVariants,
            Editorials = cards.Editorials,
        };
        return new SnapshotLoad(snapshot, owner is null ? [] : newlySoldOut);
    }

    private static async Task<List<PurchasedLine>> PurchasesAsync(StorefrontDb db, string userId, DateTime nowUtc, CancellationToken ct)
    {
        var since = nowUtc.AddDays(-PurchaseWindowDays);
        return await (
                from line in db.OrderLines
                join order in db.Orders on line.OrderId equals order.Id
                join variant in db.Variants on line.VariantId equals variant.Id
                where order.UserId == userId && order.PlacedAtUtc < nowUtc && order.PlacedAtUtc >= since
                      && order.Status != OrderStatus.Cancelled
                orderby order.PlacedAtUtc, line.Id
                select new PurchasedLine(line.OrderId, line.ProductId, line.VariantId, line.Quantity, order.PlacedAtUtc,
                    variant.Size, variant.Stock, variant.PriceCents))
            .AsNoTracking()
            .ToListAsync(ct);
    }

    private static async Task<List<ShopperSignal>> SignalsAsync(StorefrontDb db, string owner, DateTime nowUtc, CancellationToken ct)
    {
        var since = nowUtc.AddDays(-EventWindowDays);
        var rows = await db.ShopperEvents.AsNoTracking()
            .Where(e => e.OwnerKey == owner && e.AtUtc >= since && e.AtUtc < nowUtc && e.ProductId != null
                && (e.Kind == ShopperEventKind.ProductViewed || e.Kind == ShopperEventKind.AddedToCart))
            .OrderByDescending(e => e.AtUtc)
            .Take(MaxEvents)
            .Select(e => new { e.Kind, ProductId = e.ProductId!.Value, e.AtUtc })
            .ToListAsync(ct);
        return rows.Select(r => new ShopperSignal(r.Kind == ShopperEventKind.AddedToCart ? SignalKind.AddedToCart : SignalKind.Viewed, r.ProductId, r.AtUtc))
            .ToList();
    }

    /// <summary>
    /// The bestsellers as of any moment: units sold in the 90 days before <paramref name="nowUtc"/>, most first, ranked
    /// like <c>CatalogService.BestsellersAsync</c> (which always means "now").
    /// </summary>
    public static async Task<List<int>> BestsellersAsync(StorefrontDb db, DateTime nowUtc, CancellationToken ct, int take = BestsellerCount) =>
        (await UnitsSoldAsync(db, nowUtc, ct, take)).Select(u => u.ProductId).ToList();

    /// <summary>
    /// Units sold as of the start of the hour of <paramref name="nowUtc"/>, shared by every shopper's stream for that hour
    /// (the aggregation over 90 days of orders is the loader's most expensive read and the same for everyone).
    /// </summary>
    private async Task<List<UnitsSold>> SalesAsync(StorefrontDb db, DateTime nowUtc, CancellationToken ct)
    {
        var hour = new DateTime(nowUtc.Ticks - nowUtc.Ticks % TimeSpan.TicksPerHour, DateTimeKind.Utc);
        return (await cache.GetOrCreateAsync(("stream:sales", hour), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(65);
            return await UnitsSoldAsync(db, hour, ct);
        }))!;
    }

    private static async Task<List<UnitsSold>> UnitsSoldAsync(StorefrontDb db, DateTime nowUtc, CancellationToken ct, int take = MaxPopular)
    {
        var since = nowUtc.AddDays(-90);
        var lately = nowUtc.AddDays(-ShopperSnapshot.TrendingDays);
        var rows = await (
                from line in db.OrderLines
                join order in db.Orders on line.OrderId equals order.Id
                where order.PlacedAtUtc >= since && order.PlacedAtUtc < nowUtc && order.Status != OrderStatus.Cancelled
                group new { line.Quantity, order.PlacedAtUtc } by line.ProductId into g
                orderby g.Sum(l => l.Quantity) descending, g.Key
                select new { ProductId = g.Key, Units = g.Sum(l => l.Quantity), Lately = g.Sum(l => l.PlacedAtUtc >= lately ? l.Quantity : 0) })
            .Take(take)
            .ToListAsync(ct);
        return rows.Select(r => new UnitsSold(r.ProductId, r.Units, r.Lately)).ToList();
    }

    private static async Task<List<CoPurchase>> CoPurchasesAsync(StorefrontDb db, HashSet<int> anchors, string? userId, DateTime nowUtc, CancellationToken ct)
    {
        var ids = anchors.ToList();
        var since = nowUtc.AddDays(-CoPurchaseWindowDays);
        var rows = await (
                from a in db.OrderLines
                join b in db.OrderLines on a.OrderId equals b.OrderId
                join order in db.Orders on a.OrderId equals order.Id
                where ids.Contains(a.ProductId) && !ids.Contains(b.ProductId)
                      && order.PlacedAtUtc >= since && order.PlacedAtUtc < nowUtc && order.Status != OrderStatus.Cancelled
                      && (userId == null || order.UserId == null || order.UserId != userId)
                group b by new { Anchor = a.ProductId, Product = b.ProductId } into g
                orderby g.Count() descending, g.Key.Product
                select new { g.Key.Anchor, g.Key.Product, Orders = g.Count() })
            .Take(200)
            .ToListAsync(ct);
        return rows.Select(r => new CoPurchase(r.Anchor, r.Product, r.Orders)).ToList();
    }

    /// <summary>
    /// Facts of the products the shopper touched (by id), then, by units sold, of others in the categories they touched
    /// and new arrivals of their brands (for "similar" and "new from your brands"), <see cref="MaxProducts"/> in all.
    /// Two queries: the second one's categories and brands come from the first one's rows, so neither needs a join.
    /// </summary>
    private static async Task<List<ProductFact>> FactsAsync(
        StorefrontDb db, List<int> ids, HashSet<int> related, HashSet<int> bought, List<int> favouriteBrands, DateTime nowUtc, CancellationToken ct)
    {
        var facts = await Project(Listed(db, nowUtc).Where(p => ids.Contains(p.Id))).ToListAsync(ct);
        var relatedCategories = facts.Where(f => related.Contains(f.Id)).Select(f => f.CategoryId).Distinct().ToList();
        var brands = facts.Where(f => bought.Contains(f.Id)).Select(f => f.BrandId).Concat(favouriteBrands).Distinct().ToList();
        var room = MaxProducts - facts.Count;
        if (room <= 0 || (relatedCategories.Count == 0 && brands.Count == 0))
        {
            return facts;
        }
        var newSince = nowUtc.AddDays(-Sources.NewFromBrandsSource.NewForDays);
        var known = facts.Select(f => f.Id).ToList();
        var more = await Project(Listed(db, nowUtc)
                .Where(p => (relatedCategories.Contains(p.CategoryId) || (p.CreatedAtUtc >= newSince && brands.Contains(p.BrandId))) && !known.Contains(p.Id))
                .OrderByDescending(p => p.UnitsSold90Days).ThenBy(p => p.Id)
                .Take(room))
            .ToListAsync(ct);
        facts.AddRange(more);
        return facts;
    }

    private static IQueryable<Catalog.Product> Listed(StorefrontDb db, DateTime nowUtc) =>
        db.Products.AsNoTracking().Where(p => !p.IsArchived && p.CreatedAtUtc <= nowUtc);

    private static IQueryable<ProductFact> Project(IQueryable<Catalog.Product> products) => products.Select(ToFact);

    /// <summary>The product facts' projection (also for the set's pieces).</summary>
    internal static readonly System.Linq.Expressions.Expression<Func<Catalog.Product, ProductFact>> ToFact = p => new ProductFact(
                p.Id, p.Slug, p.NameEn, p.NameDe, p.BrandId, p.Brand!.Name, p.CategoryId,
                p.Category!.ParentId ?? p.CategoryId,
                p.Category.Parent != null ? p.Category.Parent.NameEn : p.Category.NameEn,
                p.Category.Parent != null ? p.Category.Parent.NameDe : p.Category.NameDe,
                p.CreatedAtUtc,
                p.Variants.Min(v => (long?)v.PriceCents) ?? 0,
                p.Variants.OrderBy(v => v.PriceCents).ThenBy(v => v.Id).Select(v => v.Id).FirstOrDefault(),
                p.Variants.Any(v => v.Stock > 0),
                p.UnitsSold90Days,
                p.Images.OrderBy(i => i.SortOrder).Select(i => i.Path).FirstOrDefault() ?? "",
                p.Images.OrderBy(i => i.SortOrder).Select(i => i.AltEn).FirstOrDefault() ?? "",
                p.Images.OrderBy(i => i.SortOrder).Select(i => i.AltDe).FirstOrDefault() ?? "",
                p.IsSustainable, p.RatingAverage, p.ReviewCount);
}
