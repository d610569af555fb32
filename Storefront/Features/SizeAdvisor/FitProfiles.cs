using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog;
using Storefront.Features.Orders.Returns;
using Storefront.Features.SizeAdvisor.Engine;

namespace Storefront.Features.SizeAdvisor;

/// <summary>A shopper's saved measurements (lengths in mm).</summary>
public sealed record FitProfileView(
    int? HeightMm, double? WeightKg, int? ChestMm, int? WaistMm, int? HipMm, int? FootLengthMm, int? InseamMm,
    FitPreference Preference, RidingStyle? Style, DateTime UpdatedAtUtc)
{
    /// <summary>The measurements for a kind of product, or null when the profile lacks what that kind needs.</summary>
    public FitMeasurements? For(SizeKind kind, RidingStyle defaultStyle) => kind switch
    {
        SizeKind.Clothing when HeightMm is { } h && WeightKg is { } w => new ClothingMeasurements(h, w, ChestMm, WaistMm, HipMm, Preference),
        SizeKind.Shoe when FootLengthMm is { } f => new ShoeMeasurements(f),
        SizeKind.Frame when InseamMm is { } i && HeightMm is { } h => new FrameMeasurements(i, h, Style ?? defaultStyle),
        _ => null,
    };
}

/// <summary>The shopper's size for one brand in a category (for the stream: "respect the shopper's saved sizes").</summary>
public sealed record BrandSize(int BrandId, string BrandName, string Size);

public sealed record FitProfileResult(bool Succeeded, IReadOnlyDictionary<string, string> Errors)
{
    public static readonly FitProfileResult Ok = new(true, new Dictionary<string, string>());
}

/// <summary>
/// Fit profiles per owner key: read, save, delete, move at sign-in, and "your size" for products and categories.
/// The public API for the stream: <see cref="GetAsync"/>, <see cref="SizesForProductsAsync"/>,
/// <see cref="SizesForCategoryAsync"/>.
/// </summary>
public sealed class FitProfiles(IDbContextFactory<StorefrontDb> dbFactory, FitFormReader reader, TimeProvider time)
{
    public async Task<FitProfileView?> GetAsync(string? ownerKey, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(ownerKey))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<FitProfile>().AsNoTracking()
            .Where(p => p.OwnerKey == ownerKey)
            .Select(p => new FitProfileView(p.HeightMm, p.WeightHg / 10.0, p.ChestMm, p.WaistMm, p.HipMm, p.FootLengthMm, p.InseamMm,
                p.Preference, p.RidingStyle, p.UpdatedAtUtc))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Saves what the form holds, replacing the whole profile; empty fields clear that measurement.</summary>
    public async Task<FitProfileResult> SaveAsync(string ownerKey, FitForm form, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerKey);
        var (values, errors) = reader.ReadProfile(form);
        if (values is null)
        {
            return new FitProfileResult(false, errors);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await db.Set<FitProfile>().FirstOrDefaultAsync(p => p.OwnerKey == ownerKey, ct);
        if (profile is null)
        {
            profile = new FitProfile { OwnerKey = ownerKey };
            db.Add(profile);
        }
        profile.HeightMm = values.HeightMm;
        profile.WeightHg = values.WeightKg is { } kg ? (int)Math.Round(kg * 10) : null;
        profile.ChestMm = values.ChestMm;
        profile.WaistMm = values.WaistMm;
        profile.HipMm = values.HipMm;
        profile.FootLengthMm = values.FootLengthMm;
        profile.InseamMm = values.InseamMm;
        profile.Preference = values.Preference;
        profile.RidingStyle = values.Style;
        profile.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return FitProfileResult.Ok;
    }

