namespace TaskBot.Domain.Plans;

public enum UnitRole
{
    Lead = 1,
    Responsible = 2,
}
