using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Storefront.Features.Accounts;
using Storefront.Features.Cart;
using Storefront.Features.Catalog;
using Storefront.Features.Checkout;
using Storefront.Features.Checkout.Vouchers;
using Storefront.Features.Loyalty;
using Storefront.Features.Mail;
using Storefront.Features.Orders;
using Storefront.Features.Signals;
using Storefront.Features.SizeAdvisor;

namespace Storefront.Data;

/// <summary>The shop's one database: Identity plus every feature's tables (configured in the feature folders).</summary>
public sealed class StorefrontDb(DbContextOptions<StorefrontDb> options) : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<Brand> Brands => Set<Brand>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Variant> Variants => Set<Variant>();
    public DbSet<PriceHistory> PriceHistory => Set<PriceHistory>();
    public DbSet<ProductImage> ProductImages => Set<ProductImage>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ReviewVote> ReviewVotes => Set<ReviewVote>();
    public DbSet<SizeChart> SizeCharts => Set<SizeChart>();
    public DbSet<SizeChartRow> SizeChartRows => Set<SizeChartRow>();
    public DbSet<ShoppingCart> Carts => Set<ShoppingCart>();
    public DbSet<CartLine> CartLines => Set<CartLine>();
    public DbSet<Favourite> Favourites => Set<Favourite>();
    public DbSet<ShopperEvent> ShopperEvents => Set<ShopperEvent>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<OrderStatusChange> OrderStatusChanges => Set<OrderStatusChange>();
    public DbSet<OrderPayment> OrderPayments => Set<OrderPayment>();
    public DbSet<CheckoutSession> CheckoutSessions => Set<CheckoutSession>();
    public DbSet<Voucher> Vouchers => Set<Voucher>();
    public DbSet<VoucherRedemption> VoucherRedemptions => Set<VoucherRedemption>();
    public DbSet<LoyaltyEntry> LoyaltyEntries => Set<LoyaltyEntry>();
    public DbSet<SavedAddress> SavedAddresses => Set<SavedAddress>();
    public DbSet<Features.Checkout.Shipping.ShippingSettings> ShippingSettings => Set<Features.Checkout.Shipping.ShippingSettings>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(StorefrontDb).Assembly);
        builder.Entity<ApplicationUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(100);
            u.Property(x => x.PreferredCulture).HasMaxLength(10);
        });
    }
}
