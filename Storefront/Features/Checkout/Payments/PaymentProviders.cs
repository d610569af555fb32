using Microsoft.Extensions.Options;

namespace Storefront.Features.Checkout.Payments;

/// <summary>The "Payments" section: which registered providers the shop offers, in this order.</summary>
public sealed class PaymentOptions
{
    public const string Section = "Payments";
    public List<string> Providers { get; set; } = [];
}

/// <summary>The providers offered at checkout: those registered and named in configuration.</summary>
public sealed class PaymentProviders(IEnumerable<IPaymentProvider> registered, IOptions<PaymentOptions> options)
{
    private readonly IReadOnlyList<IPaymentProvider> offered = (options.Value.Providers.Count == 0
            ? registered
            : options.Value.Providers.Select(id => registered.FirstOrDefault(p => p.Id == id)).OfType<IPaymentProvider>())
        .ToList();

    public IReadOnlyList<IPaymentProvider> Offered => offered;

    public IPaymentProvider? Find(string? id) => offered.FirstOrDefault(p => p.Id == id);
}

public static class PaymentServiceCollectionExtensions
{
    public static IServiceCollection AddPayments(this IServiceCollection services)
    {
        services.AddOptions<PaymentOptions>().BindConfiguration(PaymentOptions.Section);
        services.AddScoped<IPaymentProvider, InvoicePayment>();
        services.AddScoped<IPaymentProvider, SandboxCardGateway>();
        services.AddScoped<IPaymentProvider, WalletSimulation>();
        services.AddScoped<PaymentProviders>();
        return services;
    }
}
