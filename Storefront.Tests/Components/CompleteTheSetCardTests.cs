using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Features.Stream.Components;
using Storefront.Features.Stream.Sets;

namespace Storefront.Tests.Components;

/// <summary>The set builder island: toggling and swapping pieces changes what the form posts and the total.</summary>
public sealed class CompleteTheSetCardTests : StorefrontComponentTest
{
    public CompleteTheSetCardTests()
    {
        Services.AddSingleton<AntiforgeryStateProvider>(new TestAntiforgery());
        SetRendererInfo(new RendererInfo("Server", true));
    }

    private static SetOfferPiece Piece(int id, long cents, params string[] sizes) =>
        new(id, $"p-{id}", $"Piece {id}", "Brand", $"products/{id}.svg", $"Alt {id}",
            sizes.Select((s, i) => new SetOfferVariant(id * 10 + i, $"Size {s}, Navy", cents + i * 100)).ToList(), id * 10);

    private static readonly SetOffer Offer = new(1, "Anchor", "products/1.svg", "Alt", SetRules.Outfit,
    [
        new SetOfferSlot("layer", "Jacket", [Piece(2, 10000, "S", "M"), Piece(3, 8000, "M")]),
        new SetOfferSlot("shoes", "Shoes", [Piece(4, 5000, "42")]),
    ]);

    [Fact]
    public void Shows_the_suggested_pieces_with_their_total_and_posts_them_natively()
    {
        var card = Render<CompleteTheSetCard>(p => p.Add(x => x.Offer, Offer));

        Assert.Equal("true", card.Find(".set-builder").GetAttribute("data-interactive"));
        Assert.Equal("stream/set", card.Find("form").GetAttribute("action"));
        Assert.Equal("1", card.Find("input[name=anchor]").GetAttribute("value"));
        Assert.Equal(["layer", "shoes"], card.FindAll("input[name=slot]").Select(i => i.GetAttribute("value")));
        Assert.Equal("20", card.Find("select[name=variant-layer] option[selected]").GetAttribute("value"));
        Assert.StartsWith("2 pieces: ", card.Find(".set-builder__total").TextContent);
        Assert.Contains("150", card.Find(".set-builder__total").TextContent);
    }

    [Fact]
    public void Toggling_a_piece_off_and_picking_a_size_change_the_total_and_the_button()
    {
        var card = Render<CompleteTheSetCard>(p => p.Add(x => x.Offer, Offer));

        card.Find("select[name=variant-layer]").Change("21");
        Assert.Contains("151", card.Find(".set-builder__total").TextContent);
        card.FindAll("input[name=slot]")[1].Change(false);

        Assert.StartsWith("1 pieces: ", card.Find(".set-builder__total").TextContent);
        Assert.Contains("101", card.Find(".set-builder__total").TextContent);
        Assert.Equal("Add the set to the cart (1)", card.Find("button[type=submit]").TextContent.Trim());
    }

    [Fact]
    public void Swapping_shows_the_next_piece_of_that_slot_with_its_suggested_variant()
    {
        var card = Render<CompleteTheSetCard>(p => p.Add(x => x.Offer, Offer));

        card.Find("button[aria-label^='Show another']").Click();

        Assert.Contains("Piece 3", card.Find(".set-piece__name").TextContent);
        Assert.Equal("30", card.Find("select[name=variant-layer] option[selected]").GetAttribute("value"));
        Assert.Single(card.FindAll("button[aria-label^='Show another']")); // the shoes slot has one option only
    }

    private sealed class TestAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
