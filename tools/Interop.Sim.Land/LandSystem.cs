using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Interop.Sim.Land;

/// <summary>
/// The land system's HTTP API: a client-credentials token that expires, transfers taken without
/// de-duplication, records listed a page at a time, officers' updates, and the feed of reports.
/// Faults are switched on per run (<see cref="LandFaults"/>).
/// </summary>
public static class LandSystem
{
    /// <summary>The land system; its officers' and reports' times from <paramref name="clock"/> (the system clock when none), its tokens' lives always in real time.</summary>
    public static WebApplication Build(string[] args, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;

        // The land system keeps local time, +07:00.
        DateTime Now() => clock.GetUtcNow().UtcDateTime.AddHours(7);

        var builder = WebApplication.CreateSlimBuilder(args);
        var options = builder.Configuration.GetSection("Land").Get<LandOptions>() ?? new LandOptions();
        builder.Services.AddSingleton(options);

        // HTTP/1.1 and HTTP/2 whatever an appsettings.json in the working folder says (the hub's says HTTP/2 only).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = Microsoft.AspNetCore.Server.Kestrel.Core.HttpProtocols.Http1AndHttp2));

        // Its own field names, as they are (SoBienNhan, MaHoSo), not camelCased.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.PropertyNamingPolicy = null);
        builder.Services.AddSingleton(_ => LandStore.Open(options.Db));
        builder.Services.AddSingleton(new Tokens(options.TokenLifetime));
        builder.Services.AddSingleton(new Dice(options.Faults.Seed));
        var app = builder.Build();

        app.MapPost("/connect/token", ([FromForm(Name = "client_id")] string? clientId, [FromForm(Name = "client_secret")] string? secret, Tokens tokens) =>
            clientId == options.ClientId && secret == options.ClientSecret
                ? Results.Json(new { access_token = tokens.Issue(), token_type = "Bearer", expires_in = options.TokenLifetime })
                : Results.Json(new { error = "invalid_client" }, statusCode: 401))
            .DisableAntiforgery();

        var api = app.MapGroup("/api/v1");
        api.AddEndpointFilter(async (context, next) =>
        {
            var tokens = context.HttpContext.RequestServices.GetRequiredService<Tokens>();
            var header = context.HttpContext.Request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || !tokens.IsValid(header["Bearer ".Length..]))
            {
                return Results.Json(new { error = "invalid_token" }, statusCode: 401);
            }

            var faults = options.Faults;
            var dice = context.HttpContext.RequestServices.GetRequiredService<Dice>();
            if (faults.LatencyMs > 0)
            {
                await Task.Delay(faults.LatencyMs);
            }

            if (dice.Roll(faults.ErrorRate))
            {
                return Results.Json(new { Ma = "LOI_HE_THONG", ThongBao = "Hệ thống đang bận" }, statusCode: dice.Roll(0.5) ? 500 : 503);
            }

            if (dice.Roll(faults.TimeoutRate))
            {
                // The work is done, the answer never comes in time.
                await next(context);
                await Task.Delay(TimeSpan.FromSeconds(faults.TimeoutSeconds), context.HttpContext.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                return Results.StatusCode(504);
            }

            return await next(context);
        });

        api.MapPost("/ho-so/tiep-nhan", (TransferMessage message, LandStore store, Dice dice) =>
        {
            if (string.IsNullOrWhiteSpace(message.SoBienNhan))
            {
                return Results.Json(new { Ma = "LOI_DU_LIEU", ThongBao = "Thiếu SoBienNhan" }, statusCode: 400);
            }

            var record = store.Take(message, Now());
            if (dice.Roll(options.Faults.DuplicateRate))
            {
                store.Take(message, Now());
            }

            return Results.Json(new { record.MaHoSo });
        });

        api.MapGet("/ho-so", (string? soBienNhan, int? trang, int? soLuong, LandStore store) =>
            Results.Json(store.Records(soBienNhan, Math.Max(1, trang ?? 1), Math.Clamp(soLuong ?? 10, 1, options.MaxPageSize))));

        api.MapGet("/ho-so/{id}", (string id, LandStore store) =>
            store.Detail(id) is { } detail ? Results.Json(detail) : Results.Json(new { Ma = "KHONG_TIM_THAY" }, statusCode: 404));

        api.MapPost("/ho-so/{id}/cap-nhat", (string id, OfficerUpdate update, LandStore store) =>
            store.Update(id, update.MaTrangThai, update.NoiDungXuLy, Now()) is { } report ? Results.Json(report) : Results.Json(new { Ma = "KHONG_TIM_THAY" }, statusCode: 404));

        api.MapGet("/phan-hoi", (long? sau, int? soLuong, LandStore store, Dice dice) =>
            Results.Json(store.Reports(sau ?? 0, Math.Clamp(soLuong ?? 20, 1, options.MaxPageSize))
                .Select(r => dice.Roll(options.Faults.MalformedRate) ? r with { NgayCapNhat = "32/13/2025 25:61:00" } : r).ToList()));

        return app;
    }

    /// <summary>An officer's change at the land office, as its own screens make it.</summary>
    public sealed record OfficerUpdate(int MaTrangThai, string NoiDungXuLy);

    /// <summary>Issued tokens and when each expires.</summary>
    internal sealed class Tokens(int lifetimeSeconds)
    {
        private readonly ConcurrentDictionary<string, DateTime> issued = new(StringComparer.Ordinal);

        public string Issue()
        {
            var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            issued[token] = DateTime.UtcNow.AddSeconds(lifetimeSeconds);
            return token;
        }

        public bool IsValid(string token) => issued.TryGetValue(token, out var expires) && DateTime.UtcNow < expires;
    }

    /// <summary>The faults' dice, seeded per run.</summary>
    internal sealed class Dice(int seed)
    {
        private readonly Random random = new(seed);
        private readonly Lock gate = new();

        public bool Roll(double share)
        {
            if (share <= 0)
            {
                return false;
            }

            lock (gate)
            {
                return random.NextDouble() < share;
            }
        }
    }
}
