using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Storefront.Features.Catalog.ProductPage;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Catalog.ProductPage;

public sealed class ProductPageOptionsTests
{
    [Fact]
    public void Lead_times_and_the_social_proof_threshold_come_from_the_root_appsettings()
    {
        using var factory = new StorefrontFactory(seed: false).With("SocialProof:MinimumBuyers", "5");

        var delivery = factory.Services.GetRequiredService<IOptions<DeliveryOptions>>().Value;
        var socialProof = factory.Services.GetRequiredService<IOptions<SocialProofOptions>>().Value;

        Assert.Equal("Europe/Berlin", delivery.TimeZone);
        Assert.Equal(14, delivery.DispatchCutoffHour);
        Assert.True(delivery.StandardLeadDaysMax >= delivery.StandardLeadDaysMin);
        Assert.Equal(5, socialProof.MinimumBuyers);
        Assert.Equal(7, socialProof.WindowDays);
    }

    [Theory]
    [InlineData("Shipping:StandardLeadDaysMin", "9")]
    [InlineData("Shipping:TimeZone", "Mars/Olympus_Mons")]
    [InlineData("SocialProof:MinimumBuyers", "0")]
    public void The_shop_refuses_to_start_with_impossible_settings(string key, string value)
    {
        using var factory = new StorefrontFactory(seed: false).With(key, value);

        Assert.Throws<OptionsValidationException>(() => factory.Services);
    }
}
