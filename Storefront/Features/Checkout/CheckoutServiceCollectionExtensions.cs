using Storefront.Features.Checkout.FreeShipping;
using Storefront.Features.Checkout.Payments;

namespace Storefront.Features.Checkout;

public static class CheckoutServiceCollectionExtensions
{
    /// <summary>Checkout steps, shipping rules and the free-shipping bar, payment providers and order placement.</summary>
    public static WebApplicationBuilder AddCheckout(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ShippingOptions>().BindConfiguration(ShippingOptions.Section)
            .Validate(o => o.IsValid(out _), "The Shipping section of appsettings.json has invalid costs or lead times (see ShippingOptions).")
            .ValidateOnStart();
        builder.Services.AddSingleton<Shipping.LiveShippingSettings>();
        builder.Services.AddSingleton<ShippingRules>();
        // Replaces the product page's estimator (registered by AddProductPage, which runs first) so its "arrives by"
        // follows the merchant's standard lead times too.
        builder.Services.AddScoped(sp => new Catalog.ProductPage.DeliveryEstimator(
            sp.GetRequiredService<Shipping.LiveShippingSettings>().Current.Delivery, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddScoped<Shipping.ShippingSettingsAdmin>();
        builder.Services.AddScoped<Vouchers.VoucherAdmin>();
        builder.Services.AddScoped<AddressRules>();
        builder.Services.AddScoped<OrderPlacement>();
        builder.Services.AddScoped<CheckoutService>();
        builder.Services.AddScoped<Vouchers.VoucherService>();
        builder.Services.AddPayments();
        builder.Services.AddScoped<FreeShippingAdvisor>();
        return builder;
    }

    /// <summary>The checkout's form endpoints that are not pages.</summary>
    public static WebApplication MapCheckout(this WebApplication app)
    {
        app.MapFreeShipping();
        return app;
    }
}
