using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Storefront.Data.Migrations
{
    /// <inheritdoc />
    public partial class AdminCatalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DescriptionDe",
                table: "Brands",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ShippingSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    FreeShippingThresholdCents = table.Column<long>(type: "INTEGER", nullable: false),
                    StandardCents = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpressCents = table.Column<long>(type: "INTEGER", nullable: false),
                    StandardLeadDaysMin = table.Column<int>(type: "INTEGER", nullable: false),
                    StandardLeadDaysMax = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpressLeadDaysMin = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpressLeadDaysMax = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShippingSettings", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ShippingSettings");

            migrationBuilder.DropColumn(
                name: "DescriptionDe",
                table: "Brands");
        }
    }
}