    public async Task<bool> DeleteAsync(string ownerKey, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerKey);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<FitProfile>().Where(p => p.OwnerKey == ownerKey).ExecuteDeleteAsync(ct) > 0;
    }

    /// <summary>
    /// "Your size" per product for a page of products: the profile, the products' fit evidence, their charts — three
    /// queries however many products. Products without a usable chart, or a profile without the needed
    /// measurements, are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, string>> SizesForProductsAsync(string? ownerKey, IReadOnlyCollection<int> productIds, CancellationToken ct = default)
    {
        if (productIds.Count == 0 || await GetAsync(ownerKey, ct) is not { } profile)
        {
            return new Dictionary<int, string>();
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ids = productIds.Distinct().ToList();
        var products = await SizedProducts(db, p => ids.Contains(p.Id)).ToListAsync(ct);
        var charts = await ChartsForAsync(db, products, ct);
        var sizes = new Dictionary<int, string>();
        foreach (var product in products)
        {
            if (YourSize(profile, product, charts) is { } size)
            {
                sizes[product.ProductId] = size;
            }
        }
        return sizes;
    }

    /// <summary>The shopper's size per brand that has a chart in this category (no product feedback applied).</summary>
    public async Task<IReadOnlyList<BrandSize>> SizesForCategoryAsync(string? ownerKey, int categoryId, CancellationToken ct = default)
    {
        if (await GetAsync(ownerKey, ct) is not { } profile)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var charts = await db.SizeCharts.AsNoTracking().Include(c => c.Rows)
            .Where(c => c.CategoryId == categoryId)
            .ToListAsync(ct);
        var category = await db.Categories.AsNoTracking().Where(c => c.Id == categoryId).Select(c => c.Slug).FirstOrDefaultAsync(ct);
        var brands = await db.Brands.AsNoTracking().Where(b => charts.Select(c => c.BrandId).Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var result = new List<BrandSize>();
        foreach (var chart in charts.OrderBy(c => brands.GetValueOrDefault(c.BrandId)))
        {
            if (SizeChartValidator.Validate(chart).Count == 0
                && profile.For(chart.Kind, SizeAdvisorService.DefaultStyle(category)) is { } measurements)
            {
                result.Add(new BrandSize(chart.BrandId, brands.GetValueOrDefault(chart.BrandId) ?? "", FitEngine.Recommend(chart, measurements).Size));
            }
        }
        return result;
    }

    /// <summary>Part of the sign-in merge (<c>ShopperMerge</c>), inside its transaction: the newer profile wins.</summary>
    internal static async Task<int> MergeAsync(StorefrontDb db, string anonymousKey, string userKey, CancellationToken ct)
    {
        var profiles = await db.Set<FitProfile>()
            .Where(p => p.OwnerKey == anonymousKey || p.OwnerKey == userKey)
            .ToListAsync(ct);
        var anonymous = profiles.FirstOrDefault(p => p.OwnerKey == anonymousKey);
        if (anonymous is null)
        {
            return 0;
        }
        var account = profiles.FirstOrDefault(p => p.OwnerKey == userKey);
        if (account is not null && account.UpdatedAtUtc >= anonymous.UpdatedAtUtc)
        {
            db.Remove(anonymous);
            return 0;
        }
        if (account is not null)
        {
            db.Remove(account);
            // The unique owner index must not see two rows for the account at once.
            await db.SaveChangesAsync(ct);
        }
        anonymous.OwnerKey = userKey;
        return 1;
    }

    internal static IQueryable<SizedProduct> SizedProducts(StorefrontDb db, Expression<Func<Product, bool>> filter) =>
        db.Products.AsNoTracking()
            .Where(filter)
            .Where(p => p.Category!.SizeKind != SizeKind.None)
            .Select(p => new SizedProduct(
                p.Id, p.BrandId, p.CategoryId, p.Category!.Slug, p.Category.SizeKind,
                p.Reviews.Count(r => r.Fit == FitAnswer.RunsSmall),
                p.Reviews.Count(r => r.Fit == FitAnswer.TrueToSize),
                p.Reviews.Count(r => r.Fit == FitAnswer.RunsLarge),
                db.Set<ReturnLine>().Count(r => r.ProductId == p.Id && r.Reason == ReturnReason.TooSmall),
                db.Set<ReturnLine>().Count(r => r.ProductId == p.Id && r.Reason == ReturnReason.TooLarge)));

    internal static async Task<List<SizeChart>> ChartsForAsync(StorefrontDb db, IReadOnlyCollection<SizedProduct> products, CancellationToken ct)
    {
        var brandIds = products.Select(p => p.BrandId).Distinct().ToList();
        var categoryIds = products.Select(p => p.CategoryId).Distinct().ToList();
        return await db.SizeCharts.AsNoTracking().Include(c => c.Rows)
            .Where(c => brandIds.Contains(c.BrandId) && categoryIds.Contains(c.CategoryId))
            .ToListAsync(ct);
    }

    internal static string? YourSize(FitProfileView profile, SizedProduct product, IEnumerable<SizeChart> charts)
    {
        var chart = charts.FirstOrDefault(c => c.BrandId == product.BrandId && c.CategoryId == product.CategoryId);
        if (chart is null || chart.Kind != product.Kind || SizeChartValidator.Validate(chart).Count > 0
            || profile.For(product.Kind, SizeAdvisorService.DefaultStyle(product.CategorySlug)) is not { } measurements)
        {
            return null;
        }
        return FitEngine.Recommend(chart, measurements, product.Offset).Size;
    }
}

/// <summary>A sized product with what the advisor needs to know about it, read in one query.</summary>
internal sealed record SizedProduct(
    int ProductId, int BrandId, int CategoryId, string CategorySlug, SizeKind Kind, int RunsSmall, int TrueToSize, int RunsLarge,
    int ReturnedTooSmall = 0, int ReturnedTooLarge = 0)
{
    /// <summary>
    /// Review fit answers and return reasons as evidence. Each returned line with "too small"/"too large" is one
    /// customer's verdict (whatever the quantity), weighted 1.5 by <see cref="FitFeedback.Weight"/>.
    /// </summary>
    public FitOffset Offset => FitFeedback.Offset(
    [
        new(FitEvidenceSource.Review, FitVerdict.TooSmall, RunsSmall),
        new(FitEvidenceSource.Review, FitVerdict.TrueToSize, TrueToSize),
        new(FitEvidenceSource.Review, FitVerdict.TooLarge, RunsLarge),
        new(FitEvidenceSource.Return, FitVerdict.TooSmall, ReturnedTooSmall),
        new(FitEvidenceSource.Return, FitVerdict.TooLarge, ReturnedTooLarge),
    ]);
}
