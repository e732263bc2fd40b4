namespace Interop.Load.Corpus;

/// <summary>The serialised sizes of the corpus's requests: all about 10 KB, or a mix of 2, 10 and 20 KB.</summary>
internal enum PayloadSize
{
    Fixed10K,
    Mix,
}
