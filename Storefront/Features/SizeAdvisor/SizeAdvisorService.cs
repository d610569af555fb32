using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog;
using Storefront.Features.Orders.Returns;
using Storefront.Features.SizeAdvisor.Engine;
using Storefront.Localization;

namespace Storefront.Features.SizeAdvisor;

public sealed record AdvisedVariant(int VariantId, string Size, string Colour, string ColourHex, int Stock)
{
    public bool InStock => Stock > 0;
}

/// <summary>Everything the advisor needs about one product, loaded once when it opens.</summary>
public sealed record AdvisorSetup(
    int ProductId,
    SizeKind Kind,
    RidingStyle DefaultStyle,
    SizeChart? Chart,
    IReadOnlyList<ChartProblem> ChartProblems,
    FitOffset Offset,
    string? BrandNote,
    IReadOnlyList<AdvisedVariant> Variants)
{
    /// <summary>A chart the advisor can use: present and without merchant errors.</summary>
    public bool CanAdvise => Kind != SizeKind.None && Chart is not null && ChartProblems.Count == 0;
}

/// <summary>What the product page's slot shows before the advisor opens.</summary>
public sealed record AdvisorSlotView(SizeKind Kind, bool CanAdvise, string? YourSize, FitProfileView? Profile);

public sealed record AdvisorOutcome(AdviceView? Advice, IReadOnlyDictionary<string, string> Errors);

/// <summary>The size advisor's reads: a product's chart, feedback offset and variants, and the advice itself.</summary>
public sealed class SizeAdvisorService(IDbContextFactory<StorefrontDb> dbFactory, FitFormReader reader, SizeAdviceWriter writer, FitProfiles profiles)
{
    public static RidingStyle DefaultStyle(string? categorySlug) => categorySlug switch
    {
        "gravel-bikes" => RidingStyle.Gravel,
        "mountain-bikes" => RidingStyle.Mountain,
        "city-trekking-bikes" => RidingStyle.CityTrekking,
        _ => RidingStyle.Road,
    };

    public async Task<AdvisorSetup?> SetupAsync(int productId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await db.Products.AsNoTracking()
            .Where(p => p.Id == productId && !p.IsArchived)
            .Select(p => new
            {
                p.BrandId, p.CategoryId, p.Category!.Slug, p.Category.SizeKind,
                Small = p.Reviews.Count(r => r.Fit == FitAnswer.RunsSmall),
                TrueToSize = p.Reviews.Count(r => r.Fit == FitAnswer.TrueToSize),
                Large = p.Reviews.Count(r => r.Fit == FitAnswer.RunsLarge),
                ReturnedSmall = db.Set<ReturnLine>().Count(r => r.ProductId == p.Id && r.Reason == ReturnReason.TooSmall),
                ReturnedLarge = db.Set<ReturnLine>().Count(r => r.ProductId == p.Id && r.Reason == ReturnReason.TooLarge),
                Variants = p.Variants.OrderBy(v => v.Id)
                    .Select(v => new { v.Id, v.Size, v.ColourEn, v.ColourDe, v.ColourHex, v.Stock }).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (product is null)
        {
            return null;
        }
        var chart = product.SizeKind == SizeKind.None ? null : await db.SizeCharts.AsNoTracking().Include(c => c.Rows)
            .FirstOrDefaultAsync(c => c.BrandId == product.BrandId && c.CategoryId == product.CategoryId, ct);
        var problems = chart is null ? [] : SizeChartValidator.Validate(chart);
        if (chart is not null && chart.Kind != product.SizeKind)
        {
            problems = [.. problems, new ChartProblem(ChartProblemKind.MissingRange)];
        }
        var sized = new SizedProduct(productId, product.BrandId, product.CategoryId, product.Slug, product.SizeKind, product.Small, product.TrueToSize, product.Large,
            product.ReturnedSmall, product.ReturnedLarge);
        var note = chart is null || (chart.NoteEn is null && chart.NoteDe is null) ? null : Cultures.Pick(chart.NoteEn ?? chart.NoteDe!, chart.NoteDe ?? chart.NoteEn!);
        return new AdvisorSetup(productId, product.SizeKind, DefaultStyle(product.Slug), chart, problems, sized.Offset, note,
            product.Variants.Select(v => new AdvisedVariant(v.Id, v.Size, Cultures.Pick(v.ColourEn, v.ColourDe), v.ColourHex, v.Stock)).ToList());
    }

    /// <summary>Checks the form and, when it is fine, recommends a size. Never guesses: bad input gives field errors.</summary>
    public AdvisorOutcome Advise(AdvisorSetup setup, FitForm form)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (!setup.CanAdvise)
        {
            return new AdvisorOutcome(null, new Dictionary<string, string> { [FitField.Form] = writer.Unavailable(setup) });
        }
        var read = reader.Read(setup.Kind, form);
        if (!read.IsValid)
        {
            return new AdvisorOutcome(null, read.Errors);
        }
        var recommendation = FitEngine.Recommend(setup.Chart!, read.Measurements!, setup.Offset);
        return new AdvisorOutcome(writer.Write(setup, recommendation), read.Errors);
    }

    /// <summary>For the static product page: can the advisor help here, and the shopper's size if a profile says so.</summary>
    public async Task<AdvisorSlotView> SlotAsync(int productId, string? ownerKey, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await FitProfiles.SizedProducts(db, p => p.Id == productId).FirstOrDefaultAsync(ct);
        if (product is null)
        {
            return new AdvisorSlotView(SizeKind.None, false, null, null);
        }
        var charts = await FitProfiles.ChartsForAsync(db, [product], ct);
        var chart = charts.FirstOrDefault(c => c.BrandId == product.BrandId && c.CategoryId == product.CategoryId);
        var canAdvise = chart is not null && chart.Kind == product.Kind && SizeChartValidator.Validate(chart).Count == 0;
        var profile = canAdvise ? await profiles.GetAsync(ownerKey, ct) : null;
        var yourSize = profile is null ? null : FitProfiles.YourSize(profile, product, charts);
        return new AdvisorSlotView(product.Kind, canAdvise, yourSize, profile);
    }
}
