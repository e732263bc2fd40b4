using Interop.Protos.Dossier.V1;

namespace Interop.Hub.Tests;

/// <summary>STANDARD EV-6: a mutation answers its event as stored, without the decoded copies inbox items and history carry.</summary>
internal static class AnsweredEvents
{
    /// <summary>An inbox item's or history's event as a mutation's answer carries it.</summary>
    public static Event Of(Event served)
    {
        var answered = served.Clone();
        answered.Body = null;
        if (answered.PersonalData is { } part)
        {
            part.Data = null;
        }

        return answered;
    }
}
