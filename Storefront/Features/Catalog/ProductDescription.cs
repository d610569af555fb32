using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Components;

namespace Storefront.Features.Catalog;

/// <summary>
/// Product descriptions are Markdown written by merchants. Rendering never passes raw HTML through: Markdig escapes
/// it (DisableHtml) and HtmlSanitizer then keeps only a small set of text tags and safe link schemes. The admin also
/// refuses to save descriptions containing HTML or unsafe links (<see cref="FindUnsafeContent"/>), so nothing
/// surprising reaches the shop even from older data.
/// </summary>
public static class ProductDescription
{
    private static readonly MarkdownPipeline Rendering = new MarkdownPipelineBuilder().DisableHtml().Build();
    private static readonly MarkdownPipeline Inspecting = new MarkdownPipelineBuilder().Build();
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static MarkupString ToHtml(string? markdown) =>
        new(Sanitizer.Sanitize(Markdown.ToHtml(markdown ?? "", Rendering)));

    /// <summary>The text without Markdown marks, on one line (meta descriptions, structured data).</summary>
    public static string ToPlainText(string? markdown) =>
        string.Join(' ', Markdown.ToPlainText(markdown ?? "", Rendering).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"html" when the text holds raw HTML (a script tag, say), "link" for a link with an unsafe scheme (javascript:), else null.</summary>
    public static string? FindUnsafeContent(string? markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Inspecting);
        if (document.Descendants<HtmlBlock>().Any() || document.Descendants<HtmlInline>().Any())
        {
            return "html";
        }
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && !SafeSchemes.Contains(uri.Scheme))
            {
                return "link";
            }
            if (link.Url is { } raw && raw.TrimStart().StartsWith("javascript", StringComparison.OrdinalIgnoreCase))
            {
                return "link";
            }
        }
        return null;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(["p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "h5", "h6", "blockquote", "code", "pre", "hr"],
                StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(SafeSchemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
        };
        return new HtmlSanitizer(options) { KeepChildNodes = true };
    }
}
