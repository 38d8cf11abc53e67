namespace TaskBot.Tests.Infrastructure;

/// <summary>Classes not yet placed in one of <see cref="TestCollections"/>: a collection of their own, beside the others.</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "database";
}
