using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Stream.Sources;

namespace Storefront.Features.Stream.Sets;

public enum SetRefusal
{
    /// <summary>No piece chosen, or more than a set has.</summary>
    Empty = 1,
    /// <summary>A variant that is not one of the set's pieces (tampered post), or the set is no longer the shopper's.</summary>
    NotOffered = 2,
    /// <summary>A piece sold out (in that size) since the card was shown.</summary>
    SoldOut = 3,
    /// <summary>A piece was archived or deleted.</summary>
    Unavailable = 4,
}

public sealed record SetResult(bool Succeeded, SetRefusal? Refusal, string? Error)
{
    public static readonly SetResult Ok = new(true, null, null);
}

/// <summary>
/// "Add the set to the cart": one of each chosen variant, all or nothing. The set is planned again from the shopper's
/// signals (<see cref="SetBuilder"/>), so a post can only add what the card offered them, and every piece is checked
/// for archive and stock first, with a message naming it.
/// </summary>
public sealed class SetCart(
    ShopperSnapshotLoader loader,
    IDbContextFactory<StorefrontDb> dbFactory,
    CartService carts,
    IStringLocalizer<StreamCardsText> text,
    TimeProvider time)
{
    public const int MaxPieces = 8;

    public async Task<SetResult> AddAsync(StreamShopper shopper, int anchorProductId, IReadOnlyList<int> variantIds, CancellationToken ct = default)
    {
        if (variantIds.Count == 0 || variantIds.Count > MaxPieces)
        {
            return Fail(SetRefusal.Empty, text["SetEmpty"]);
        }
        if (shopper.OwnerKey is null || anchorProductId <= 0 || variantIds.Any(id => id <= 0) || variantIds.Distinct().Count() != variantIds.Count)
        {
            return Fail(SetRefusal.NotOffered, text["SetNotOffered"]);
        }
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var pieces = await db.Variants.AsNoTracking().Where(v => variantIds.Contains(v.Id))
                .Select(v => new { v.Id, v.ProductId, v.Size, v.Stock, v.Product!.IsArchived, v.Product.NameEn, v.Product.NameDe })
                .ToListAsync(ct);
            if (pieces.Count != variantIds.Count)
            {
                return Fail(SetRefusal.Unavailable, text["SetPieceGone"]);
            }
            if (pieces.FirstOrDefault(p => p.IsArchived) is { } archived)
            {
                return Fail(SetRefusal.Unavailable, text["SetPieceArchived", Localization.Cultures.Pick(archived.NameEn, archived.NameDe)]);
            }
            if (pieces.FirstOrDefault(p => p.Stock <= 0) is { } soldOut)
            {
                return Fail(SetRefusal.SoldOut, text["SetPieceSoldOut", Localization.Cultures.Pick(soldOut.NameEn, soldOut.NameDe), soldOut.Size]);
            }
            if (pieces.Select(p => p.ProductId).Distinct().Count() != pieces.Count)
            {
                return Fail(SetRefusal.NotOffered, text["SetNotOffered"]);
            }
        }
        var snapshot = (await loader.LoadAsync(shopper, time.GetUtcNow().UtcDateTime, ct)).Snapshot;
        var plan = CompleteTheSetSource.Anchors(snapshot).Any(a => a.ProductId == anchorProductId) ? SetBuilder.Plan(snapshot, anchorProductId) : null;
        var offered = plan?.OfferedVariants.Select(v => v.VariantId).ToHashSet() ?? [];
        if (!variantIds.All(offered.Contains))
        {
            return Fail(SetRefusal.NotOffered, text["SetNotOffered"]);
        }
        var added = await carts.AddAllAsync(shopper.OwnerKey, variantIds, ct);
        return added.Succeeded ? SetResult.Ok : Fail(SetRefusal.SoldOut, added.Error!);
    }

    private static SetResult Fail(SetRefusal refusal, string error) => new(false, refusal, error);
}
