using System.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using WhisperAspire.Data;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.Api.Characters;

/// <summary>
/// Reads and writes characters as whole definitions or one section at a time. The character row keeps its id across a
/// replacement (deployments and other rows outside the definition point at it); only the definition's own rows are
/// deleted and inserted, inside one transaction.
/// </summary>
public sealed class CharacterStore(WhisperEngineDbContext db, CdlDocument document, CdlDocumentSql sql, CharacterReader reader)
{
    public enum Outcome { Created, Replaced, NotFound }

    /// <summary>The whole definition in one round trip; null for an unknown name.</summary>
    public async Task<Character?> ReadAsync(string name, CancellationToken cancellationToken) =>
        (await ReadAsync(name, _ => { }, (_, _) => Task.FromResult(true), cancellationToken)).Character;

    /// <summary>
    /// The definition and whatever else the caller's statements read, still in one round trip: <paramref name="add"/>
    /// appends them to the batch after the definition's SELECTs, <paramref name="read"/> reads their results.
    /// </summary>
    public async Task<(Character? Character, T Alongside)> ReadAsync<T>(
        string name, Action<NpgsqlBatch> add, Func<NpgsqlDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection());
            reader.AddTo(batch, name);
            add(batch);
            await using var rows = await batch.ExecuteReaderAsync(cancellationToken);
            var character = (Character?)await reader.ReadFromAsync(rows, cancellationToken);
            return (character, await read(rows, cancellationToken));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Creates the character, or replaces every section of its definition.</summary>
    public Task<Outcome> ReplaceAsync(string name, Character definition, CancellationToken cancellationToken) =>
        InTransactionAsync(async () =>
        {
            definition.Name = name;
            var existing = await db.Characters.Where(c => c.Name == name).Select(c => new { c.Id, c.CreatedAt }).SingleOrDefaultAsync(cancellationToken);
            if (existing is null)
            {
                db.Characters.Add(definition);
                return Outcome.Created;
            }

            await KeepDiscordTokenAsync(existing.Id, definition.DiscordConfigs, cancellationToken);
            await DeleteSectionsAsync(sql.DeleteSection.Values, existing.Id, cancellationToken);

            // The row itself is updated in place; every section row has no key yet, so Update adds them.
            definition.Id = existing.Id;
            definition.CreatedAt = existing.CreatedAt;
            definition.UpdatedAt = DateTime.UtcNow; // characters.updated_at is production's timestamptz: Npgsql writes only UTC there
            var entry = db.Characters.Update(definition);
            await ResetLeftOutToDefaultsAsync(entry, cancellationToken);
            return Outcome.Replaced;
        }, cancellationToken);

    /// <summary>Replaces one section: <paramref name="value"/> is a list of rows or a single row (null clears it).</summary>
    public Task<Outcome> ReplaceSectionAsync(string name, string section, object? value, CancellationToken cancellationToken) =>
        InTransactionAsync(async () =>
        {
            if (await db.Characters.SingleOrDefaultAsync(c => c.Name == name, cancellationToken) is not { } character)
            {
                return Outcome.NotFound;
            }

            var navigation = document.Sections[section];
            if (navigation.Name == nameof(Character.DiscordConfigs) && value is List<CharacterDiscordConfig> configs)
            {
                await KeepDiscordTokenAsync(character.Id, configs, cancellationToken);
            }

            await DeleteSectionsAsync([sql.DeleteSection[section]], character.Id, cancellationToken);
            foreach (var row in Rows(navigation, value))
            {
                navigation.ForeignKey.Properties[0].PropertyInfo!.SetValue(row, character.Id);
                db.Add(row);
            }

            character.UpdatedAt = DateTime.UtcNow;
            return Outcome.Replaced;
        }, cancellationToken);

    /// <summary>False when no character has the name; a character a deployment still plays is refused by the database (409).</summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken) =>
        await db.Characters.Where(c => c.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;

    public Task<bool> HasDeploymentsAsync(string name, CancellationToken cancellationToken) =>
        db.BotDeployments.AnyAsync(d => d.Character!.Name == name, cancellationToken);

    /// <summary>
    /// A NOT NULL column with a default (production's emoji settings) that the new definition leaves out goes back to its
    /// default, as on a create, instead of being written as NULL; EF then leaves it alone.
    /// </summary>
    private async Task ResetLeftOutToDefaultsAsync(EntityEntry<Character> entry, CancellationToken cancellationToken)
    {
        var reset = entry.Properties.Where(p => p.CurrentValue is null && !p.Metadata.IsNullable && !p.Metadata.IsKey()
            && (p.Metadata.GetDefaultValueSql() is not null || p.Metadata.GetDefaultValue() is not null)).ToList();
        if (reset.Count == 0)
        {
            return;
        }

        reset.ForEach(p => p.IsModified = false);
        var columns = string.Join(", ", reset.Select(p => $"\"{p.Metadata.GetColumnName()}\" = DEFAULT"));
        // Identifiers from the EF model only; the id is a parameter.
        var sql = $"UPDATE \"{entry.Metadata.GetTableName()}\" SET {columns} WHERE id = {{0}}";
        await db.Database.ExecuteSqlRawAsync(sql, [entry.Entity.Id], cancellationToken);
    }

    /// <summary>Every statement in one batch, one round trip, inside the open EF transaction.</summary>
    private async Task DeleteSectionsAsync(IEnumerable<string> statements, int characterId, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var batch = new NpgsqlBatch(connection, (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction());
        foreach (var statement in statements)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(statement) { Parameters = { new NpgsqlParameter { Value = characterId } } });
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static IEnumerable<object> Rows(INavigation navigation, object? value) => value switch
    {
        null => [],
        IEnumerable list when navigation.IsCollection => list.Cast<object>(),
        _ => [value],
    };

    /// <summary>
    /// Documents never carry the Discord token (it is a secret), so replacing the Discord section would erase one stored
    /// there by another tool; the first incoming configuration keeps it instead.
    /// </summary>
    private async Task KeepDiscordTokenAsync(int characterId, List<CharacterDiscordConfig> incoming, CancellationToken cancellationToken)
    {
        if (incoming.Count == 0)
        {
            return;
        }

        incoming[0].DiscordBotToken = await db.Set<CharacterDiscordConfig>()
            .Where(c => c.CharacterId == characterId && c.DiscordBotToken != null)
            .OrderBy(c => c.Id).Select(c => c.DiscordBotToken).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>One transaction, retried whole by the connection's execution strategy on a transient failure.</summary>
    private Task<Outcome> InTransactionAsync(Func<Task<Outcome>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var outcome = await work();
            if (outcome != Outcome.NotFound)
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            return outcome;
        });
}
