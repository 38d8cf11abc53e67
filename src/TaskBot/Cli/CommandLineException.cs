namespace TaskBot.Cli;

/// <summary>A mistake on the command line: printed as one line, exit code 2.</summary>
public sealed class CommandLineException(string message) : Exception(message);
