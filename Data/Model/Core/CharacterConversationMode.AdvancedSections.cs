using WhisperAspire.Data.Model.Advanced;

namespace WhisperAspire.Data.Model.Core;

/// <summary>
/// The rows the advanced-features scripts hang under a conversation mode (production's examples and avoid/encourage
/// guidance), as navigations so they load, serialize and cascade with the mode, nested in the CDL document.
/// </summary>
public partial class CharacterConversationMode
{
    public List<CharacterModeExample> Examples { get; } = [];
    public List<CharacterModeGuidance> Guidance { get; } = [];
}
