using System.Security.Cryptography;
using System.Text;

namespace Interop.Domain.Identifiers;

/// <summary>Dossier ids: derived from the creating (member, request id), so a submit's idempotency record and its dossier share a key.</summary>
public static class DossierIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string ForNewDossier(string memberId, string requestId)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{memberId}\u001f{requestId}"));
        var text = new StringBuilder("d-", 28);
        // 130 bits of the digest in base32: collisions are out of reach.
        for (var bit = 0; bit < 130; bit += 5)
        {
            var value = 0;
            for (var i = 0; i < 5; i++)
            {
                var index = bit + i;
                value = (value << 1) | ((digest[index / 8] >> (7 - (index % 8))) & 1);
            }

            text.Append(Alphabet[value]);
        }

        return text.ToString();
    }
}
