using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Storefront.Data.Migrations
{
    /// <summary>
    /// The product search index (Features/Catalog/Search): a contentless FTS5 virtual table with one row per visible
    /// product (rowid = product id) indexing folded text, and an fts5vocab view of its words for typo correction. The app fills
    /// it at start when it is out of date. SQLite only; PostgreSQL gets its own full-text setup.
    /// </summary>
    public partial class AddProductSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
            {
                return;
            }
            migrationBuilder.Sql(
                """
                CREATE VIRTUAL TABLE "ProductSearch" USING fts5(
                    name, brand, category, parts, colour, material, description,
                    content = '', contentless_delete = 1,
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                """);
            migrationBuilder.Sql("""CREATE VIRTUAL TABLE "ProductSearchTerms" USING fts5vocab('ProductSearch', 'row');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
            {
                return;
            }
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ProductSearchTerms";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ProductSearch";""");
        }
    }
}
