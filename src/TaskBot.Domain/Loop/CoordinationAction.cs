namespace TaskBot.Domain.Loop;

/// <summary>What a leader (or the office, or the unit it was handed to) does with a coordination request.</summary>
public enum CoordinationAction
{
    /// <summary>已阅</summary>
    Read = 1,
    /// <summary>批示: a short instruction back to the unit.</summary>
    Instruct = 2,
    /// <summary>交办: handed to a unit to answer.</summary>
    Assign = 3,
    /// <summary>转督查室: passed to the supervision office.</summary>
    ToOffice = 4,
    /// <summary>The unit it was handed to answers.</summary>
    Reply = 5,
    /// <summary>办结: the item ends, on record.</summary>
    Close = 6,
}
