using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Net.Client;

namespace Interop.Adapters.Sdk.Hub;

/// <summary>
/// The adapter's one channel to the hub, with the member's identity on every call and the retry
/// policy of <see cref="HubRetry"/>. Mutual TLS presents the member's certificate and trusts only
/// the configured CA for the hub's; a development token goes as a bearer header.
/// </summary>
public sealed class HubConnection : IDisposable
{
    private readonly X509Certificate2? client;
    private readonly X509Certificate2? hubCa;

    public HubConnection(HubConnectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        var tls = options.Address.Scheme == Uri.UriSchemeHttps;
        if (tls == string.IsNullOrEmpty(options.ClientCertificate) || tls == string.IsNullOrEmpty(options.HubCa))
        {
            throw new ArgumentException("An https:// hub needs ClientCertificate, ClientKey and HubCa; an http:// hub takes none of them.", nameof(options));
        }

        if (!tls && string.IsNullOrEmpty(options.DevelopmentToken))
        {
            throw new ArgumentException("An http:// hub (development mode) needs a DevelopmentToken.", nameof(options));
        }

        var handler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan };
        if (tls)
        {
            client = X509Certificate2.CreateFromPemFile(options.ClientCertificate!, options.ClientKey);
            hubCa = X509CertificateLoader.LoadCertificateFromFile(options.HubCa!);
            handler.SslOptions = new SslClientAuthenticationOptions
            {
                ClientCertificates = [client],
                LocalCertificateSelectionCallback = (_, _, _, _, _) => client,
                RemoteCertificateValidationCallback = (_, certificate, _, errors) => TrustsHub(certificate, errors),
            };
        }

        Headers = string.IsNullOrEmpty(options.DevelopmentToken) ? [] : new Metadata { { "authorization", "Bearer " + options.DevelopmentToken } };
        Channel = GrpcChannel.ForAddress(options.Address, new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true, MaxReceiveMessageSize = 16 * 1024 * 1024 });
        Retry = new HubRetry(options.Retry);
    }

    public HubConnectionOptions Options { get; }

    public GrpcChannel Channel { get; }

    /// <summary>The identity headers every call carries (empty under mutual TLS).</summary>
    public Metadata Headers { get; }

    public HubRetry Retry { get; }

    /// <summary>One unary call with the identity headers, retried as <see cref="HubRetry"/> says.</summary>
    public Task<T> CallAsync<T>(Func<CallOptions, Task<T>> call, CancellationToken cancellationToken)
        => Retry.CallAsync(call, Headers, cancellationToken);

    public void Dispose()
    {
        Channel.Dispose();
        client?.Dispose();
        hubCa?.Dispose();
    }

    private bool TrustsHub(X509Certificate? presented, SslPolicyErrors errors)
    {
        if (hubCa is null || presented is not X509Certificate2 certificate
            || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(hubCa);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
