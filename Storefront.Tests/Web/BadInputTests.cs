using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Web;

/// <summary>Bad addresses and tampered posts get the friendly, localised status page, never an exception page.</summary>
public sealed class BadInputTests : IClassFixture<BadInputTests.App>
{
    public sealed class App : IAsyncLifetime
    {
        public StorefrontFactory Factory { get; } = StorefrontFactory.Seeded();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
    }

    private readonly HttpClient client;

    public BadInputTests(App app) =>
        client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/product/abc")]
    [InlineData("/product/-1")]
    [InlineData("/product/999999")]
    [InlineData("/c/no-such-category")]
    [InlineData("/legal/no-such-page")]
    public async Task Unknown_pages_and_ids_get_the_friendly_404(string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task The_404_page_speaks_German_to_German_browsers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/product/-1");
        request.Headers.AcceptLanguage.ParseAdd("de-DE,de;q=0.9");
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Seite nicht gefunden", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/search?q=", 1)]
    [InlineData("/search?q=", 5000)]
    [InlineData("/c/fashion?page=", 3000)]
    public async Task Very_long_query_strings_are_handled_calmly(string url, int length)
    {
        var response = await client.GetAsync(url + new string('x', length), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"got {response.StatusCode}");
        Assert.DoesNotContain("Exception", html);
    }

    [Theory]
    [InlineData("/c/fashion?page=abc")]
    [InlineData("/c/fashion?page=-5")]
    [InlineData("/search?q=jacket&page=99999999999")]
    public async Task Tampered_paging_values_fall_back_to_the_first_page(string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_form_post_without_antiforgery_token_gets_the_friendly_400()
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "add-to-cart",
            ["Input.VariantId"] = "1",
            ["Input.Quantity"] = "1",
        });
        var response = await client.PostAsync("/product/1", form, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Something in that request was not right", html);
        Assert.DoesNotContain("Exception", html);
    }
}
