namespace TaskBot.Tests.Infrastructure;

// Declarations only: one per collection of TestCollections.

[CollectionDefinition(TestCollections.Reporting)]
public sealed class ReportingCollection : ICollectionFixture<PostgresServer>;

[CollectionDefinition(TestCollections.People)]
public sealed class PeopleCollection : ICollectionFixture<PostgresServer>;

[CollectionDefinition(TestCollections.Channel)]
public sealed class ChannelCollection : ICollectionFixture<PostgresServer>;

[CollectionDefinition(TestCollections.DirectLine)]
public sealed class DirectLineCollection : ICollectionFixture<PostgresServer>;

[CollectionDefinition(TestCollections.Documents)]
public sealed class DocumentsCollection : ICollectionFixture<PostgresServer>;

[CollectionDefinition(TestCollections.Hosting)]
public sealed class HostingCollection : ICollectionFixture<PostgresServer>;

[CollectionDefinition(TestCollections.Reminders)]
public sealed class RemindersCollection : ICollectionFixture<PostgresServer>;

[CollectionDefinition(TestCollections.Prompts)]
public sealed class PromptsCollection : ICollectionFixture<PostgresServer>;

[CollectionDefinition(TestCollections.Views)]
public sealed class ViewsCollection : ICollectionFixture<PostgresServer>;

[CollectionDefinition(TestCollections.Imports)]
public sealed class ImportsCollection : ICollectionFixture<PostgresServer>;

[CollectionDefinition(TestCollections.Lists)]
public sealed class ListsCollection : ICollectionFixture<PostgresServer>;

[CollectionDefinition(TestCollections.OutboxKills)]
public sealed class OutboxKillsCollection : ICollectionFixture<PostgresServer>;

[CollectionDefinition(TestCollections.SeveralInstances)]
public sealed class SeveralInstancesCollection : ICollectionFixture<PostgresServer>;

// Starts and stops a cluster of its own.
[CollectionDefinition(TestCollections.PostgresRestart)]
public sealed class PostgresRestartCollection;
