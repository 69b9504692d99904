using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace WhisperAspire.Api.Deployments;

/// <summary>
/// Encrypts Discord tokens for bot_deployments.discord_token_encrypted with ASP.NET Core Data Protection. The keys live in
/// <c>DataProtection:KeysDirectory</c> (the AppHost points it into its secrets directory), never in the database or the
/// repository, so a database dump alone does not reveal a token.
/// </summary>
public sealed class TokenProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("WhisperAspire.BotDeployments.DiscordToken.v1");

    public string Protect(string token) => _protector.Protect(token);

    /// <summary>The last four characters behind a mask; enough to tell two tokens apart, useless to anyone else.</summary>
    public string Hint(string encrypted)
    {
        try
        {
            var token = _protector.Unprotect(encrypted);
            return token.Length < 16 ? "********" : "********" + token[^4..];
        }
        catch (CryptographicException)
        {
            return "(unreadable: encrypted with keys this Api does not have; PUT a new token)";
        }
    }
}
