namespace Interop.Store.Sqlite;

/// <summary>What a write operation makes of the commit it rides in, for <see cref="StoreCounters"/>.</summary>
internal enum CommitClass
{
    /// <summary>An append or a code reservation: the commit counts as the write path's.</summary>
    WritePath,

    /// <summary>Another write (inbox marks, refusals, registry versions).</summary>
    Other,

    /// <summary>A health probe: the commit counts as a probe's only when nothing else rode in it.</summary>
    Probe,
}
