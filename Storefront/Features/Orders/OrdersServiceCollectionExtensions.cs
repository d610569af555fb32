namespace Storefront.Features.Orders;

public static class OrdersServiceCollectionExtensions
{
    /// <summary>Order history, the order page with its timeline, re-ordering, returns.</summary>
    public static WebApplicationBuilder AddOrders(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OrderHistory>();
        builder.Services.AddScoped<OrderTracking>();
        builder.Services.AddScoped<Returns.ReturnsService>();
        return builder;
    }
}
