namespace TaskBot.Domain.Evidence;

public enum EvidenceProblem
{
    /// <summary>The file could not be fetched from where the channel said it was.</summary>
    Unreachable,
    TooLarge,
    /// <summary>Its content is none of the kinds taken, whatever its name says.</summary>
    WrongType,
}

/// <summary>A file sent as evidence: kept, or the reason it was not.</summary>
public sealed record EvidenceReceipt(string FileName, EvidenceFile? File, EvidenceProblem? Problem)
{
    public static EvidenceReceipt Refused(string fileName, EvidenceProblem problem) => new(fileName, null, problem);
}
