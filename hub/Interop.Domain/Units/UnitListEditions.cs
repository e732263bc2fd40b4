using System.Collections.Frozen;

namespace Interop.Domain.Units;

/// <summary>What each <see cref="UnitListEdition"/> is: its legal basis and the dates it was in force.</summary>
public static class UnitListEditions
{
    // The periods partition time, so every date has exactly one edition. The 2004 list's start is left open: the shipped
    // snapshot is the list as amended up to 2025, and when each unit was created is not in the data.
    private static readonly FrozenDictionary<UnitListEdition, (string Decision, ValidityPeriod Validity)> Table =
        new Dictionary<UnitListEdition, (string, ValidityPeriod)>
        {
            [UnitListEdition.List2004] = ("QĐ 124/2004/QĐ-TTg", new(null, new DateOnly(2025, 6, 30))),
            [UnitListEdition.List2025] = ("QĐ 19/2025/QĐ-TTg", new(new DateOnly(2025, 7, 1), null)),
        }.ToFrozenDictionary();

    /// <summary>The newest edition; its units have no successors yet.</summary>
    public static UnitListEdition Latest => UnitListEdition.List2025;

    /// <summary>The dates an edition was in force.</summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>The period, e.g. until 2025-06-30 for <see cref="UnitListEdition.List2004"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined edition.</exception>
    public static ValidityPeriod ValidityOf(UnitListEdition edition) => Entry(edition).Validity;

    /// <summary>The decision that issued an edition.</summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>E.g. <c>QĐ 19/2025/QĐ-TTg</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined edition.</exception>
    public static string DecisionOf(UnitListEdition edition) => Entry(edition).Decision;

    /// <summary>The edition in force on a local date.</summary>
    /// <param name="date">A local date (Asia/Ho_Chi_Minh).</param>
    /// <returns><see cref="UnitListEdition.List2004"/> up to 2025-06-30, <see cref="UnitListEdition.List2025"/> from 2025-07-01.</returns>
    public static UnitListEdition InForceOn(DateOnly date) => Table.First(entry => entry.Value.Validity.Contains(date)).Key;

    private static (string Decision, ValidityPeriod Validity) Entry(UnitListEdition edition) =>
        Table.TryGetValue(edition, out var entry)
            ? entry
            : throw new ArgumentOutOfRangeException(nameof(edition), edition, "not a defined list edition");
}
