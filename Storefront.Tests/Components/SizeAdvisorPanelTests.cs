using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Data;
using Storefront.Features.SizeAdvisor;
using Storefront.Features.SizeAdvisor.Components;
using Storefront.Features.SizeAdvisor.Engine;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Components;

/// <summary>The advisor's form over the real advisor service and seeded charts.</summary>
public sealed class SizeAdvisorPanelTests : StorefrontComponentTest, IClassFixture<SeededApp>
{
    private readonly SeededApp app;

    public SizeAdvisorPanelTests(SeededApp app)
    {
        this.app = app;
        Services.AddSingleton(app.Get<SizeAdvisorService>());
        Services.AddSingleton(app.Get<SizeAdviceWriter>());
        Services.AddSingleton<AntiforgeryStateProvider>(new TestAntiforgery());
        SetRendererInfo(new RendererInfo("Server", true));
    }

    private async Task<IRenderedComponent<SizeAdvisorPanel>> OpenAsync(string categorySlug, FitProfileView? profile = null)
    {
        var productId = await app.Get<StorefrontDb>().Products.AsNoTracking().Where(p => p.Category!.Slug == categorySlug)
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(Xunit.TestContext.Current.CancellationToken);
        var panel = Render<SizeAdvisorPanel>(p => p.Add(x => x.ProductId, productId).Add(x => x.Profile, profile));
        panel.Find("button.size-advisor__open").Click();
        panel.WaitForElement("form.size-advisor__form");
        return panel;
    }

    [Fact]
    public async Task Text_in_a_number_field_shows_a_message_next_to_that_field()
    {
        var panel = await OpenAsync("gravel-bikes");

        panel.Find("#fit-inseam").Change("long legs");
        panel.Find("#fit-height").Change("178");
        panel.Find("form.size-advisor__form").Submit();

        Assert.Equal("Enter your inseam as a number in cm, e.g. 84.", panel.Find("#fit-inseam-error").TextContent);
        Assert.Equal("true", panel.Find("#fit-inseam").GetAttribute("aria-invalid"));
        Assert.Contains("fit-inseam-error", panel.Find("#fit-inseam").GetAttribute("aria-describedby"));
        Assert.Empty(panel.FindAll(".advice"));
    }

    [Fact]
    public async Task Missing_fields_and_an_inseam_longer_than_the_body_are_refused()
    {
        var panel = await OpenAsync("gravel-bikes");

        panel.Find("form.size-advisor__form").Submit();
        Assert.Equal("Enter your inseam in cm.", panel.Find("#fit-inseam-error").TextContent);
        Assert.Equal("Enter your height in cm.", panel.Find("#fit-height-error").TextContent);

        panel.Find("#fit-inseam").Change("105");
        panel.Find("#fit-height").Change("100");
        panel.Find("form.size-advisor__form").Submit();
        Assert.Equal("Your inseam can't be longer than your height: please measure again.", panel.Find("#fit-inseam-error").TextContent);
        Assert.Empty(panel.FindAll("#fit-height-error"));
    }

    [Fact]
    public async Task Clothing_asks_for_height_and_weight_and_refuses_absurd_ones()
    {
        var panel = await OpenAsync("t-shirts");

        panel.Find("#fit-height").Change("20");
        panel.Find("#fit-weight").Change("-3");
        panel.Find("form.size-advisor__form").Submit();

        Assert.Equal("Your height should be between 100 and 230 cm.", panel.Find("#fit-height-error").TextContent);
        Assert.Equal("Your weight should be between 30 and 250 kg.", panel.Find("#fit-weight-error").TextContent);
    }

    [Fact]
    public async Task Valid_measurements_show_a_size_with_confidence_and_a_way_to_buy_it()
    {
        var panel = await OpenAsync("gravel-bikes");

        panel.Find("#fit-inseam").Change("84");
        panel.Find("#fit-height").Change("178");
        panel.Find("form.size-advisor__form").Submit();

        var size = panel.Find(".advice__size strong").TextContent;
        Assert.EndsWith(" cm", size);
        Assert.Contains("confidence", panel.Find(".advice__confidence").TextContent);
        Assert.NotEmpty(panel.FindAll(".advice__variants button"));
        Assert.All(panel.FindAll(".advice__variants button"), b => Assert.Contains(size, b.TextContent));
        Assert.Equal("84", panel.Find("form.advice__save input[name=Inseam]").GetAttribute("value"));
    }

    [Fact]
    public async Task A_saved_profile_fills_the_form()
    {
        var profile = new FitProfileView(1800, 78, null, null, null, 270, 850, FitPreference.Regular, RidingStyle.Road, DateTime.UtcNow);

        var panel = await OpenAsync("running-shoes", profile);

        Assert.Equal("27", panel.Find("#fit-foot").GetAttribute("value"));
    }

    private sealed class TestAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
