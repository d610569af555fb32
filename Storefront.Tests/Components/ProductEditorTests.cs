using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Features.Accounts;
using Storefront.Features.Admin.Products;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Components;

/// <summary>The merchant's product editor over the real admin service and seeded catalogue.</summary>
public sealed class ProductEditorTests : StorefrontComponentTest, IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;
    private readonly SeededApp app;

    public ProductEditorTests(SeededApp app)
    {
        this.app = app;
        Services.AddSingleton(app.Get<ProductAdmin>());
        Services.AddSingleton(app.Get<ProductImages>());
        Services.AddSingleton<AntiforgeryStateProvider>(new TestAntiforgery());
        var auth = AddAuthorization();
        auth.SetAuthorized("merchant@storefront.test");
        auth.SetRoles(Roles.Merchant);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "merchant-1"));
        SetRendererInfo(new RendererInfo("Server", true));
    }

    private async Task<(IRenderedComponent<ProductEditor> Editor, ProductForm Form, List<int> Saved)> RenderAsync(int productId)
    {
        var admin = app.Get<ProductAdmin>();
        var form = (await admin.EditAsync(productId, Ct))!;
        var options = await admin.OptionsAsync(Ct);
        var saved = new List<int>();
        var editor = Render<ProductEditor>(p => p.Add(x => x.Form, form).Add(x => x.Options, options)
            .Add(x => x.OnSaved, EventCallback.Factory.Create<int>(this, saved.Add)));
        return (editor, form, saved);
    }

    /// <summary>Types into the field with that label; immediate fields (the descriptions) update on input, the others on change.</summary>
    private static void Enter(IRenderedComponent<ProductEditor> editor, string label, string value, bool immediate = false)
    {
        var id = editor.FindAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
        if (immediate)
        {
            editor.Find($"#{id}").Input(value);
        }
        else
        {
            editor.Find($"#{id}").Change(value);
        }
    }

    [Fact]
    public async Task A_negative_price_and_a_script_in_the_description_are_shown_next_to_their_fields_and_nothing_is_saved()
    {
        var (editor, form, saved) = await RenderAsync(120);

        Enter(editor, "Price in € (variant 1)", "-4");
        Enter(editor, "Description (English, Markdown)", "Great <script>alert(1)</script>", immediate: true);
        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.Contains("Please correct the marked fields. Nothing was saved.", editor.Markup));
        Assert.Contains("The amount cannot be negative.", editor.Markup);
        Assert.Contains("Descriptions are Markdown: HTML such as a script tag is not allowed.", editor.Markup);
        Assert.Empty(saved);
        var stored = await app.Get<ProductAdmin>().EditAsync(form.Id, Ct);
        Assert.NotEqual("-4", stored!.Variants[0].Price);
        Assert.DoesNotContain("<script>", stored.DescriptionEn);
    }

    [Fact]
    public async Task A_valid_change_is_saved_and_reported()
    {
        var (editor, form, saved) = await RenderAsync(121);

        Enter(editor, "Stock (variant 1)", "42");
        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.Contains("Changes saved.", editor.Markup));
        Assert.Equal([form.Id], saved);
        Assert.Equal("42", (await app.Get<ProductAdmin>().EditAsync(form.Id, Ct))!.Variants[0].Stock);
    }

    private sealed class TestAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
