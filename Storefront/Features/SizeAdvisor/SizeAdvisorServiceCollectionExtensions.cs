namespace Storefront.Features.SizeAdvisor;

public static class SizeAdvisorServiceCollectionExtensions
{
    public static WebApplicationBuilder AddSizeAdvisor(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<FitFormReader>();
        services.AddScoped<SizeAdviceWriter>();
        services.AddScoped<Merchant.SizeChartAdmin>();
        services.AddScoped<SizeAdvisorService>();
        services.AddScoped<FitProfiles>();
        services.AddScoped<BackInStockRequests>();
        return builder;
    }
}
