using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;

namespace Interop.Hub.Tests.Tls;

/// <summary>gRPC channels to a TLS hub as a member system opens them: its client certificate, and the province CA as the only root for the hub's.</summary>
internal static class TlsChannels
{
    public static GrpcChannel Open(Uri address, X509Certificate2 ca, X509Certificate2? client)
    {
        var ssl = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, errors) => TrustsHub(ca, certificate, errors),
        };
        if (client is not null)
        {
            ssl.ClientCertificates = [client];

            // Present the certificate even when the server names no acceptable issuer.
            ssl.LocalCertificateSelectionCallback = (_, _, _, _, _) => client;
        }

        var handler = new SocketsHttpHandler { SslOptions = ssl };
        return GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
    }

    private static bool TrustsHub(X509Certificate2 ca, X509Certificate? presented, SslPolicyErrors errors)
    {
        if (presented is not X509Certificate2 certificate || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
