using StatusGen.Model;

namespace StatusGen.Editing;

/// <summary>One command's change to an incident file: a new update, optional component changes, optionally the resolution.</summary>
public sealed record IncidentEdit
{
    /// <summary>When the update is posted; written in the site's local <c>YYYY-MM-DD HH:MM</c> form.</summary>
    public required DateTimeOffset At { get; init; }
    public required IncidentUpdateStatus Status { get; init; }

    /// <summary>Markdown; its line endings are converted to the file's.</summary>
    public required string Message { get; init; }

    /// <summary>Components whose status changes at <see cref="At"/>, in command-line order.</summary>
    public IReadOnlyList<ComponentStatusEdit> Components { get; init; } = [];

    /// <summary>When true, <c>resolved:</c> is set to <see cref="At"/>.</summary>
    public bool Resolve { get; init; }
}

public sealed record ComponentStatusEdit(string ComponentId, ComponentStatus Status);

/// <summary>The edited text and one line per change, for the terminal.</summary>
public sealed record EditResult(string Text, IReadOnlyList<string> Changes);

/// <summary>The file is shaped in a way the editor cannot change without risking the user's text; nothing was changed.</summary>
public sealed class EditRefusedException(string message) : Exception(message);
