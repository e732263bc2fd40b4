using System.Diagnostics;

namespace Interop.Hub.Tests.Examples;

/// <summary>Runs a program to its end and keeps what it printed.</summary>
internal sealed record ChildProcess(string Command, int ExitCode, IReadOnlyList<string> Lines, string Errors)
{
    public static async Task<ChildProcess> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var command = $"{program} {string.Join(' ', info.ArgumentList)}";
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {command}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not end within {timeout}");
        }

        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ChildProcess(command, process.ExitCode, lines, await errors);
    }

    /// <summary>For assertion messages: the command, its exit code and everything it printed.</summary>
    public override string ToString()
        => $"{Command} exited with {ExitCode}\n--- stdout\n{string.Join('\n', Lines)}\n--- stderr\n{Errors}";
}
