using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Catalog;
using Storefront.Features.Orders;
using Storefront.Features.Signals;
using Storefront.Features.Stream.Sources;
using Storefront.Localization;

namespace Storefront.Features.Stream;

/// <summary>
/// The shopper's stream: loads a snapshot of their signals (<see cref="ShopperSnapshotLoader"/>), lets every
/// <see cref="IStreamCandidateSource"/> propose cards, ranks them (<see cref="StreamRanker"/>) and turns them into
/// cards with their "why" text. Also the stream's commands: dismiss, show fewer, add again; and its measurement.
/// </summary>
public sealed class ShoppingStream(
    ShopperSnapshotLoader loader,
    IEnumerable<IStreamCandidateSource> sources,
    IDbContextFactory<StorefrontDb> dbFactory,
    CartService carts,
    ShopperSignals signals,
    IMemoryCache cache,
    IStringLocalizer<StreamText> text,
    StreamCardFactory cardFactory,
    TimeProvider time,
    ILogger<ShoppingStream> logger)
{
    public const int DefaultTake = 24;
    public static readonly TimeSpan ColdStartCacheTime = TimeSpan.FromMinutes(10);
    /// <summary>Removed when an editorial card changes, so the anonymous stream shows it at once.</summary>
    internal const string ColdStartCacheKey = "stream:cold-start";

    /// <summary>The stream for the shopper now. Anonymous visitors without a shopper id get the cached cold start.</summary>
    public async Task<StreamPage> BuildAsync(StreamShopper shopper, int take = DefaultTake, CancellationToken ct = default)
    {
        take = Math.Clamp(take, 1, 60);
        var snapshot = shopper.OwnerKey is null ? await ColdStartAsync(ct) : await LoadAndRememberAsync(shopper, ct);
        var ranked = Rank(snapshot, take);
        return new StreamPage(ranked.Select(r => ToCard(r, snapshot)).ToList(),
            ranked.Any(r => r.Kind is not (StreamCardKind.Trending or StreamCardKind.Editorial)));
    }

    /// <summary>The ranked candidates as of any moment, without side effects (for evaluation and diagnostics).</summary>
    public async Task<IReadOnlyList<RankedCandidate>> RankAsOfAsync(StreamShopper shopper, DateTime nowUtc, int take = DefaultTake, CancellationToken ct = default)
    {
        var load = await loader.LoadAsync(shopper, nowUtc, ct);
        return Rank(load.Snapshot, take);
    }

    /// <summary>Pure: every source's candidates, ranked.</summary>
    public IReadOnlyList<RankedCandidate> Rank(ShopperSnapshot snapshot, int take) =>
        StreamRanker.Rank(snapshot, sources.SelectMany(s => s.Propose(snapshot)), take);

    public async Task<StreamResult> DismissAsync(string? ownerKey, string? cardKey, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(ownerKey) || !StreamCardKeys.TryParse(cardKey, out var kind, out var productId))
        {
            return StreamResult.Fail(text["UnknownCard"]);
        }
        if (!StreamCardKinds.IsAboutProduct(kind))
        {
            return await DismissCardAsync(ownerKey, kind, productId, ct);
        }
        return await MarkAsync(ownerKey, StreamMarkKind.Dismissed, StreamCardKeys.For(kind, productId), productId, ct);
    }

    /// <summary>The cards that are not about one product: the id must name an editorial card, a set's anchor, or be the single card's.</summary>
    private async Task<StreamResult> DismissCardAsync(string ownerKey, StreamCardKind kind, int id, CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var known = kind switch
            {
                StreamCardKind.Editorial => await db.Set<EditorialCard>().AnyAsync(e => e.Id == id, ct),
                StreamCardKind.CompleteTheSet => await db.Products.AnyAsync(p => p.Id == id, ct),
                _ => id == StreamCardKinds.SingleCard,
            };
            if (!known)
            {
                return StreamResult.Fail(text["UnknownCard"]);
            }
        }
        return await MarkAsync(ownerKey, StreamMarkKind.Dismissed, StreamCardKeys.For(kind, id),
            kind == StreamCardKind.CompleteTheSet ? id : null, ct);
    }

    /// <summary>"Show fewer like this": the kind's cards keep coming but rank lower (<see cref="StreamRanker.FewerDamping"/>).</summary>
    public async Task<StreamResult> ShowFewerAsync(string? ownerKey, string? cardKey, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(ownerKey) || !StreamCardKeys.TryParse(cardKey, out var kind, out _))
        {
            return StreamResult.Fail(text["UnknownCard"]);
        }
        return await MarkAsync(ownerKey, StreamMarkKind.FewerOfKind, kind.ToString(), null, ct);
    }

    /// <summary>
    /// One-click re-buy: the variant must be one the signed-in shopper ordered before; it goes into the cart with the
    /// quantity of their last order of it. Stock, archive and quantity rules are the cart's.
    /// </summary>
    public async Task<StreamResult> AddAgainAsync(string? ownerKey, string? userId, int variantId, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(ownerKey) || string.IsNullOrEmpty(userId) || variantId <= 0)
        {
            return StreamResult.Fail(text["AddAgainNotYours"]);
        }
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var quantity = await (
                    from line in db.OrderLines
                    join order in db.Orders on line.OrderId equals order.Id
                    where order.UserId == userId && line.VariantId == variantId && order.Status != OrderStatus.Cancelled
                    orderby order.PlacedAtUtc descending, line.Id descending
                    select (int?)line.Quantity)
                .FirstOrDefaultAsync(ct);
            if (quantity is null)
            {
                return StreamResult.Fail(text["AddAgainNotYours"]);
            }
            var result = await carts.AddAsync(ownerKey, variantId, Math.Clamp(quantity.Value, 1, CartService.MaxQuantityPerLine), ct);
            return result.Succeeded ? StreamResult.Ok : StreamResult.Fail(result.Error!);
        }
    }

    /// <summary>Records an impression per card (batched by the signal writer; visitors without a shopper id are not recorded).</summary>
    public void RecordImpressions(string? ownerKey, IEnumerable<StreamCard> cards)
    {
        foreach (var card in cards)
        {
            signals.StreamImpression(ownerKey, card.Product?.Id, EventName(card.Kind), card.Key);
        }
    }

    /// <summary>Records the opening of a card; false when the key is not a card key.</summary>
    public bool RecordClick(string? ownerKey, string? cardKey)
    {
        if (!StreamCardKeys.TryParse(cardKey, out var kind, out var productId))
        {
            return false;
        }
        signals.StreamClick(ownerKey, StreamCardKinds.IsAboutProduct(kind) ? productId : null, EventName(kind), cardKey);
        return true;
    }

    /// <summary>Where opening a card leads: its product, the fit profile page, an editorial card's link.</summary>
    public async Task<string?> DestinationAsync(StreamCardKind kind, int id, string? slug, CancellationToken ct = default)
    {
        switch (kind)
        {
            case StreamCardKind.YourSize:
                return "Account/Manage/FitProfile";
            case StreamCardKind.Loyalty:
                return null;
            case StreamCardKind.Editorial:
                await using (var db = await dbFactory.CreateDbContextAsync(ct))
                {
                    var link = await db.Set<EditorialCard>().AsNoTracking().Where(e => e.Id == id && e.IsActive).Select(e => e.Link).FirstOrDefaultAsync(ct);
                    return link is not null && Editorial.EditorialRules.IsAllowedLink(link) ? link : null;
                }
            default:
                return Catalog.Pages.ProductPage.Url(id, slug ?? "");
        }
    }

    public static string EventName(StreamCardKind kind) => kind.ToString().ToLowerInvariant();

    private async Task<ShopperSnapshot> ColdStartAsync(CancellationToken ct) =>
        (await cache.GetOrCreateAsync(ColdStartCacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = ColdStartCacheTime;
            return (await loader.LoadAsync(StreamShopper.Anonymous, time.GetUtcNow().UtcDateTime, ct)).Snapshot;
        }))!;

    private async Task<ShopperSnapshot> LoadAndRememberAsync(StreamShopper shopper, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var load = await loader.LoadAsync(shopper, now, ct);
        if (load.NewlySoldOut.Count > 0)
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                db.Set<StreamMark>().AddRange(load.NewlySoldOut.Select(id => new StreamMark
                {
                    OwnerKey = shopper.OwnerKey!, Kind = StreamMarkKind.SeenSoldOut, Key = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ProductId = id, AtUtc = now,
                }));
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex)
            {
                // A parallel request remembered them first; nothing is lost.
                logger.LogDebug(ex, "Sold-out sightings were already recorded");
            }
        }
        return load.Snapshot;
    }

    private async Task<StreamResult> MarkAsync(string ownerKey, StreamMarkKind kind, string key, int? productId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (productId is { } id && !await db.Products.AnyAsync(p => p.Id == id, ct))
        {
            return StreamResult.Fail(text["UnknownCard"]);
        }
        if (await db.Set<StreamMark>().AnyAsync(m => m.OwnerKey == ownerKey && m.Kind == kind && m.Key == key, ct))
        {
            return StreamResult.Ok;
        }
        db.Set<StreamMark>().Add(new StreamMark { OwnerKey = ownerKey, Kind = kind, Key = key, ProductId = productId, AtUtc = time.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Marked by a parallel post (double click): the outcome is the same.
        }
        return StreamResult.Ok;
    }

    private StreamCard ToCard(RankedCandidate ranked, ShopperSnapshot snapshot)
    {
        var c = ranked.Candidate;
        if (!StreamCardKinds.IsAboutProduct(c.Kind))
        {
            return cardFactory.Create(ranked, snapshot);
        }
        var p = snapshot.Products[c.ProductId];
        var tile = new ProductCard(p.Id, p.Slug, Cultures.Pick(p.NameEn, p.NameDe), p.BrandName, p.ImagePath,
            Cultures.Pick(p.ImageAltEn, p.ImageAltDe), new Money(p.PriceCents), p.LowestPrice30Days, p.InStock,
            p.IsSustainable, p.Rating, p.ReviewCount);
        var name = c.Why.NameEn is null ? "" : Cultures.Pick(c.Why.NameEn, c.Why.NameDe ?? c.Why.NameEn);
        RebuyOffer? rebuy = null;
        if (c is { Kind: StreamCardKind.Rebuy, VariantId: { } variantId }
            && snapshot.Purchases.LastOrDefault(l => l.VariantId == variantId) is { } line)
        {
            rebuy = new RebuyOffer(variantId, c.Quantity, line.Size, new Money(line.VariantPriceCents));
        }
        return new StreamCard(c.Key, c.Kind, tile, text[c.Why.TextKey, name, c.Why.A, c.Why.B], ranked.Score, rebuy);
    }
}
