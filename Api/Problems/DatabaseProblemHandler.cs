using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace WhisperAspire.Api.Problems;

/// <summary>
/// A write the schema refuses (a duplicate, a row still referenced, a CHECK) is the caller's conflict, not a server
/// fault: 409 or 400 naming the constraint. The transaction it ran in has rolled back, so nothing was partly written.
/// </summary>
public sealed class DatabaseProblemHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var postgres = exception as PostgresException ?? exception.InnerException as PostgresException;
        if (postgres is null)
        {
            return false;
        }

        IResult? result = postgres.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => ProblemResults.Conflict("Already exists", $"Another row already has these values (constraint {postgres.ConstraintName})."),
            PostgresErrorCodes.ForeignKeyViolation => ProblemResults.Conflict("Still referenced, or refers to nothing",
                $"The change would break the link {postgres.ConstraintName} on {postgres.TableName}: remove the rows that depend on it first, or refer to one that exists."),
            PostgresErrorCodes.CheckViolation or PostgresErrorCodes.NotNullViolation or PostgresErrorCodes.StringDataRightTruncation
                or PostgresErrorCodes.NumericValueOutOfRange or PostgresErrorCodes.InvalidTextRepresentation
                // Text the database cannot store (U+0000 that got past NulCharacterGuard) or a value too large for an index.
                or PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter or PostgresErrorCodes.ProgramLimitExceeded =>
                TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Refused by the schema",
                    detail: postgres.ConstraintName is { } name && !postgres.MessageText.Contains(name, StringComparison.Ordinal)
                        ? $"{postgres.MessageText} (constraint {name})."
                        : $"{postgres.MessageText}."),
            _ => null,
        };
        if (result is null)
        {
            return false;
        }

        await result.ExecuteAsync(httpContext);
        return true;
    }
}
