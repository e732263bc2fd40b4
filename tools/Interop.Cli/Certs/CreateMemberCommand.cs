using System.Text.RegularExpressions;

namespace Interop.Cli.Certs;

/// <summary><c>certs create-member</c>: a member system's client certificate, and the pin to add to the registry.</summary>
internal sealed partial class CreateMemberCommand(TimeProvider time) : ICommand
{
    public string Name => "certs create-member";

    public string Usage => "certs create-member --ca <dir> --member <member id> --out <dir> [--days 365]";

    public int Run(CommandArguments arguments, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        arguments.Allow(0, "ca", "member", "out", "days");
        var caDirectory = arguments.Required("ca");
        var memberId = arguments.Required("member");
        var directory = arguments.Required("out");
        var days = arguments.Days("days", 365);
        if (!MemberIdPattern().IsMatch(memberId))
        {
            throw new UsageException($"--member {memberId} is not a member id (letters, digits, '.', '_' and '-', as in the registry)");
        }

        using var ca = PemFiles.LoadCa(caDirectory);
        var now = time.GetUtcNow();
        using var member = CertificateFactory.IssueClient(ca, memberId, days, now);
        var (certificate, key) = PemFiles.WriteNew(directory, memberId, member);
        output.WriteLine($"wrote {certificate} and {key}; valid until {member.NotAfter.ToUniversalTime():yyyy-MM-dd}");
        output.WriteLine($"pin: {KeyPins.Pin(member)}");
        output.WriteLine($"key_pins entry for {memberId} in the registry seed:");
        output.WriteLine(KeyPins.SeedEntry(member, $"{memberId} key of {now.ToOffset(TimeSpan.FromHours(7)):yyyy-MM-dd}"));
        return 0;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex MemberIdPattern();
}
