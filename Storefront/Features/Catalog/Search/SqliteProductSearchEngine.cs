using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Storefront.Data;

namespace Storefront.Features.Catalog.Search;

/// <summary>
/// <see cref="IProductSearchEngine"/> on SQLite's FTS5: one row per visible product in the contentless virtual table
/// "ProductSearch" (created by the AddProductSearch migration), indexing folded text (see <see cref="SearchNormalizer"/>)
/// in weighted columns, ranked with bm25. Typos are corrected in C# against the index's own vocabulary, which is
/// kept in memory. Everything SQLite-specific about search lives in this class.
/// </summary>
public sealed class SqliteProductSearchEngine(IDbContextFactory<StorefrontDb> dbFactory, ILogger<SqliteProductSearchEngine> logger)
    : IProductSearchEngine
{
    internal const string Table = "ProductSearch";
    internal const string VocabularyTable = "ProductSearchTerms";

    /// <summary>Index columns in table order. Their bm25 weights are in <see cref="Match"/>: 10, 8, 5, 3, 2, 2, 1.</summary>
    internal static readonly string[] Columns = ["name", "brand", "category", "parts", "colour", "material", "description"];

    private readonly SemaphoreSlim writeLock = new(1, 1);
    private volatile SearchVocabulary? vocabulary;

    public IQueryable<ProductSearchHit> Match(StorefrontDb db, string? query)
    {
        ArgumentNullException.ThrowIfNull(db);
        var parsed = SearchQuery.Parse(query);
        var expression = parsed.IsEmpty ? null : MatchExpression(parsed, Vocabulary(db));
        var hits = db.Set<ProductSearchHit>();
        // Names and brand weigh most, then categories, compound heads, colours and material; descriptions least.
        // "LIMIT -1" keeps SQLite from flattening the subquery into a correlated EXISTS (hits.Any(h => h.ProductId == p.Id)),
        // which would run the full-text search once per product row (minutes at 50,000 products instead of milliseconds).
        return expression is null
            ? hits.FromSql($"SELECT rowid AS ProductId, 0.0 AS Rank FROM ProductSearch WHERE 0")
            : hits.FromSql($"SELECT rowid AS ProductId, -bm25(ProductSearch, 10.0, 8.0, 5.0, 3.0, 2.0, 2.0, 1.0) AS Rank FROM ProductSearch WHERE ProductSearch MATCH {expression} LIMIT -1");
    }

    public SearchVocabulary Vocabulary(StorefrontDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return vocabulary ??= LoadVocabulary(db);
    }

    /// <summary>
    /// The FTS5 expression for a parsed query: every word is required and quoted (so it can never be read as syntax),
    /// words of 3+ letters and the last word match as beginnings, and an unknown word is replaced by the closest
    /// known beginnings.
    /// </summary>
    internal static string MatchExpression(SearchQuery query, SearchVocabulary vocabulary)
    {
        var groups = new List<string>(query.Words.Count);
        for (var i = 0; i < query.Words.Count; i++)
        {
            var word = query.Words[i];
            var asPrefix = word.Length >= 3 || (i == query.Words.Count - 1 && word.Length >= 2);
            if (asPrefix ? vocabulary.HasPrefix(word) : vocabulary.Contains(word))
            {
                groups.Add(Quote(word) + (asPrefix ? "*" : ""));
                continue;
            }
            var corrections = vocabulary.CorrectPrefixes(word, SearchQuery.AllowedEdits(word));
            groups.Add(corrections.Count switch
            {
                0 => Quote(word),
                1 => Quote(corrections[0]) + "*",
                _ => "(" + string.Join(" OR ", corrections.Select(c => Quote(c) + "*")) + ")",
            });
        }
        return string.Join(" AND ", groups);
    }

    private static string Quote(string word) => "\"" + word.Replace("\"", "\"\"") + "\"";

    public async Task<bool> EnsureIndexAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = db.Products.AsNoTracking().Where(p => !p.IsArchived);
        var products = (Count: await visible.LongCountAsync(ct), Sum: await visible.SumAsync(p => (long)p.Id, ct));
        var indexed = await ScalarPairAsync(db, $"SELECT count(*), coalesce(sum(rowid), 0) FROM {Table}", ct);
        if (products == indexed)
        {
            vocabulary = LoadVocabulary(db);
            return false;
        }
        logger.LogInformation("Search index covers {Indexed} products, the catalog has {Products}: rebuilding", indexed.Count, products.Count);
        await RebuildAsync(ct);
        return true;
    }

    public async Task<int> RebuildAsync(CancellationToken ct = default)
    {
        await writeLock.WaitAsync(ct);
        try
        {
            var watch = Stopwatch.StartNew();
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var sources = await ProductTexts.LoadAsync(db, productId: null, ct);
            var read = watch.ElapsedMilliseconds;
            var texts = sources.AsParallel().AsOrdered().Select(s => s.Columns()).ToList();
            var counts = new Dictionary<string, (int Docs, int Last)>(StringComparer.Ordinal);
            var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var i = 0; i < texts.Count; i++)
            {
                foreach (var column in texts[i])
                {
                    foreach (var range in column.AsSpan().Split(' '))
                    {
                        var word = column.AsSpan()[range];
                        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, word, out _);
                        if (word.Length > 0 && entry.Last != i + 1)
                        {
                            entry = (entry.Docs + 1, i + 1);
                        }
                    }
                }
            }
            var words = new SearchVocabulary(counts.Where(c => c.Value.Docs > 0).Select(c => (c.Key, c.Value.Docs)));
            var prepared = watch.ElapsedMilliseconds;

            await db.Database.OpenConnectionAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync($"INSERT INTO {Table}({Table}) VALUES ('delete-all')", ct);
            await using (var insert = InsertCommand(db, tx))
            {
                for (var i = 0; i < sources.Count; i++)
                {
                    await InsertAsync(insert, sources[i].Id, texts[i], words, ct);
                }
            }
            await db.Database.ExecuteSqlRawAsync($"INSERT INTO {Table}({Table}) VALUES ('optimize')", ct);
            await tx.CommitAsync(ct);
            vocabulary = words;
            logger.LogInformation("Search index rebuilt in {Elapsed} ms (read {Read} ms, folded {Folded} ms): {Products} products, {Words} words",
                watch.ElapsedMilliseconds, read, prepared - read, sources.Count, words.Count);
            return sources.Count;
        }
        finally
        {
            writeLock.Release();
        }
    }

    public async Task IndexProductAsync(int productId, CancellationToken ct = default)
    {
        await writeLock.WaitAsync(ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var source = productId > 0 ? (await ProductTexts.LoadAsync(db, productId, ct)).SingleOrDefault() : null;
            await db.Database.OpenConnectionAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlAsync($"DELETE FROM ProductSearch WHERE rowid = {productId}", ct);
            if (source is not null)
            {
                var columns = source.Columns();
                var words = Vocabulary(db).With(columns.SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
                await using var insert = InsertCommand(db, tx);
                await InsertAsync(insert, source.Id, columns, words, ct);
                vocabulary = words;
            }
            await tx.CommitAsync(ct);
        }
        finally
        {
            writeLock.Release();
        }
    }

    private static DbCommand InsertCommand(StorefrontDb db, IDbContextTransaction tx)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = tx.GetDbTransaction();
        command.CommandText =
            $"INSERT INTO {Table} (rowid, {string.Join(", ", Columns)}) VALUES ($id, {string.Join(", ", Columns.Select(c => "$" + c))})";
        foreach (var name in Columns.Prepend("id"))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$" + name;
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }

    private static async Task InsertAsync(DbCommand insert, int id, string[] columns, SearchVocabulary words, CancellationToken ct)
    {
        insert.Parameters[0].Value = id;
        for (var c = 0; c < columns.Length; c++)
        {
            insert.Parameters[c + 1].Value = Columns[c] == "parts" ? CompoundHeads(columns, words) : columns[c];
        }
        await insert.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The heads of compound words in the name, category and material columns ("regenjacke" → "jacke").</summary>
    private static string CompoundHeads(string[] columns, SearchVocabulary words) =>
        string.Join(' ', new[] { columns[0], columns[2], columns[5] }
            .SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= SearchVocabulary.MinHeadLength + 3)
            .SelectMany(words.HeadsOf)
            .Distinct());

    private static async Task<(long Count, long Sum)> ScalarPairAsync(StorefrontDb db, string sql, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return (reader.GetInt64(0), reader.GetInt64(1));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static SearchVocabulary LoadVocabulary(StorefrontDb db)
    {
        db.Database.OpenConnection();
        try
        {
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT term, doc FROM {VocabularyTable}";
            using var reader = command.ExecuteReader(CommandBehavior.SequentialAccess);
            var entries = new List<(string, int)>();
            while (reader.Read())
            {
                entries.Add((reader.GetString(0), reader.GetInt32(1)));
            }
            return new SearchVocabulary(entries);
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }
}
