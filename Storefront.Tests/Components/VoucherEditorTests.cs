using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Data;
using Storefront.Features.Accounts;
using Storefront.Features.Admin.Settings;
using Storefront.Features.Checkout.Vouchers;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Components;

/// <summary>The merchant's voucher editor over the real admin service and seeded vouchers.</summary>
public sealed class VoucherEditorTests : StorefrontComponentTest, IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;
    private readonly SeededApp app;

    public VoucherEditorTests(SeededApp app)
    {
        this.app = app;
        Services.AddSingleton(app.Get<VoucherAdmin>());
        Services.AddSingleton<AntiforgeryStateProvider>(new TestAntiforgery());
        var auth = AddAuthorization();
        auth.SetAuthorized("merchant@storefront.test");
        auth.SetRoles(Roles.Merchant);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "merchant-1"));
        SetRendererInfo(new RendererInfo("Server", true));
    }

    private IRenderedComponent<VoucherEditor> Render(VoucherForm form, List<int> saved) =>
        Render<VoucherEditor>(p => p.Add(x => x.Form, form).Add(x => x.TimeZone, "Europe/Berlin")
            .Add(x => x.OnSaved, EventCallback.Factory.Create<(int Id, string? Message)>(this, s => saved.Add(s.Id))));

    private static void Enter(IRenderedComponent<VoucherEditor> editor, string label, string value)
    {
        var id = editor.FindAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
        editor.Find($"#{id}").Change(value);
    }

    [Fact]
    public async Task A_taken_code_a_percentage_over_100_and_a_reversed_window_are_shown_next_to_their_fields_and_nothing_is_saved()
    {
        var saved = new List<int>();
        var editor = Render(app.Get<VoucherAdmin>().New(), saved);

        Enter(editor, "Code (capital letters, digits, hyphens)", "save5");
        Enter(editor, "Percentage off (1–100)", "150");
        Enter(editor, "First day", "2026-12-10");
        Enter(editor, "Last day (empty = no end)", "2026-12-01");
        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.Contains("Please correct the marked fields. Nothing was saved.", editor.Markup));
        Assert.Contains("There is already a voucher with the code SAVE5.", editor.Markup);
        Assert.Contains("Enter a whole percentage from 1 to 100.", editor.Markup);
        Assert.Contains("The last day cannot be before the first day.", editor.Markup);
        Assert.Empty(saved);
        await using var db = await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);
        var save5 = await db.Vouchers.AsNoTracking().SingleAsync(v => v.Code == "SAVE5", Ct);
        Assert.Equal((VoucherKind.FixedAmount, 500L), (save5.Kind, save5.Value));
    }

    [Fact]
    public async Task A_valid_voucher_is_saved_and_reported()
    {
        var saved = new List<int>();
        var editor = Render(app.Get<VoucherAdmin>().New(), saved);

        Enter(editor, "Code (capital letters, digits, hyphens)", "WINTER-10");
        Enter(editor, "Percentage off (1–100)", "10");
        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.Contains("Voucher WINTER-10 created.", editor.Markup));
        Assert.Single(saved);
        await using var db = await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);
        Assert.True(await db.Vouchers.AnyAsync(v => v.Code == "WINTER-10" && v.Value == 10, Ct));
    }

    private sealed class TestAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
