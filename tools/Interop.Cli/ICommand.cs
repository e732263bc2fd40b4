namespace Interop.Cli;

/// <summary>One command of the CLI, named by its words (e.g. "certs create-ca").</summary>
internal interface ICommand
{
    /// <summary>The words that select the command.</summary>
    string Name { get; }

    /// <summary>The synopsis printed in help and on a usage error.</summary>
    string Usage { get; }

    /// <summary>Runs the command: 0 on success; throws <see cref="UsageException"/> or <see cref="CommandFailedException"/>.</summary>
    int Run(CommandArguments arguments, TextWriter output);
}
