namespace TaskBot.Domain.Plans;

public enum TaskEditProblem
{
    NoSuchList,
    NoSuchTask,
    UnknownUnits,
    NothingToChange,
    AlreadyWithdrawn,
}
