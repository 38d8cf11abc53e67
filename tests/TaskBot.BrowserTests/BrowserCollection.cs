using TaskBot.Tests.Infrastructure;

namespace TaskBot.BrowserTests;

[CollectionDefinition(DatabaseCollection.Name)]
public sealed class BrowserCollection : ICollectionFixture<PostgresServer>;
