using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Catalog;
using Microsoft.Extensions.Options;
using Storefront.Features.Catalog.Browse;
using Storefront.Features.Catalog.MembersEarly;
using Storefront.Features.Catalog.ProductPage;
using Storefront.Features.Catalog.Search;
using Storefront.Features.SizeAdvisor;
using Storefront.Localization;

namespace Storefront.Features.Admin.Products;

/// <summary>
/// The merchant's product catalogue: the paged grid, the editor's load and save, archive and restore. Every command
/// checks the Merchant role, validates everything, writes the change, its price history and its audit entry in one
/// SaveChanges, and then tells the listing index and the search index, so shoppers see the change at once.
/// </summary>
public sealed class ProductAdmin(
    IDbContextFactory<StorefrontDb> dbFactory,
    IStringLocalizer<AdminText> text,
    TimeProvider time,
    ListingIndex listings,
    IProductSearchEngine search,
    IStringLocalizer<MembersEarlyText> earlyText,
    IOptions<DeliveryOptions> delivery)
{
    private readonly TimeZoneInfo shopZone = TimeZoneInfo.FindSystemTimeZoneById(delivery.Value.TimeZone);

    public const int MaxPageSize = 100;

    public async Task<ProductListPage> ListAsync(ProductListQuery query, CancellationToken ct = default)
    {
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var products = Filter(db.Products.AsNoTracking(), query);
        var total = await products.CountAsync(ct);
        var german = Cultures.IsGerman;
        products = (query.Sort, query.Descending) switch
        {
            (AdminProductSort.Brand, false) => products.OrderBy(p => p.Brand!.Name).ThenBy(p => p.Id),
            (AdminProductSort.Brand, true) => products.OrderByDescending(p => p.Brand!.Name).ThenBy(p => p.Id),
            (AdminProductSort.Price, false) => products.OrderBy(p => p.Variants.Min(v => (long?)v.PriceCents)).ThenBy(p => p.Id),
            (AdminProductSort.Price, true) => products.OrderByDescending(p => p.Variants.Min(v => (long?)v.PriceCents)).ThenBy(p => p.Id),
            (AdminProductSort.Stock, false) => products.OrderBy(p => p.Variants.Sum(v => v.Stock)).ThenBy(p => p.Id),
            (AdminProductSort.Stock, true) => products.OrderByDescending(p => p.Variants.Sum(v => v.Stock)).ThenBy(p => p.Id),
            (AdminProductSort.Created, false) => products.OrderBy(p => p.CreatedAtUtc).ThenBy(p => p.Id),
            (AdminProductSort.Created, true) => products.OrderByDescending(p => p.CreatedAtUtc).ThenBy(p => p.Id),
            (_, false) => german ? products.OrderBy(p => p.NameDe).ThenBy(p => p.Id) : products.OrderBy(p => p.NameEn).ThenBy(p => p.Id),
            (_, true) => german ? products.OrderByDescending(p => p.NameDe).ThenBy(p => p.Id) : products.OrderByDescending(p => p.NameEn).ThenBy(p => p.Id),
        };
        var rows = await products.Skip(Math.Max(0, query.Page) * size).Take(size)
            .Select(p => new
            {
                p.Id, p.Slug, p.NameEn, p.NameDe, Brand = p.Brand!.Name, CategoryEn = p.Category!.NameEn, CategoryDe = p.Category.NameDe,
                MinPrice = p.Variants.Min(v => (long?)v.PriceCents), Stock = p.Variants.Sum(v => v.Stock), Variants = p.Variants.Count(),
                p.IsArchived, p.CreatedAtUtc,
            })
            .ToListAsync(ct);
        return new ProductListPage(rows.Select(r => new ProductListRow(r.Id, r.Slug, Cultures.Pick(r.NameEn, r.NameDe), r.Brand,
            Cultures.Pick(r.CategoryEn, r.CategoryDe), new Money(r.MinPrice ?? 0), r.Stock, r.Variants, r.IsArchived, r.CreatedAtUtc)).ToList(), total);
    }

    /// <summary>The grid's filter on <paramref name="products"/> (the caller decides about tracking).</summary>
    internal static IQueryable<Product> Filter(IQueryable<Product> products, ProductListQuery query)
    {
        products = query.Status switch
        {
            ArchiveFilter.Archived => products.Where(p => p.IsArchived),
            ArchiveFilter.All => products,
            _ => products.Where(p => !p.IsArchived),
        };
        if (query.BrandId is { } brand)
        {
            products = products.Where(p => p.BrandId == brand);
        }
        if (query.CategoryId is { } category)
        {
            products = products.Where(p => p.CategoryId == category || p.Category!.ParentId == category);
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var id = int.TryParse(term, out var n) ? n : -1;
            products = products.Where(p => p.Id == id || p.NameEn.Contains(term) || p.NameDe.Contains(term) || p.Slug.Contains(term)
                || p.Variants.Any(v => v.Sku.StartsWith(term)));
        }
        return products;
    }

    public async Task<ProductEditorOptions> OptionsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var brands = await db.Brands.AsNoTracking().OrderBy(b => b.Name).Select(b => new AdminOption(b.Id, b.Name)).ToListAsync(ct);
        var categories = await db.Categories.AsNoTracking()
            .Select(c => new { c.Id, c.NameEn, c.NameDe, c.ParentId, c.SortOrder }).ToListAsync(ct);
        var byId = categories.ToDictionary(c => c.Id);
        var leaves = categories.Where(c => c.ParentId is not null)
            .Select(c => new AdminOption(c.Id, $"{Cultures.Pick(byId[c.ParentId!.Value].NameEn, byId[c.ParentId.Value].NameDe)} › {Cultures.Pick(c.NameEn, c.NameDe)}"))
            .OrderBy(o => o.Name, StringComparer.CurrentCulture).ToList();
        return new ProductEditorOptions(brands, leaves);
    }

    /// <summary>The editor's form for a product (null when there is none), with its concurrency versions.</summary>
    public async Task<ProductForm?> EditAsync(int productId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await db.Products.AsNoTracking().Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null)
        {
            return null;
        }
        var form = ToForm(product);
        form.MembersEarlyUntil = MembersEarlyDate.Format(product.MembersEarlyUntilUtc, shopZone);
        return form;
    }

    public async Task<AdminResult> CreateAsync(ClaimsPrincipal user, ProductForm form, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is not { } actor)
        {
            return AdminResult.Fail(text["NotAllowed"]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (variants, invalid) = await ValidateAsync(db, form, null, ct);
        if (invalid is not null)
        {
            return invalid;
        }
        var now = time.GetUtcNow().UtcDateTime;
        var product = new Product
        {
            Slug = "", NameEn = "", NameDe = "", DescriptionEn = "", DescriptionDe = "", Origin = "", MaterialEn = "", MaterialDe = "", CareEn = "",
            CareDe = "", CreatedAtUtc = now, Version = 1,
        };
        Apply(form, product);
        MembersEarlyDate.TryParse(form.MembersEarlyUntil, shopZone, out var membersEarlyUntil);
        product.MembersEarlyUntilUtc = membersEarlyUntil;
        foreach (var v in variants)
        {
            product.Variants.Add(NewVariant(v));
        }
        db.Products.Add(product);
        // Variant ids (for the price history) and the product id (for the audit entry) exist only after the insert.
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            db.PriceHistory.AddRange(product.Variants.Select(v => new PriceHistory { VariantId = v.Id, PriceCents = v.PriceCents, FromUtc = now }));
            AuditTrail.Record(db, actor, now, "Product", product.Id.ToString(), "Created", product.NameEn, null, Snapshot(product));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await AfterChangeAsync(product.Id, ct);
        return AdminResult.Ok(product.Id, text["Created"]);
    }

    public async Task<AdminResult> UpdateAsync(ClaimsPrincipal user, ProductForm form, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is not { } actor)
        {
            return AdminResult.Fail(text["NotAllowed"]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await db.Products.Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == form.Id, ct);
        if (product is null)
        {
            return AdminResult.Fail(text["ProductNotFound"]);
        }
        if (product.Version != form.Version)
        {
            return AdminResult.Conflicted(text["Conflict"]);
        }
        var (variants, invalid) = await ValidateAsync(db, form, product, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        var before = Snapshot(product);
        var now = time.GetUtcNow().UtcDateTime;
        Apply(form, product);
        MembersEarlyDate.TryParse(form.MembersEarlyUntil, shopZone, out var membersEarlyUntil);
        product.MembersEarlyUntilUtc = membersEarlyUntil;
        var restocked = new List<int>();
        foreach (var v in variants)
        {
            if (v.Form.Id == 0)
            {
                product.Variants.Add(NewVariant(v));
                continue;
            }
            var variant = product.Variants.Single(x => x.Id == v.Form.Id);
            var changed = variant.PriceCents != v.PriceCents || variant.CompareAtCents != v.CompareAtCents || variant.Stock != v.Stock
                || variant.Sku != v.Form.Sku.Trim() || variant.Size != v.Form.Size.Trim() || variant.ColourEn != v.Form.ColourEn.Trim()
                || variant.ColourDe != v.Form.ColourDe.Trim() || variant.ColourHex != v.Form.ColourHex;
            if (!changed)
            {
                continue;
            }
            // The version the merchant saw: a sale or another merchant in between makes this save a conflict.
            db.Entry(variant).Property(x => x.Version).OriginalValue = v.Form.Version;
            if (variant.PriceCents != v.PriceCents)
            {
                db.PriceHistory.Add(new PriceHistory { VariantId = variant.Id, PriceCents = v.PriceCents, FromUtc = now });
            }
            if (variant.Stock == 0 && v.Stock > 0)
            {
                restocked.Add(variant.Id);
            }
            CopyTo(v, variant);
            variant.Version++;
        }
        product.Version++;
        db.Entry(product).Property(x => x.Version).OriginalValue = form.Version;
        var after = Snapshot(product);
        AuditTrail.Record(db, actor, now, "Product", product.Id.ToString(), "Updated", product.NameEn, before, after);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            // New variants get their ids on save; their first price starts their history.
            var added = product.Variants.Where(v => !before.Variants.Any(b => b.Id == v.Id)).ToList();
            if (added.Count > 0)
            {
                db.PriceHistory.AddRange(added.Select(v => new PriceHistory { VariantId = v.Id, PriceCents = v.PriceCents, FromUtc = now }));
                await db.SaveChangesAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AdminResult.Conflicted(text["Conflict"]);
        }
        await AfterChangeAsync(product.Id, ct);
        var waiting = restocked.Count == 0 ? 0 : await db.Set<BackInStockRequest>()
            .CountAsync(r => restocked.Contains(r.VariantId) && r.NotifiedAtUtc == null, ct);
        return AdminResult.Ok(product.Id, waiting > 0 ? text["SavedWaiting", waiting] : text["Saved"]);
    }

    public Task<AdminResult> ArchiveAsync(ClaimsPrincipal user, int productId, long version, CancellationToken ct = default) =>
        SetArchivedAsync(user, productId, version, true, ct);

    public Task<AdminResult> RestoreAsync(ClaimsPrincipal user, int productId, long version, CancellationToken ct = default) =>
        SetArchivedAsync(user, productId, version, false, ct);

    private async Task<AdminResult> SetArchivedAsync(ClaimsPrincipal user, int productId, long version, bool archived, CancellationToken ct)
    {
        if (MerchantActor.From(user) is not { } actor)
        {
            return AdminResult.Fail(text["NotAllowed"]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null)
        {
            return AdminResult.Fail(text["ProductNotFound"]);
        }
        if (product.Version != version)
        {
            return AdminResult.Conflicted(text["Conflict"]);
        }
        if (product.IsArchived == archived)
        {
            return AdminResult.Ok(product.Id);
        }
        product.IsArchived = archived;
        product.Version++;
        db.Entry(product).Property(x => x.Version).OriginalValue = version;
        AuditTrail.Record(db, actor, time.GetUtcNow().UtcDateTime, "Product", product.Id.ToString(), archived ? "Archived" : "Restored",
            product.NameEn, new { IsArchived = !archived }, new { IsArchived = archived });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AdminResult.Conflicted(text["Conflict"]);
        }
        await AfterChangeAsync(product.Id, ct);
        return AdminResult.Ok(product.Id, archived ? text["ArchivedDone"] : text["RestoredDone"]);
    }

    private async Task<(List<ParsedVariant> Variants, AdminResult? Invalid)> ValidateAsync(StorefrontDb db, ProductForm form, Product? existing,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var variants = ProductFormRules.Validate(form, text, errors);
        if (MembersEarlyDate.Problem(form.MembersEarlyUntil, existing?.MembersEarlyUntilUtc, time.GetUtcNow().UtcDateTime, shopZone) is { } problem)
        {
            errors[nameof(form.MembersEarlyUntil)] = earlyText[problem];
        }
        var ownIds = existing?.Variants.Select(v => v.Id).ToHashSet() ?? [];
        if (form.Variants.Any(v => v.Id != 0 && !ownIds.Contains(v.Id)))
        {
            return (variants, AdminResult.Fail(text["VariantNotFound"]));
        }
        if (existing is not null && existing.Variants.Any(v => !form.Variants.Any(f => f.Id == v.Id)))
        {
            errors[nameof(form.Variants)] = text["VariantsCannotBeRemoved"];
        }
        var productId = existing?.Id ?? 0;
        if (!errors.ContainsKey(nameof(form.Slug)) && await db.Products.AnyAsync(p => p.Slug == form.Slug && p.Id != productId, ct))
        {
            errors[nameof(form.Slug)] = text["SlugTaken"];
        }
        if (form.BrandId > 0 && !await db.Brands.AnyAsync(b => b.Id == form.BrandId, ct))
        {
            errors[nameof(form.BrandId)] = text["BrandRequired"];
        }
        if (form.CategoryId > 0 && !await db.Categories.AnyAsync(c => c.Id == form.CategoryId && c.ParentId != null, ct))
        {
            errors[nameof(form.CategoryId)] = text["CategoryRequired"];
        }
        var skus = form.Variants.Select(v => v.Sku?.Trim() ?? "").Where(s => s.Length > 0).ToList();
        var taken = await db.Variants.AsNoTracking().Where(v => skus.Contains(v.Sku) && v.ProductId != productId).Select(v => v.Sku).ToListAsync(ct);
        for (var i = 0; i < form.Variants.Count; i++)
        {
            if (taken.Contains(form.Variants[i].Sku?.Trim() ?? ""))
            {
                errors[$"Variants[{i}].Sku"] = text["SkuTaken", form.Variants[i].Sku.Trim()];
            }
        }
        return errors.Count == 0 ? (variants, null) : (variants, AdminResult.Invalid(text["FixErrors"], errors));
    }

    private async Task AfterChangeAsync(int productId, CancellationToken ct)
    {
        listings.Invalidate();
        await search.IndexProductAsync(productId, ct);
    }

    private static void Apply(ProductForm form, Product product)
    {
        product.Slug = form.Slug.Trim();
        product.NameEn = form.NameEn.Trim();
        product.NameDe = form.NameDe.Trim();
        product.DescriptionEn = form.DescriptionEn.Trim();
        product.DescriptionDe = form.DescriptionDe.Trim();
        product.MaterialEn = form.MaterialEn?.Trim() ?? "";
        product.MaterialDe = form.MaterialDe?.Trim() ?? "";
        product.CareEn = form.CareEn?.Trim() ?? "";
        product.CareDe = form.CareDe?.Trim() ?? "";
        product.Origin = form.Origin?.Trim() ?? "";
        product.BrandId = form.BrandId;
        product.CategoryId = form.CategoryId;
        product.VatRatePercent = form.VatRatePercent;
        product.IsSustainable = form.IsSustainable;
    }

    private static Variant NewVariant(ParsedVariant v)
    {
        var variant = new Variant { Sku = "", Size = "", ColourEn = "", ColourDe = "", ColourHex = "", Version = 1 };
        CopyTo(v, variant);
        return variant;
    }

    private static void CopyTo(ParsedVariant v, Variant variant)
    {
        variant.Sku = v.Form.Sku.Trim();
        variant.Size = v.Form.Size.Trim();
        variant.ColourEn = v.Form.ColourEn.Trim();
        variant.ColourDe = v.Form.ColourDe.Trim();
        variant.ColourHex = v.Form.ColourHex.Trim();
        variant.PriceCents = v.PriceCents;
        variant.CompareAtCents = v.CompareAtCents;
        variant.Stock = v.Stock;
    }

    internal static ProductForm ToForm(Product p) => new()
    {
        Id = p.Id, Version = p.Version, IsArchived = p.IsArchived, Slug = p.Slug, NameEn = p.NameEn, NameDe = p.NameDe,
        DescriptionEn = p.DescriptionEn, DescriptionDe = p.DescriptionDe, MaterialEn = p.MaterialEn, MaterialDe = p.MaterialDe,
        CareEn = p.CareEn, CareDe = p.CareDe, Origin = p.Origin, BrandId = p.BrandId, CategoryId = p.CategoryId,
        VatRatePercent = p.VatRatePercent, IsSustainable = p.IsSustainable,
        Variants = p.Variants.OrderBy(v => v.Id).Select(v => new VariantForm
        {
            Id = v.Id, Version = v.Version, Sku = v.Sku, Size = v.Size, ColourEn = v.ColourEn, ColourDe = v.ColourDe, ColourHex = v.ColourHex,
            Price = ProductFormRules.FormatCents(v.PriceCents),
            CompareAt = v.CompareAtCents is { } c ? ProductFormRules.FormatCents(c) : "",
            Stock = v.Stock.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).ToList(),
    };

    /// <summary>What the audit trail keeps of a product (texts, assignment, flags and every variant).</summary>
    internal sealed record ProductSnapshot(string Slug, string NameEn, string NameDe, string DescriptionEn, string DescriptionDe, int BrandId,
        int CategoryId, int VatRatePercent, bool IsSustainable, bool IsArchived, IReadOnlyList<VariantSnapshot> Variants,
        DateTime? MembersEarlyUntilUtc = null);

    internal sealed record VariantSnapshot(int Id, string Sku, string Size, string ColourEn, long PriceCents, long? CompareAtCents, int Stock);

    internal static ProductSnapshot Snapshot(Product p) => new(p.Slug, p.NameEn, p.NameDe, p.DescriptionEn, p.DescriptionDe, p.BrandId,
        p.CategoryId, p.VatRatePercent, p.IsSustainable, p.IsArchived,
        p.Variants.Select(v => new VariantSnapshot(v.Id, v.Sku, v.Size, v.ColourEn, v.PriceCents, v.CompareAtCents, v.Stock)).ToList(),
        p.MembersEarlyUntilUtc);
}
