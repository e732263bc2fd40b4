using Interop.Domain.Decisions;

namespace Interop.Hub.WritePath;

/// <summary>A national-code number taken for a draft's request, held by its call until its append commits or the call ends.</summary>
internal sealed record CodeNumber(NationalCodeRequest Request, long Number);
