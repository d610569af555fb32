using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Storefront.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProductStats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Variants_ProductId",
                table: "Variants");

            migrationBuilder.AddColumn<double>(
                name: "RatingAverage",
                table: "Products",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewCount",
                table: "Products",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "UnitsSold90Days",
                table: "Products",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Variants_ProductId_Size_ColourEn_Stock_PriceCents",
                table: "Variants",
                columns: new[] { "ProductId", "Size", "ColourEn", "Stock", "PriceCents" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_UnitsSold90Days",
                table: "Products",
                column: "UnitsSold90Days");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Variants_ProductId_Size_ColourEn_Stock_PriceCents",
                table: "Variants");

            migrationBuilder.DropIndex(
                name: "IX_Products_UnitsSold90Days",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "RatingAverage",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "ReviewCount",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "UnitsSold90Days",
                table: "Products");

            migrationBuilder.CreateIndex(
                name: "IX_Variants_ProductId",
                table: "Variants",
                column: "ProductId");
        }
    }
}
