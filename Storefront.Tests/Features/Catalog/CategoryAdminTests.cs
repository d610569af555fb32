using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Catalog;
using Storefront.Features.Catalog.Merchant;
using Storefront.Tests.Features.Admin;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Catalog;

public sealed class CategoryAdminTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private CategoryAdmin Admin => app.Get<CategoryAdmin>();

    private async Task<StorefrontDb> DbAsync() => await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);

    [Fact]
    public async Task A_new_subcategory_joins_its_department_last_shows_in_the_shops_header_tree_and_is_audited()
    {
        var department = (await Admin.TreeAsync(Ct))[0];

        var result = await Admin.SaveAsync(Merchants.Mara,
            new CategoryForm { NameEn = "Rain gear", NameDe = "Regenkleidung", Slug = "rain-gear", ParentId = department.Id, SizeKind = SizeKind.Clothing }, Ct);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Category Rain gear created.", result.Message);
        var children = (await Admin.TreeAsync(Ct))[0].Children;
        Assert.Equal("rain-gear", children[^1].Slug);
        await using var db = await DbAsync();
        Assert.True(await db.Categories.AnyAsync(c => c.Slug == "rain-gear" && c.ParentId == department.Id, Ct));
        var entry = await db.Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.EntityType == "Category" && e.EntityId == result.Id.ToString(), Ct);
        Assert.Equal("Created", entry.Action);
    }

    [Fact]
    public async Task Renaming_and_moving_to_another_department_is_one_audited_change_and_the_old_department_lists_it_no_more()
    {
        var tree = await Admin.TreeAsync(Ct);
        var (from, to) = (tree[0], tree[1]);
        var form = (await Admin.EditAsync(from.Children[0].Id, Ct))!;
        (form.NameDe, form.ParentId) = ("Umbenannt", to.Id);

        var result = await Admin.SaveAsync(Merchants.Mara, form, Ct);

        Assert.True(result.Succeeded, result.Error);
        tree = await Admin.TreeAsync(Ct);
        Assert.DoesNotContain(tree[0].Children, c => c.Id == form.Id);
        Assert.Equal(("Umbenannt", form.Id), (tree[1].Children[^1].NameDe, tree[1].Children[^1].Id));
        await using var db = await DbAsync();
        Assert.Equal("Moved", (await db.Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.EntityType == "Category" && e.EntityId == form.Id.ToString(), Ct)).Action);
    }

    [Fact]
    public async Task Moving_up_swaps_with_the_previous_sibling_and_the_first_cannot_move_further()
    {
        var department = (await Admin.TreeAsync(Ct))[2];
        var (first, second) = (department.Children[0], department.Children[1]);

        var moved = await Admin.MoveAsync(Merchants.Mara, second.Id, up: true, Ct);
        var refused = await Admin.MoveAsync(Merchants.Mara, second.Id, up: true, Ct);

        Assert.True(moved.Succeeded, moved.Error);
        Assert.Equal("This category is already the first of its level.", refused.Error);
        var children = (await Admin.TreeAsync(Ct))[2].Children;
        Assert.Equal([second.Id, first.Id], children.Take(2).Select(c => c.Id));
    }

    [Fact]
    public async Task Cycles_a_third_level_bad_or_taken_slugs_and_shoppers_are_refused_and_nothing_changes()
    {
        var tree = await Admin.TreeAsync(Ct);
        var department = tree[0];
        var child = department.Children[0];
        await using var db = await DbAsync();
        var before = await db.Categories.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Slug, c.NameEn, c.ParentId, c.SortOrder }).ToListAsync(Ct);
        var audits = await db.Set<AuditEntry>().CountAsync(Ct);

        var ownParent = await Admin.SaveAsync(Merchants.Mara, With(await Admin.EditAsync(department.Id, Ct), f => f.ParentId = department.Id), Ct);
        var underChild = await Admin.SaveAsync(Merchants.Mara, With(await Admin.EditAsync(tree[1].Children[0].Id, Ct), f => f.ParentId = child.Id), Ct);
        var departmentMoved = await Admin.SaveAsync(Merchants.Mara, With(await Admin.EditAsync(department.Id, Ct), f => f.ParentId = tree[1].Id), Ct);
        var badSlug = await Admin.SaveAsync(Merchants.Mara, new CategoryForm { NameEn = "X", NameDe = "X", Slug = "Rain Gear!" }, Ct);
        var takenSlug = await Admin.SaveAsync(Merchants.Mara, new CategoryForm { NameEn = "X", NameDe = "X", Slug = child.Slug, ParentId = department.Id }, Ct);
        var shopper = await Admin.SaveAsync(Merchants.Shopper, new CategoryForm { NameEn = "X", NameDe = "X", Slug = "x" }, Ct);

        Assert.Equal("A category cannot be placed under itself.", ownParent.FieldErrors["ParentId"]);
        Assert.Equal("Choose a department (a top-level category) as the parent.", underChild.FieldErrors["ParentId"]);
        Assert.Equal("This department has subcategories, so it cannot move under another one.", departmentMoved.FieldErrors["ParentId"]);
        Assert.Equal("Use 1 to 80 lower-case letters, digits and single hyphens (e.g. trail-shoes).", badSlug.FieldErrors["Slug"]);
        Assert.Equal($"The slug {child.Slug} is already taken.", takenSlug.FieldErrors["Slug"]);
        Assert.Equal("Only merchants may do this.", shopper.Error);
        var after = await db.Categories.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Slug, c.NameEn, c.ParentId, c.SortOrder }).ToListAsync(Ct);
        Assert.Equal(before, after);
        Assert.Equal(audits, await db.Set<AuditEntry>().CountAsync(Ct));
    }

    private static CategoryForm With(CategoryForm? form, Action<CategoryForm> change)
    {
        change(form!);
        return form!;
    }
}
