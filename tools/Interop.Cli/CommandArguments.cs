namespace Interop.Cli;

/// <summary>A command's arguments: options (<c>--name value</c> or <c>--name=value</c>, repeatable) and positional values.</summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, List<string>> options = new(StringComparer.Ordinal);
    private readonly List<string> positional = [];

    public static CommandArguments Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = new CommandArguments();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.positional.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[2..equals] : arg[2..];
            string value;
            if (equals > 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException($"--{name} needs a value");
            }

            if (!parsed.options.TryGetValue(name, out var values))
            {
                parsed.options[name] = values = [];
            }

            values.Add(value);
        }

        return parsed;
    }

    /// <summary>Refuses options and positional values the command does not know.</summary>
    public void Allow(int positionalCount, params string[] names)
    {
        if (options.Keys.FirstOrDefault(k => !names.Contains(k)) is { } unknown)
        {
            throw new UsageException($"unknown option --{unknown}");
        }

        if (positional.Count != positionalCount)
        {
            throw new UsageException(positional.Count > positionalCount ? $"unexpected argument {positional[positionalCount]}" : "an argument is missing");
        }
    }

    public string Positional(int index) => positional[index];

    public string Required(string name)
        => Optional(name, null) ?? throw new UsageException($"--{name} is required");

    public string? Optional(string name, string? fallback)
        => options.TryGetValue(name, out var values)
            ? values.Count == 1 ? values[0] : throw new UsageException($"--{name} is given more than once")
            : fallback;

    public IReadOnlyList<string> All(string name) => options.TryGetValue(name, out var values) ? values : [];

    public int Days(string name, int fallback)
    {
        var text = Optional(name, null);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days) && days is > 0 and <= 36500
            ? days
            : throw new UsageException($"--{name} must be a whole number of days from 1 to 36500, not '{text}'");
    }
}
