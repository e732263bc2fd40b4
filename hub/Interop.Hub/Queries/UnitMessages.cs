using Interop.Domain.Registry;
using Interop.Domain.Units;
using Interop.Protos.Type.V1;

namespace Interop.Hub.Queries;

/// <summary>Administrative units of the domain as messages of the standard.</summary>
internal static class UnitMessages
{
    public static Protos.Registry.V1.AdministrativeUnit ToMessage(Domain.Units.AdministrativeUnit unit, AdministrativeUnits units)
    {
        var succession = units.SuccessionOf(unit);
        var message = new Protos.Registry.V1.AdministrativeUnit
        {
            Unit = Ref(unit),
            Validity = new DateRange
            {
                Start = unit.Validity.From is { } from ? Civil.FromDate(from) : null,
                End = unit.Validity.Until is { } until ? Civil.FromDate(until) : null,
            },
            SuccessorStatus = succession.Status switch
            {
                SuccessionStatus.Known => Protos.Registry.V1.SuccessorStatus.Known,
                SuccessionStatus.NoLaterList => Protos.Registry.V1.SuccessorStatus.InForce,
                _ => Protos.Registry.V1.SuccessorStatus.Unknown,
            },
        };
        if (unit.ParentCode is { } parent && units.Find(parent, unit.Edition) is { } parentUnit)
        {
            message.Parent = Ref(parentUnit);
        }

        if (succession.Status == SuccessionStatus.Known && succession.Successors.Count > 0)
        {
            message.Successor = Ref(succession.Successors[0]);
        }

        return message;
    }

    private static UnitRef Ref(Domain.Units.AdministrativeUnit unit) => new()
    {
        Code = unit.Code,
        Edition = (Protos.Type.V1.UnitListEdition)(int)unit.Edition,
        Level = (Protos.Type.V1.UnitLevel)(int)unit.Level,
        Name = unit.Name,
    };
}
