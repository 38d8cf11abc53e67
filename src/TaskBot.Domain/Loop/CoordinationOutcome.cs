namespace TaskBot.Domain.Loop;

/// <summary>What became of an answer to a coordination request.</summary>
public enum CoordinationOutcome
{
    Recorded,
    /// <summary>No such item, or not one this person may answer.</summary>
    NotFound,
    AlreadyClosed,
}
