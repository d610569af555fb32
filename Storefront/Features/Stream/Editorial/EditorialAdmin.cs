using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Storefront.Data;
using Storefront.Features.Admin;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Loyalty;
using Storefront.Localization;

namespace Storefront.Features.Stream.Editorial;

public sealed record EditorialRow(int Id, EditorialKind Kind, string Title, EditorialAudience Audience, DateTime StartsAtUtc, DateTime EndsAtUtc, bool IsActive);

public sealed record EditorialTarget(int Id, string Name);

/// <summary>What the editor's audience choices offer.</summary>
public sealed record EditorialTargets(IReadOnlyList<EditorialTarget> Departments, IReadOnlyList<EditorialTarget> Categories,
    IReadOnlyList<EditorialTarget> Brands, IReadOnlyList<string> Tiers);

public sealed record EditorialSaveResult(bool Succeeded, IReadOnlyDictionary<string, string> Errors, int Id = 0)
{
    public static EditorialSaveResult Refused(string message) => new(false, new Dictionary<string, string> { [""] = message });
}

/// <summary>
/// The merchant's editorial cards: list, load, save (create or edit), switch on and off. Every command checks the
/// Merchant role, validates with <see cref="EditorialRules"/> and writes the change with its audit entry in one
/// SaveChanges; then the cached anonymous stream is dropped so the change shows at once.
/// </summary>
public sealed class EditorialAdmin(
    IDbContextFactory<StorefrontDb> dbFactory,
    IStringLocalizer<StreamCardsText> text,
    IOptions<LoyaltyOptions> loyalty,
    IWebHostEnvironment environment,
    IMemoryCache cache,
    TimeProvider time)
{
    public const string AuditType = "EditorialCard";

    public async Task<IReadOnlyList<EditorialRow>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is null)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Set<EditorialCard>().AsNoTracking().OrderByDescending(e => e.StartsAtUtc).ThenByDescending(e => e.Id)
            .Select(e => new { e.Id, e.Kind, e.TitleEn, e.TitleDe, e.Audience, e.StartsAtUtc, e.EndsAtUtc, e.IsActive })
            .ToListAsync(ct);
        return rows.Select(r => new EditorialRow(r.Id, r.Kind, Cultures.Pick(r.TitleEn, r.TitleDe), r.Audience, r.StartsAtUtc, r.EndsAtUtc, r.IsActive)).ToList();
    }

    public async Task<EditorialForm?> GetAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is null)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<EditorialCard>().AsNoTracking().Where(e => e.Id == id)
            .Select(e => new EditorialForm
            {
                Id = e.Id, Kind = e.Kind, TitleEn = e.TitleEn, TitleDe = e.TitleDe, BodyEn = e.BodyEn, BodyDe = e.BodyDe,
                ImagePath = e.ImagePath, Link = e.Link, Audience = e.Audience, TargetId = e.TargetId, TargetTier = e.TargetTier,
                StartsAt = e.StartsAtUtc, EndsAt = e.EndsAtUtc, IsActive = e.IsActive,
            })
            .FirstOrDefaultAsync(ct);
    }

    public async Task<EditorialTargets> TargetsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.NameEn, c.NameDe, c.ParentId }).ToListAsync(ct);
        var brands = await db.Brands.AsNoTracking().OrderBy(b => b.Name).Select(b => new EditorialTarget(b.Id, b.Name)).ToListAsync(ct);
        return new EditorialTargets(
            categories.Where(c => c.ParentId is null).Select(c => new EditorialTarget(c.Id, Cultures.Pick(c.NameEn, c.NameDe))).ToList(),
            categories.Where(c => c.ParentId is not null).Select(c => new EditorialTarget(c.Id, Cultures.Pick(c.NameEn, c.NameDe))).ToList(),
            brands, loyalty.Value.Tiers.Select(t => t.Name).ToList());
    }

    public async Task<EditorialSaveResult> SaveAsync(ClaimsPrincipal user, EditorialForm form, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is not { } actor)
        {
            return EditorialSaveResult.Refused(text["EditorialMerchantsOnly"]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var target = form.TargetId;
        bool TargetExists(int id) => form.Audience switch
        {
            EditorialAudience.DepartmentBuyers => db.Categories.Any(c => c.Id == id && c.ParentId == null),
            EditorialAudience.CategoryBuyers => db.Categories.Any(c => c.Id == id && c.ParentId != null),
            EditorialAudience.FavouriteBrand => db.Brands.Any(b => b.Id == id),
            _ => false,
        };
        var errors = EditorialRules.Validate(form, AssetExists, TargetExists, loyalty.Value.Tiers.Select(t => t.Name).ToList(), text);
        if (errors.Count > 0)
        {
            return new EditorialSaveResult(false, errors);
        }
        var card = form.Id == 0 ? null : await db.Set<EditorialCard>().FirstOrDefaultAsync(e => e.Id == form.Id, ct);
        if (form.Id != 0 && card is null)
        {
            return EditorialSaveResult.Refused(text["EditorialUnknown"]);
        }
        var before = card is null ? null : Snapshot(card);
        card ??= db.Set<EditorialCard>().Add(new EditorialCard { TitleEn = "", TitleDe = "", BodyEn = "", BodyDe = "" }).Entity;
        card.Kind = form.Kind;
        card.TitleEn = form.TitleEn!.Trim();
        card.TitleDe = form.TitleDe!.Trim();
        card.BodyEn = form.BodyEn?.Trim() ?? "";
        card.BodyDe = form.BodyDe?.Trim() ?? "";
        card.ImagePath = EditorialRules.NormalisedImage(form.ImagePath);
        card.Link = EditorialRules.Normalised(form.Link);
        card.Audience = form.Audience;
        card.TargetId = form.Audience is EditorialAudience.DepartmentBuyers or EditorialAudience.CategoryBuyers or EditorialAudience.FavouriteBrand ? target : null;
        card.TargetTier = form.Audience == EditorialAudience.LoyaltyTier ? form.TargetTier!.Trim() : null;
        card.StartsAtUtc = Utc(form.StartsAt!.Value);
        card.EndsAtUtc = Utc(form.EndsAt!.Value);
        card.IsActive = form.IsActive;
        card.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        // The entry needs the new card's id: save the card, then its entry, in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        AuditTrail.Record(db, actor, card.UpdatedAtUtc, AuditType, card.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            before is null ? "Create" : "Update", $"Editorial card \"{card.TitleEn}\" ({card.Audience})", before, Snapshot(card));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        cache.Remove(ShoppingStream.ColdStartCacheKey);
        return new EditorialSaveResult(true, new Dictionary<string, string>(), card.Id);
    }

    public async Task<EditorialSaveResult> SetActiveAsync(ClaimsPrincipal user, int id, bool active, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is not { } actor)
        {
            return EditorialSaveResult.Refused(text["EditorialMerchantsOnly"]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Set<EditorialCard>().FirstOrDefaultAsync(e => e.Id == id, ct) is not { } card)
        {
            return EditorialSaveResult.Refused(text["EditorialUnknown"]);
        }
        if (card.IsActive != active)
        {
            var before = Snapshot(card);
            card.IsActive = active;
            card.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
            AuditTrail.Record(db, actor, card.UpdatedAtUtc, AuditType, id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                active ? "SwitchOn" : "SwitchOff", $"Editorial card \"{card.TitleEn}\" switched {(active ? "on" : "off")}", before, Snapshot(card));
            await db.SaveChangesAsync(ct);
            cache.Remove(ShoppingStream.ColdStartCacheKey);
        }
        return new EditorialSaveResult(true, new Dictionary<string, string>(), id);
    }

    /// <summary>Under wwwroot-assets on disk (uploads included) or among the app's static assets.</summary>
    private bool AssetExists(string path) =>
        File.Exists(Path.Combine(environment.ContentRootPath, "..", "wwwroot-assets", path))
        || environment.WebRootFileProvider.GetFileInfo("assets/" + path).Exists;

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private static object Snapshot(EditorialCard c) => new
    {
        c.Kind, c.TitleEn, c.TitleDe, c.BodyEn, c.BodyDe, c.ImagePath, c.Link, c.Audience, c.TargetId, c.TargetTier,
        c.StartsAtUtc, c.EndsAtUtc, c.IsActive,
    };
}
