using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace WhisperAspire.Data.Model.Core;

/// <summary>Column shapes that the seeds repeat on nearly every core table.</summary>
internal static class CoreColumns
{
    /// <summary>
    /// The seeds write <c>TIMESTAMP</c>, i.e. without time zone; Npgsql would map <see cref="DateTime"/> to
    /// timestamptz unless told otherwise.
    /// </summary>
    public static PropertyBuilder<DateTime?> IsLocalTimestamp(this PropertyBuilder<DateTime?> property) =>
        property.HasColumnType("timestamp without time zone");

    /// <summary><c>TIMESTAMP DEFAULT now()</c>, the seeds' created_at/updated_at shape.</summary>
    public static PropertyBuilder<DateTime?> IsLocalTimestampDefaultNow(this PropertyBuilder<DateTime?> property) =>
        property.IsLocalTimestamp().HasDefaultValueSql("now()");

    /// <summary>
    /// A NOT NULL column that one side's rows leave out and a core_fill_* trigger derives: EF leaves it out of an
    /// INSERT when unset and reads back what the trigger chose. Not an identity column, even when it is an integer.
    /// </summary>
    public static PropertyBuilder<T> IsFilledByTrigger<T>(this PropertyBuilder<T> property)
    {
        property.IsRequired().ValueGeneratedOnAdd().Metadata.SetValueGenerationStrategy(NpgsqlValueGenerationStrategy.None);
        return property;
    }
}
