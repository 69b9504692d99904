using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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
}
