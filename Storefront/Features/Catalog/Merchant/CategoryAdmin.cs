using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Storefront.Data;
using Storefront.Features.Admin;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Admin.Products;
using Storefront.Features.Catalog.Browse;

namespace Storefront.Features.Catalog.Merchant;

/// <summary>
/// The merchant's category tree: create, rename, move to another department and order among siblings. The shop has two
/// levels (departments and their subcategories), so a parent must be a department and a department that has
/// subcategories cannot move under another; that also rules out every cycle.
/// </summary>
public sealed class CategoryAdmin(
    IDbContextFactory<StorefrontDb> dbFactory,
    IStringLocalizer<AdminText> text,
    IStringLocalizer<AdminSettingsText> settingsText,
    TimeProvider time,
    ListingIndex listings,
    IMemoryCache cache)
{
    public async Task<IReadOnlyList<CategoryTreeNode>> TreeAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var all = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Slug, c.NameEn, c.NameDe, c.ParentId, c.SizeKind, Products = db.Products.Count(p => p.CategoryId == c.Id) })
            .ToListAsync(ct);
        return all.Where(c => c.ParentId is null)
            .Select(d => new CategoryTreeNode(d.Id, d.Slug, d.NameEn, d.NameDe, null, d.SizeKind, d.Products,
                all.Where(c => c.ParentId == d.Id).Select(c => new CategoryTreeNode(c.Id, c.Slug, c.NameEn, c.NameDe, c.ParentId, c.SizeKind, c.Products, [])).ToList()))
            .ToList();
    }

    public async Task<CategoryForm?> EditAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Categories.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CategoryForm { Id = c.Id, Slug = c.Slug, NameEn = c.NameEn, NameDe = c.NameDe, ParentId = c.ParentId, SizeKind = c.SizeKind })
            .FirstOrDefaultAsync(ct);
    }

    public async Task<AdminResult> SaveAsync(ClaimsPrincipal user, CategoryForm form, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is not { } actor)
        {
            return AdminResult.Fail(text["NotAllowed"]);
        }
        var errors = new Dictionary<string, string>();
        CatalogAdminRules.Text(errors, text, nameof(form.NameEn), form.NameEn, CatalogAdminRules.MaxNameLength, true);
        CatalogAdminRules.Text(errors, text, nameof(form.NameDe), form.NameDe, CatalogAdminRules.MaxNameLength, true);
        if (CatalogAdminRules.Slug(form.Slug, out var slug) is { } slugProblem)
        {
            errors[nameof(form.Slug)] = settingsText[slugProblem, CatalogAdminRules.MaxSlugLength];
        }
        if (!Enum.IsDefined(form.SizeKind))
        {
            errors[nameof(form.SizeKind)] = settingsText["SizeKindInvalid"];
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        Category? category = null;
        if (form.Id != 0 && (category = await db.Categories.FirstOrDefaultAsync(c => c.Id == form.Id, ct)) is null)
        {
            return AdminResult.Fail(settingsText["CategoryNotFound"]);
        }
        if (!errors.ContainsKey(nameof(form.Slug)) && await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != form.Id, ct))
        {
            errors[nameof(form.Slug)] = settingsText["CatalogSlugTaken", slug];
        }
        if (form.ParentId is { } parentId)
        {
            var parent = await db.Categories.AsNoTracking().Where(c => c.Id == parentId).Select(c => new { c.ParentId }).FirstOrDefaultAsync(ct);
            if (parentId == form.Id)
            {
                errors[nameof(form.ParentId)] = settingsText["CategoryOwnParent"];
            }
            else if (parent is null || parent.ParentId is not null)
            {
                errors[nameof(form.ParentId)] = settingsText["CategoryParentNotDepartment"];
            }
            else if (form.Id != 0 && await db.Categories.AnyAsync(c => c.ParentId == form.Id, ct))
            {
                errors[nameof(form.ParentId)] = settingsText["CategoryHasChildren"];
            }
        }
        if (errors.Count > 0)
        {
            return AdminResult.Invalid(text["FixErrors"], errors);
        }

        var before = category is null ? null : Snapshot(category);
        var moved = category is null || category.ParentId != form.ParentId;
        category ??= db.Categories.Add(new Category { Slug = slug, NameEn = "", NameDe = "" }).Entity;
        (category.Slug, category.NameEn, category.NameDe, category.SizeKind) = (slug, form.NameEn.Trim(), form.NameDe.Trim(), form.SizeKind);
        if (moved)
        {
            // Joins its new siblings at the end.
            category.ParentId = form.ParentId;
            category.SortOrder = 1 + (await db.Categories.Where(c => c.ParentId == form.ParentId && c.Id != category.Id)
                .MaxAsync(c => (int?)c.SortOrder, ct) ?? 0);
        }
        var now = time.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        AuditTrail.Record(db, actor, now, "Category", category.Id.ToString(CultureInfo.InvariantCulture), before is null ? "Created" : moved ? "Moved" : "Updated",
            category.NameEn, before, Snapshot(category));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        ShopChanged();
        return AdminResult.Ok(category.Id, before is null ? settingsText["CategoryCreated", category.NameEn] : text["Saved"]);
    }

    /// <summary>Swaps the category with its previous (<paramref name="up"/>) or next sibling.</summary>
    public async Task<AdminResult> MoveAsync(ClaimsPrincipal user, int id, bool up, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is not { } actor)
        {
            return AdminResult.Fail(text["NotAllowed"]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } category)
        {
            return AdminResult.Fail(settingsText["CategoryNotFound"]);
        }
        var siblings = await db.Categories.Where(c => c.ParentId == category.ParentId).OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);
        var index = siblings.FindIndex(c => c.Id == id);
        var other = index + (up ? -1 : 1);
        if (other < 0 || other >= siblings.Count)
        {
            return AdminResult.Fail(settingsText[up ? "CategoryAlreadyFirst" : "CategoryAlreadyLast"]);
        }
        var before = siblings.Select(c => c.Id).ToList();
        (siblings[index], siblings[other]) = (siblings[other], siblings[index]);
        // Renumbered 1..n, so earlier ties or gaps cannot make the order ambiguous.
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].SortOrder = i + 1;
        }
        AuditTrail.Record(db, actor, time.GetUtcNow().UtcDateTime, "Category", id.ToString(CultureInfo.InvariantCulture), "Reordered", category.NameEn,
            new { Order = before }, new { Order = siblings.Select(c => c.Id).ToList() });
        await db.SaveChangesAsync(ct);
        ShopChanged();
        return AdminResult.Ok(id, text["Saved"]);
    }

    private void ShopChanged()
    {
        listings.Invalidate();
        cache.Remove(CatalogService.DepartmentsCacheKey);
    }

    private static object Snapshot(Category c) => new { c.Slug, c.NameEn, c.NameDe, c.ParentId, c.SortOrder, SizeKind = c.SizeKind.ToString() };
}
