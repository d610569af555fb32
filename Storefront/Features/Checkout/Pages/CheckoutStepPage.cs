using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Storefront.Features.Cart;

namespace Storefront.Features.Checkout.Pages;

/// <summary>
/// What every step page does first: load the shopper's checkout and cart, send an empty cart back to the cart page and
/// a step opened out of order to the first incomplete step, and record that the step was reached.
/// </summary>
public abstract class CheckoutStepPage : ComponentBase
{
    [Inject] protected CheckoutService Checkout { get; set; } = default!;
    [Inject] protected CartService Carts { get; set; } = default!;
    [Inject] protected ShopperContext Shopper { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter] protected HttpContext? HttpContext { get; set; }

    protected abstract CheckoutStep Step { get; }

    protected CheckoutState State { get; set; } = CheckoutState.Empty;
    protected CartView Cart { get; set; } = CartView.Empty;

    protected bool IsPost => HttpMethods.IsPost(HttpContext?.Request.Method ?? "");

    protected string? UserId => Shopper.UserId;

    protected string? AccountEmail => HttpContext?.User.FindFirstValue(ClaimTypes.Email) ?? (UserId is null ? null : HttpContext?.User.Identity?.Name);

    /// <summary>The owner key, created if this shopper has none yet (a cart always made one).</summary>
    protected string OwnerKey => Shopper.EnsureKey();

    protected override async Task OnInitializedAsync()
    {
        var key = Shopper.CurrentKey;
        Cart = await Carts.GetAsync(key);
        if (Cart.Lines.Count == 0)
        {
            Navigation.NavigateTo("cart");
            return;
        }
        State = await Checkout.GetAsync(key, AccountEmail);
        if (!State.CanOpen(Step))
        {
            Navigation.NavigateTo(CheckoutFlow.IncompleteUrl(State.FirstIncomplete));
            return;
        }
        if (!IsPost && RecordsReached)
        {
            Checkout.Reached(key, Step);
        }
        await OnStepInitializedAsync();
    }

    /// <summary>False for pages that are part of a step rather than a step (payment confirmation).</summary>
    protected virtual bool RecordsReached => true;

    protected virtual Task OnStepInitializedAsync() => Task.CompletedTask;

    protected void GoTo(CheckoutStep step) => Navigation.NavigateTo(CheckoutFlow.Url(step));
}
