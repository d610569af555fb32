using Storefront.Features.Catalog;

namespace Storefront.Tests.Features.Catalog;

public sealed class ProductDescriptionTests
{
    [Fact]
    public void Renders_markdown_emphasis_lists_and_safe_links()
    {
        var html = ProductDescription.ToHtml("A **light** jacket.\n\n- taped seams\n- [care guide](https://example.org/care)").Value;

        Assert.Contains("<strong>light</strong>", html);
        Assert.Contains("<li>taped seams</li>", html);
        Assert.Contains("<a href=\"https://example.org/care\">care guide</a>", html);
    }

    [Theory]
    [InlineData("Hello <script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    public void Never_renders_script_raw_html_or_script_links(string markdown)
    {
        var html = ProductDescription.ToHtml(markdown).Value;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex("<a[^>]*javascript", System.Text.RegularExpressions.RegexOptions.IgnoreCase), html);
        Assert.NotNull(ProductDescription.FindUnsafeContent(markdown));
    }

    [Fact]
    public void Plain_markdown_is_safe_and_its_plain_text_has_no_marks()
    {
        Assert.Null(ProductDescription.FindUnsafeContent("Soft **merino**, 3 < 4 and [shop](https://shop.example)"));
        Assert.Equal("Soft merino, warm.", ProductDescription.ToPlainText("Soft **merino**,\n\n*warm*."));
    }
}
