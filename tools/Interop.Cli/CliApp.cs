using Interop.Cli.Adapters;
using Interop.Cli.Certs;

namespace Interop.Cli;

/// <summary>Finds the command named by the leading words of the command line and runs it.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ICommand[] commands =
        [
            new CreateCaCommand(time),
            new CreateHubCommand(time),
            new CreateMemberCommand(time),
            new PinCommand(),
            .. ParkedCommands.All,
        ];

        var command = commands.FirstOrDefault(c => Selects(c, args));
        if (command is null)
        {
            var help = args is ["help" or "--help" or "-h"] || args.Length == 0;
            (help ? output : error).WriteLine("usage:");
            foreach (var known in commands)
            {
                (help ? output : error).WriteLine("  interop " + known.Usage);
            }

            return help && args.Length > 0 ? 0 : UsageException.ExitCode;
        }

        try
        {
            return command.Run(CommandArguments.Parse(args.AsSpan(command.Name.Split(' ').Length).ToArray()), output);
        }
        catch (UsageException usage)
        {
            error.WriteLine($"interop {command.Name}: {usage.Message}");
            error.WriteLine("usage: interop " + command.Usage);
            return UsageException.ExitCode;
        }
        catch (CommandFailedException failed)
        {
            error.WriteLine($"interop {command.Name}: {failed.Message}");
            return CommandFailedException.ExitCode;
        }
    }

    private static bool Selects(ICommand command, string[] args)
    {
        var words = command.Name.Split(' ');
        return args.Length >= words.Length && words.Select((w, i) => args[i] == w).All(match => match);
    }
}
