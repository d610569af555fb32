using Microsoft.EntityFrameworkCore;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Orders;

namespace Storefront.Features.Admin;

public sealed record AdminSummary(int Products, int SoldOutVariants, int OrdersLast30Days, Money RevenueLast30Days, int Customers);

/// <summary>The figures on the merchant's start page (the admin issue grows this into the KPI dashboard).</summary>
public sealed class AdminOverview(IDbContextFactory<StorefrontDb> dbFactory, TimeProvider time)
{
    public async Task<AdminSummary> SummaryAsync(CancellationToken ct = default)
    {
        var since = time.GetUtcNow().UtcDateTime.AddDays(-30);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var recentOrders = db.Orders.AsNoTracking()
            .Where(o => o.PlacedAtUtc >= since && o.Status != OrderStatus.Cancelled);
        return new AdminSummary(
            await db.Products.CountAsync(p => !p.IsArchived, ct),
            await db.Variants.CountAsync(v => v.Stock == 0, ct),
            await recentOrders.CountAsync(ct),
            new Money(await recentOrders.SumAsync(o => o.TotalCents, ct)),
            await db.Orders.Where(o => o.UserId != null).Select(o => o.UserId).Distinct().CountAsync(ct));
    }
}

public static class AdminServiceCollectionExtensions
{
    public static WebApplicationBuilder AddAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AdminOverview>();
        builder.Services.AddScoped<Audit.AuditTrail>();
        builder.Services.AddScoped<Products.ProductAdmin>();
        builder.Services.AddScoped<Products.BulkPricing>();
        builder.Services.AddScoped<Products.ProductImages>();
        builder.Services.AddScoped<Orders.OrderAdmin>();
        builder.Services.AddScoped<Kpis.KpiService>();
        builder.Services.AddScoped<Orders.ReturnAdmin>();
        builder.Services.Configure<Products.ProductImageOptions>(builder.Configuration.GetSection("Admin:Images"));
        return builder;
    }
}
