using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Data;
using Storefront.Features.Admin;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Admin.Products;
using Storefront.Features.Catalog.Browse;

namespace Storefront.Features.Catalog.Merchant;

/// <summary>The merchant's brands: name, slug, origin, colour and the story in English and German.</summary>
public sealed class BrandAdmin(
    IDbContextFactory<StorefrontDb> dbFactory,
    IStringLocalizer<AdminText> text,
    IStringLocalizer<AdminSettingsText> settingsText,
    TimeProvider time,
    ListingIndex listings)
{
    public async Task<IReadOnlyList<BrandRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Brands.AsNoTracking().OrderBy(b => b.Name)
            .Select(b => new BrandRow(b.Id, b.Slug, b.Name, b.Country, db.Products.Count(p => p.BrandId == b.Id && !p.IsArchived),
                b.DescriptionDe != null && b.DescriptionDe != ""))
            .ToListAsync(ct);
    }

    public async Task<BrandForm?> EditAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Brands.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new BrandForm
            {
                Id = b.Id, Name = b.Name, Slug = b.Slug, Country = b.Country, Colour = b.Colour, DescriptionEn = b.Description ?? "",
                DescriptionDe = b.DescriptionDe ?? "",
            })
            .FirstOrDefaultAsync(ct);
    }

    public async Task<AdminResult> SaveAsync(ClaimsPrincipal user, BrandForm form, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is not { } actor)
        {
            return AdminResult.Fail(text["NotAllowed"]);
        }
        var errors = new Dictionary<string, string>();
        CatalogAdminRules.Text(errors, text, nameof(form.Name), form.Name, CatalogAdminRules.MaxNameLength, true);
        CatalogAdminRules.Text(errors, text, nameof(form.Country), form.Country, 60, true);
        CatalogAdminRules.Text(errors, text, nameof(form.DescriptionEn), form.DescriptionEn, CatalogAdminRules.MaxStoryLength, false);
        CatalogAdminRules.Text(errors, text, nameof(form.DescriptionDe), form.DescriptionDe, CatalogAdminRules.MaxStoryLength, false);
        if (CatalogAdminRules.Slug(form.Slug, out var slug) is { } slugProblem)
        {
            errors[nameof(form.Slug)] = settingsText[slugProblem, CatalogAdminRules.MaxSlugLength];
        }
        if (!CatalogAdminRules.IsColour(form.Colour))
        {
            errors[nameof(form.Colour)] = text["ColourHexInvalid"];
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        Brand? brand = null;
        if (form.Id != 0 && (brand = await db.Brands.FirstOrDefaultAsync(b => b.Id == form.Id, ct)) is null)
        {
            return AdminResult.Fail(settingsText["BrandNotFound"]);
        }
        if (!errors.ContainsKey(nameof(form.Slug)) && await db.Brands.AnyAsync(b => b.Slug == slug && b.Id != form.Id, ct))
        {
            errors[nameof(form.Slug)] = settingsText["CatalogSlugTaken", slug];
        }
        if (errors.Count > 0)
        {
            return AdminResult.Invalid(text["FixErrors"], errors);
        }

        var before = brand is null ? null : Snapshot(brand);
        brand ??= db.Brands.Add(new Brand { Slug = slug, Name = "", Country = "", Colour = "" }).Entity;
        brand.Slug = slug;
        brand.Name = form.Name.Trim();
        brand.Country = form.Country.Trim();
        brand.Colour = form.Colour.Trim().ToLowerInvariant();
        brand.Description = Blank(form.DescriptionEn);
        brand.DescriptionDe = Blank(form.DescriptionDe);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        AuditTrail.Record(db, actor, time.GetUtcNow().UtcDateTime, "Brand", brand.Id.ToString(CultureInfo.InvariantCulture),
            before is null ? "Created" : "Updated", brand.Name, before, Snapshot(brand));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        // The listing snapshot carries brand names and slugs for the facets.
        listings.Invalidate();
        return AdminResult.Ok(brand.Id, before is null ? settingsText["BrandCreated", brand.Name] : text["Saved"]);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static object Snapshot(Brand b) => new { b.Slug, b.Name, b.Country, b.Colour, b.Description, b.DescriptionDe };
}
