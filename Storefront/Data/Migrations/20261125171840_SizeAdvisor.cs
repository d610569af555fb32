using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Storefront.Data.Migrations
{
    /// <inheritdoc />
    public partial class SizeAdvisor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "WhenBetween",
                table: "SizeCharts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BackInStockRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    VariantId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NotifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackInStockRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BackInStockRequests_Variants_VariantId",
                        column: x => x.VariantId,
                        principalTable: "Variants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FitProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    HeightMm = table.Column<int>(type: "INTEGER", nullable: true),
                    WeightHg = table.Column<int>(type: "INTEGER", nullable: true),
                    ChestMm = table.Column<int>(type: "INTEGER", nullable: true),
                    WaistMm = table.Column<int>(type: "INTEGER", nullable: true),
                    HipMm = table.Column<int>(type: "INTEGER", nullable: true),
                    FootLengthMm = table.Column<int>(type: "INTEGER", nullable: true),
                    InseamMm = table.Column<int>(type: "INTEGER", nullable: true),
                    Preference = table.Column<int>(type: "INTEGER", nullable: false),
                    RidingStyle = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FitProfiles", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BackInStockRequests_OwnerKey_VariantId",
                table: "BackInStockRequests",
                columns: new[] { "OwnerKey", "VariantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BackInStockRequests_VariantId",
                table: "BackInStockRequests",
                column: "VariantId");

            migrationBuilder.CreateIndex(
                name: "IX_FitProfiles_OwnerKey",
                table: "FitProfiles",
                column: "OwnerKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BackInStockRequests");

            migrationBuilder.DropTable(
                name: "FitProfiles");

            migrationBuilder.DropColumn(
                name: "WhenBetween",
                table: "SizeCharts");
        }
    }
}
