using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Data;
using Storefront.Localization;

namespace Storefront.Features.SizeAdvisor;

public sealed record BackInStockResult(bool Succeeded, string? Error)
{
    public static readonly BackInStockResult Ok = new(true, null);

    public static BackInStockResult Fail(string error) => new(false, error);
}

/// <summary>A shopper's open "notify me" request, for the stream's back-in-stock card.</summary>
public sealed record BackInStockView(int VariantId, int ProductId, string ProductSlug, string ProductName, string Size, string Colour, int Stock, DateTime RequestedAtUtc)
{
    public bool BackInStock => Stock > 0;
}

/// <summary>"Notify me when this size is back": stored per owner key and variant, read by the stream.</summary>
public sealed class BackInStockRequests(IDbContextFactory<StorefrontDb> dbFactory, IStringLocalizer<SizeAdvisorText> text, TimeProvider time)
{
    public async Task<BackInStockResult> RequestAsync(string ownerKey, int variantId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerKey);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var variant = await db.Variants.AsNoTracking()
            .Where(v => v.Id == variantId && !v.Product!.IsArchived)
            .Select(v => new { v.Id, v.Stock })
            .FirstOrDefaultAsync(ct);
        if (variant is null)
        {
            return BackInStockResult.Fail(text["NotifyUnknownVariant"]);
        }
        if (variant.Stock > 0)
        {
            return BackInStockResult.Fail(text["NotifyInStock"]);
        }
        var exists = await db.Set<BackInStockRequest>().AnyAsync(r => r.OwnerKey == ownerKey && r.VariantId == variantId && r.NotifiedAtUtc == null, ct);
        if (!exists)
        {
            await db.Set<BackInStockRequest>().Where(r => r.OwnerKey == ownerKey && r.VariantId == variantId).ExecuteDeleteAsync(ct);
            db.Add(new BackInStockRequest { OwnerKey = ownerKey, VariantId = variantId, CreatedAtUtc = time.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
        }
        return BackInStockResult.Ok;
    }

    /// <summary>Open requests of a shopper, newest first, with the variant's current stock.</summary>
    public async Task<IReadOnlyList<BackInStockView>> OpenAsync(string? ownerKey, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(ownerKey))
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await (
                from r in db.Set<BackInStockRequest>()
                where r.OwnerKey == ownerKey && r.NotifiedAtUtc == null
                join v in db.Variants on r.VariantId equals v.Id
                orderby r.CreatedAtUtc descending
                select new { r.VariantId, v.ProductId, v.Product!.Slug, v.Product.NameEn, v.Product.NameDe, v.Size, v.ColourEn, v.ColourDe, v.Stock, r.CreatedAtUtc })
            .AsNoTracking()
            .ToListAsync(ct);
        return rows.Select(r => new BackInStockView(r.VariantId, r.ProductId, r.Slug, Cultures.Pick(r.NameEn, r.NameDe), r.Size,
            Cultures.Pick(r.ColourEn, r.ColourDe), r.Stock, r.CreatedAtUtc)).ToList();
    }

    /// <summary>Marks requests as told (the stream calls this once it showed the card), so they show once.</summary>
    public async Task MarkNotifiedAsync(string ownerKey, IReadOnlyCollection<int> variantIds, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerKey);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Set<BackInStockRequest>()
            .Where(r => r.OwnerKey == ownerKey && variantIds.Contains(r.VariantId) && r.NotifiedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.NotifiedAtUtc, now), ct);
    }

    /// <summary>Part of the sign-in merge, inside its transaction: requests move to the account, without duplicates.</summary>
    internal static async Task<int> MergeAsync(StorefrontDb db, string anonymousKey, string userKey, CancellationToken ct)
    {
        var requests = await db.Set<BackInStockRequest>()
            .Where(r => r.OwnerKey == anonymousKey || r.OwnerKey == userKey)
            .ToListAsync(ct);
        var accountHas = requests.Where(r => r.OwnerKey == userKey).Select(r => r.VariantId).ToHashSet();
        var moved = 0;
        foreach (var request in requests.Where(r => r.OwnerKey == anonymousKey))
        {
            if (accountHas.Add(request.VariantId))
            {
                request.OwnerKey = userKey;
                moved++;
            }
            else
            {
                db.Remove(request);
            }
        }
        return moved;
    }
}
