using System.Diagnostics;
using System.Text.Json;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Web;

/// <summary>
/// Lighthouse's mobile preset (bench/lighthouse, npm lighthouse 12.2.3 on Debian's Chromium) over home, a category, a
/// product and the cart of the real app. Accessibility and SEO are gated here and best practices printed; performance
/// is left to bench/lighthouse.sh, which gates all four on a published Release build (the test server is a Debug build
/// without the compressed static files, so its performance score would say little, and its trace is the slow part).
/// </summary>
public sealed class LighthouseTests(ShopServerFixture server) : IClassFixture<ShopServerFixture>
{
    private const int MinimumScore = 95;

    [Fact]
    public async Task Home_category_product_and_cart_score_at_least_95_for_accessibility_and_seo()
    {
        var tool = Path.Combine(TestPaths.RepositoryRoot, "bench", "lighthouse");
        Assert.True(Directory.Exists(Path.Combine(tool, "node_modules", "lighthouse")),
            $"Lighthouse is not installed: run ./test.sh (it runs npm ci in {tool}).");
        var product = await FirstProductPathAsync();
        var report = Path.Combine(TestPaths.Results, "lighthouse.json");

        var (exitCode, output) = await RunNodeAsync(tool, "scores.mjs", server.BaseAddress.ToString(), "", "c/fashion", product, "cart",
            "--categories", "accessibility,best-practices,seo", "--json", report, "--min-accessibility", $"{MinimumScore}", "--min-seo", $"{MinimumScore}");

        TestContext.Current.SendDiagnosticMessage("Lighthouse (mobile):\n" + output);
        Assert.True(exitCode == 0, output);
        using var scores = JsonDocument.Parse(await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken));
        Assert.Equal(4, scores.RootElement.GetArrayLength());
        Assert.All(scores.RootElement.EnumerateArray(), page =>
        {
            Assert.True(page.GetProperty("accessibility").GetInt32() >= MinimumScore, page.ToString());
            Assert.True(page.GetProperty("seo").GetInt32() >= MinimumScore, page.ToString());
        });
    }

    private async Task<string> FirstProductPathAsync()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var listing = await client.GetStringAsync("c/fashion", TestContext.Current.CancellationToken);
        var match = System.Text.RegularExpressions.Regex.Match(listing, "href=\"(product/\\d+/[^\"]+)\"");
        Assert.True(match.Success, "no product link on /c/fashion");
        return match.Groups[1].Value;
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(4));
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw;
        }
        return (node.ExitCode, (await stdout) + (await stderr));
    }
}
