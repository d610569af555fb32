using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace Storefront.Features.Catalog.Search;

/// <summary>The header's search box: the plain GET form to /search, enhanced into a suggesting combobox once interactive.</summary>
public sealed partial class SearchBox : IDisposable
{
    [Inject] private ProductSearchSuggestions Suggestions { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;
    [Inject] private IStringLocalizer<SearchText> S { get; set; } = null!;
    [Inject] private IJSRuntime JS { get; set; } = null!;

    private const string ListboxId = "site-search-listbox";
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(200);
    private const int ProductCount = 5;

    private string text = "";
    private SearchSuggestions suggestions = SearchSuggestions.None("");
    private List<string> urls = [];
    private bool open;
    private int active = -1;
    private string? status;
    private CancellationTokenSource? pending;

    private bool IsOpen => open && !suggestions.IsEmpty;

    protected override void OnInitialized()
    {
        text = QueryOnSearchPage(Navigation.Uri) ?? "";
        Navigation.LocationChanged += OnLocationChanged;
    }

    /// <summary>Takes over what was typed before the circuit connected (kept by SearchBox.razor.js).</summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive)
        {
            return;
        }
        try
        {
            var draft = await JS.InvokeAsync<Draft>("storefrontSearch.takeDraft");
            if (!string.IsNullOrEmpty(draft.Value) && draft.Value != text)
            {
                text = draft.Value;
                StateHasChanged();
                await QueueSuggestionsAsync();
                StateHasChanged();
            }
        }
        catch (JSException)
        {
            // The script did not load: the box works, only an early draft is not carried over.
        }
    }

    private sealed record Draft(string Value, bool Focused);

    private async Task QueueSuggestionsAsync()
    {
        pending?.Cancel();
        pending?.Dispose();
        pending = new CancellationTokenSource();
        var token = pending.Token;
        var query = text;
        if (query.Trim().Length < ProductSearchSuggestions.MinLength)
        {
            Show(SearchSuggestions.None(query), announce: false);
            return;
        }
        try
        {
            await Task.Delay(Debounce, Time, token);
            var found = await Suggestions.SuggestAsync(query, ProductCount, token);
            if (!token.IsCancellationRequested && query == text)
            {
                Show(found, announce: true);
            }
        }
        catch (OperationCanceledException)
        {
            // A newer keystroke superseded this one.
        }
    }

    private void Show(SearchSuggestions found, bool announce)
    {
        suggestions = found;
        urls = [.. found.Products.Select(p => p.Url), .. found.Categories.Select(c => c.Url), .. found.Brands.Select(b => b.Url)];
        active = -1;
        open = true;
        status = !announce ? null : (found.IsEmpty ? S["NoSuggestions"] : S["SuggestionCount", found.Count]).Value;
    }

    private void OnKeyDown(KeyboardEventArgs e)
    {
        switch (e.Key)
        {
            case "ArrowDown" when urls.Count > 0:
                active = IsOpen ? (active + 1) % urls.Count : 0;
                open = true;
                break;
            case "ArrowUp" when urls.Count > 0:
                active = IsOpen && active > 0 ? active - 1 : urls.Count - 1;
                open = true;
                break;
            case "Escape":
                Close();
                break;
        }
    }

    /// <summary>Enter: open the highlighted suggestion, or search for the text.</summary>
    private void Submit()
    {
        if (IsOpen && active >= 0 && active < urls.Count)
        {
            Go(urls[active]);
            return;
        }
        var query = text.Trim();
        Close();
        Navigation.NavigateTo(query.Length == 0 ? "search" : $"search?q={Uri.EscapeDataString(query)}");
    }

    private void Go(string url)
    {
        Close();
        Navigation.NavigateTo(url);
    }

    private void Close()
    {
        open = false;
        active = -1;
    }

    private void Reopen() => open = text.Trim().Length >= ProductSearchSuggestions.MinLength;

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        pending?.Cancel();
        text = QueryOnSearchPage(e.Location) ?? "";
        suggestions = SearchSuggestions.None(text);
        urls = [];
        Close();
        _ = InvokeAsync(StateHasChanged);
    }

    private string? QueryOnSearchPage(string uri)
    {
        var relative = Navigation.ToBaseRelativePath(uri);
        if (!relative.StartsWith("search?", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return QueryHelpers.ParseQuery(relative[6..]).TryGetValue("q", out var q) ? q.ToString() : null;
    }

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        pending?.Cancel();
        pending?.Dispose();
    }
}
