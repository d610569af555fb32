using Storefront.Components;
using Storefront.Data;
using Storefront.Features.Accounts;
using Storefront.Features.Accounts.Security;
using Storefront.Features.Admin;
using Storefront.Features.Admin.Products;
using Storefront.Features.Cart;
using Storefront.Features.Catalog;
using Storefront.Features.Catalog.ProductPage;
using Storefront.Features.Catalog.Search;
using Storefront.Features.Checkout;
using Storefront.Features.Loyalty;
using Storefront.Features.Mail;
using Storefront.Features.Orders;
using Storefront.Features.SizeAdvisor;
using Storefront.Features.Stream;
using Storefront.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddRootConfiguration()
    .AddStorefrontData()
    .AddStorefrontUi()
    .AddAccounts()
    .AddMail()
    .AddCatalog()
    .AddProductPage()
    .AddProductSearch()
    .AddCart()
    .AddSizeAdvisor()
    .AddLoyalty().AddCheckout()
    .AddOrders()
    .AddShoppingStream()
    .AddAdmin();

var app = builder.Build();

await app.InitializeDatabaseAsync();
app.UseStorefront();
app.UseAccountRateLimits();
app.UseAdminUploads();
app.MapSizeAdvisor();
app.MapCheckout();
app.MapShoppingStream();
app.Run();

/// <summary>Visible to the test project's WebApplicationFactory.</summary>
public partial class Program;
