using Interop.Domain.Time;
using Interop.Hub.Errors;
using Interop.Hub.Registry;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using Interop.Protos.Registry.V1;
using Interop.Protos.Type.V1;

namespace Interop.Hub.Commands;

/// <summary>The procedure, version and case a dossier follows, resolved against the registry in force.</summary>
internal sealed record ProcedureChoice(Procedure Procedure, ProcedureVersion Version, ProcedureCase Case)
{
    public static ProcedureChoice Resolve(HubRegistry registry, ProcedureRef? reference, DateTimeOffset at, string path)
    {
        if (reference is null || reference.ProcedureCode.Length == 0)
        {
            throw Fail.Field($"{path}.procedure_code", "required");
        }

        var procedure = registry.Procedure(reference.ProcedureCode)
            ?? throw Fail.Invalid(ErrorReason.ProcedureUnknown, $"{path}.procedure_code", $"no procedure {reference.ProcedureCode} in the registry");
        var version = HubRegistry.VersionOf(procedure, VietnamTime.DateOf(at), reference.Version)
            ?? throw Fail.Invalid(ErrorReason.ProcedureUnknown, $"{path}.version", "no version of the procedure is in force on that date, or the named one does not exist");
        var @case = reference.CaseCode.Length == 0 && version.Cases.Count == 1
            ? version.Cases[0]
            : version.Cases.FirstOrDefault(c => c.Code == reference.CaseCode)
                ?? throw Fail.Invalid(ErrorReason.ProcedureUnknown, $"{path}.case_code", "no such case in the procedure's version");
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

    public ProcessingLimit LimitFor(Channel channel, string path)
        => Case.Limits.FirstOrDefault(l => l.Channel == channel)?.Limit
            ?? throw Fail.Field(path, $"the case has no limit for channel {channel}");
}
