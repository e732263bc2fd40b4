namespace Interop.Cli;

/// <summary>The command line is right but the command cannot do it, e.g. it would overwrite a key (exit code 1).</summary>
internal sealed class CommandFailedException(string message) : Exception(message)
{
    public const int ExitCode = 1;
}
