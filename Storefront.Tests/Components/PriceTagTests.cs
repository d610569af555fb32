using Bunit;
using Storefront.Common;
using Storefront.Features.Catalog.Components;

namespace Storefront.Tests.Components;

public sealed class PriceTagTests : StorefrontComponentTest
{
    [Fact]
    public void On_the_product_page_the_struck_through_price_is_named_as_the_lowest_price_of_the_last_30_days()
    {
        var tag = Render<PriceTag>(p => p.Add(x => x.Price, new Money(3995)).Add(x => x.CompareAtPrice, new Money(4995)).Add(x => x.LowestPriceNote, true));

        Assert.Contains("49.95", tag.Find("s.price-tag__before").TextContent);
        Assert.Equal("Lowest price of the last 30 days: €49.95", tag.Find(".price-tag__note").TextContent);
    }

    [Fact]
    public void Without_a_reduction_there_is_no_note_and_inline_tags_are_spans()
    {
        var tag = Render<PriceTag>(p => p.Add(x => x.Price, new Money(3995)).Add(x => x.LowestPriceNote, true).Add(x => x.Inline, true));

        Assert.Empty(tag.FindAll(".price-tag__note"));
        Assert.Empty(tag.FindAll("s"));
        Assert.Equal("SPAN", tag.Find(".price-tag").TagName);
    }
}
