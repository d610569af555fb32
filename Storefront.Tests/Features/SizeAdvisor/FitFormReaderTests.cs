using Storefront.Features.Catalog;
using Storefront.Features.SizeAdvisor;
using Storefront.Features.SizeAdvisor.Engine;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.SizeAdvisor;

public sealed class FitFormReaderTests(SeededApp app) : IClassFixture<SeededApp>
{
    private FitFormReader Reader => app.Get<FitFormReader>();

    private Task<FitFormResult> ReadAsync(SizeKind kind, FitForm form, string culture = "en") =>
        Culture.InCulture(culture, () => Task.FromResult(Reader.Read(kind, form)));

    [Theory]
    [InlineData("20", "Your height should be between 100 and 230 cm.")]
    [InlineData("300", "Your height should be between 100 and 230 cm.")]
    [InlineData("0", "Your height should be between 100 and 230 cm.")]
    [InlineData("-170", "Your height should be between 100 and 230 cm.")]
    [InlineData("tall", "Enter your height as a number in cm, e.g. 178.")]
    [InlineData("", "Enter your height in cm.")]
    public async Task Absurd_or_missing_heights_get_a_clear_message(string height, string message)
    {
        var result = await ReadAsync(SizeKind.Clothing, new FitForm { Height = height, Weight = "70" });

        Assert.False(result.IsValid);
        Assert.Equal(message, result.Errors[FitField.Height]);
    }

    [Fact]
    public async Task An_inseam_longer_than_the_body_is_refused()
    {
        var result = await ReadAsync(SizeKind.Frame, new FitForm { Inseam = "105", Height = "100" });

        Assert.Equal("Your inseam can't be longer than your height: please measure again.", result.Errors[FitField.Inseam]);
    }

    [Fact]
    public async Task An_inseam_out_of_proportion_with_the_height_is_refused()
    {
        var result = await ReadAsync(SizeKind.Frame, new FitForm { Inseam = "60", Height = "190" });

        Assert.Contains("unusual for a height of 190 cm", result.Errors[FitField.Inseam]);
    }

    [Fact]
    public async Task A_foot_of_80_cm_is_refused_in_german_too()
    {
        var result = await ReadAsync(SizeKind.Shoe, new FitForm { FootLength = "80" }, "de");

        Assert.Equal("Bitte eine Fußlänge zwischen 15 und 35 cm: gemessen von der Ferse bis zum längsten Zeh.", result.Errors[FitField.FootLength]);
    }

    [Fact]
    public async Task Height_and_weight_that_cannot_go_together_are_refused()
    {
        var result = await ReadAsync(SizeKind.Clothing, new FitForm { Height = "200", Weight = "30" });

        Assert.Equal("Height and weight don't go together: please check both.", result.Errors[FitField.Weight]);
    }

    [Fact]
    public async Task Commas_units_and_optional_girths_are_understood()
    {
        var result = await ReadAsync(SizeKind.Clothing, new FitForm { Height = "178,5 cm", Weight = "72.4kg", Chest = "98", Preference = FitPreference.Loose });

        Assert.True(result.IsValid);
        Assert.Equal(new ClothingMeasurements(1785, 72.4, 980, null, null, FitPreference.Loose), result.Measurements);
    }

    [Fact]
    public async Task A_tampered_choice_is_refused()
    {
        var result = await ReadAsync(SizeKind.Frame, new FitForm { Inseam = "84", Height = "180", Style = (RidingStyle)42 });

        Assert.Equal("Please choose one of the options.", result.Errors[FitField.Form]);
    }

    [Fact]
    public async Task A_profile_may_hold_only_shoes_but_not_nothing()
    {
        var (shoes, shoeErrors) = Reader.ReadProfile(new FitForm { FootLength = "26.5" });
        var (empty, emptyErrors) = await Culture.InCulture("en", () => Task.FromResult(Reader.ReadProfile(new FitForm())));

        Assert.Empty(shoeErrors);
        Assert.Equal(265, shoes!.FootLengthMm);
        Assert.Null(shoes.Style);
        Assert.Null(empty);
        Assert.Equal("Enter at least one measurement to save.", emptyErrors[FitField.Form]);
    }
}
