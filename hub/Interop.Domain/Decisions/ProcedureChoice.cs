using Interop.Domain.Registry;
using Interop.Domain.Time;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using Interop.Protos.Registry.V1;
using Interop.Protos.Type.V1;

namespace Interop.Domain.Decisions;

/// <summary>The procedure, version and case a dossier follows, resolved against the registry in force.</summary>
internal sealed record ProcedureChoice(Procedure Procedure, ProcedureVersion Version, ProcedureCase Case)
{
    /// <summary>Resolves a reference on a date; a refusal names the field that does not resolve.</summary>
    public static ProcedureChoice? Resolve(RegistryView registry, ProcedureRef? reference, DateTimeOffset at, string path, out Refusal? refusal)
    {
        refusal = null;
        if (reference is null || reference.ProcedureCode.Length == 0)
        {
            refusal = Refusal.Field($"{path}.procedure_code", "required");
            return null;
        }

        if (registry.Procedure(reference.ProcedureCode) is not { } procedure)
        {
            refusal = Refusal.Invalid(ErrorReason.ProcedureUnknown, $"{path}.procedure_code", $"no procedure {reference.ProcedureCode} in the registry");
            return null;
        }

        if (RegistryView.VersionOf(procedure, VietnamTime.DateOf(at), reference.Version) is not { } version)
        {
            refusal = Refusal.Invalid(ErrorReason.ProcedureUnknown, $"{path}.version", "no version of the procedure is in force on that date, or the named one does not exist");
            return null;
        }

        var @case = reference.CaseCode.Length == 0 && version.Cases.Count == 1
            ? version.Cases[0]
            : version.Cases.FirstOrDefault(c => c.Code == reference.CaseCode);
        if (@case is null)
        {
            refusal = Refusal.Invalid(ErrorReason.ProcedureUnknown, $"{path}.case_code", "no such case in the procedure's version");
            return null;
        }

        return new ProcedureChoice(procedure, version, @case);
    }

    /// <summary>The reference with the registry's names and the version used filled in.</summary>
    public ProcedureRef Filled() => new()
    {
        ProcedureCode = Procedure.Code,
        Name = Procedure.Name,
        SectorCode = Procedure.SectorCode,
        SectorName = Procedure.SectorName,
        Version = Version.Version,
        CaseCode = Case.Code,
        CaseName = Case.Name,
    };

    /// <summary>The case's limit for a channel, or null when it has none.</summary>
    public ProcessingLimit? LimitFor(Channel channel) => Case.Limits.FirstOrDefault(l => l.Channel == channel)?.Limit;

    /// <summary>Whether the desk resolves this case itself (RECEIVED → RESOLVED).</summary>
    public static bool DeskResolves(RegistryView registry, ProcedureRef? reference)
    {
        var procedure = reference is null ? null : registry.Procedure(reference.ProcedureCode);
        var version = procedure?.Versions.FirstOrDefault(v => v.Version == reference!.Version);
        return version?.Cases.FirstOrDefault(c => c.Code == reference!.CaseCode)?.ResolvedByDesk == true;
    }
}
