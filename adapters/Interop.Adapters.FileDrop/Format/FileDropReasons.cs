namespace Interop.Adapters.FileDrop.Format;

/// <summary>The reasons a desk file's line is parked with (beside the SDK's legacy-text reasons).</summary>
public static class FileDropReasons
{
    public const string WrongFieldCount = "FILE_DROP_WRONG_FIELD_COUNT";
    public const string WrongLineLength = "FILE_DROP_WRONG_LINE_LENGTH";
    public const string FieldMissing = "FILE_DROP_FIELD_MISSING";
    public const string FieldInvalid = "FILE_DROP_FIELD_INVALID";
    public const string FieldTooLong = "FILE_DROP_FIELD_TOO_LONG";
    public const string BadQuoting = "FILE_DROP_BAD_QUOTING";
}
