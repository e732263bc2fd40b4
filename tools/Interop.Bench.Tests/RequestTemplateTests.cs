using Interop.Load.Corpus;
using Interop.Load.Wire;
using Interop.Protos.Dossier.V1;

namespace Interop.Bench.Tests;

public sealed class RequestTemplateTests
{
    [Theory]
    [InlineData(false, 0, 10 * 1024)]
    [InlineData(true, 0, 2 * 1024)]
    [InlineData(true, 1, 10 * 1024)]
    [InlineData(true, 2, 20 * 1024)]
    public void A_sent_template_is_a_receive_request_of_its_size_with_the_calls_own_id(bool mix, int index, int bytes)
    {
        var corpus = DossierCorpus.Build(3, mix ? PayloadSize.Mix : PayloadSize.Fixed10K);
        var ids = new RequestIds("0123abcd");
        var template = corpus.For(index);
        var wire = new byte[template.Length];

        template.WriteTo(wire, ids, 42);

        var request = ReceiveDossierRequest.Parser.ParseFrom(wire);
        Assert.Equal("0123abcd-000000000042", request.Context.RequestId);
        Assert.Equal("LT-0123abcd-000000000042", request.VendorCode);
        Assert.InRange(wire.Length, bytes - 64, bytes + 64);
        Assert.Contains("Đăng ký biến động", request.Dossier.Details.Summary);
    }

    [Fact]
    public void Distinct_templates_carry_distinct_owners()
    {
        var corpus = DossierCorpus.Build(64, PayloadSize.Fixed10K);
        var ids = new RequestIds("0123abcd");

        var owners = Enumerable.Range(0, corpus.Count).Select(i =>
        {
            var wire = new byte[corpus.For(i).Length];
            corpus.For(i).WriteTo(wire, ids, i);
            return ReceiveDossierRequest.Parser.ParseFrom(wire).Dossier.PersonalData.Owner.Name;
        }).Distinct().Count();

        Assert.True(owners > 20, $"{owners} distinct owners");
    }

    [Fact]
    public void A_corpus_spread_over_desks_receives_at_the_three_desks_in_turn()
    {
        var spread = DossierCorpus.Build(6, PayloadSize.Fixed10K, spreadOverDesks: true);
        var ids = new RequestIds("0123abcd");

        var desks = Enumerable.Range(0, spread.Count).Select(i =>
        {
            var wire = new byte[spread.For(i).Length];
            spread.For(i).WriteTo(wire, ids, i);
            return ReceiveDossierRequest.Parser.ParseFrom(wire).Context.ActingAgencyId;
        });

        Assert.Equal(["001.01.21.H21", "002.01.21.H21", "003.01.21.H21", "001.01.21.H21", "002.01.21.H21", "003.01.21.H21"], desks);
    }

    [Fact]
    public void A_run_reads_back_the_number_of_its_own_ids_only()
    {
        var ids = new RequestIds("0123abcd");

        Assert.Equal(7, ids.NumberOf(ids.Format(7)));
        Assert.Equal(-1, ids.NumberOf(new RequestIds("ffffffff").Format(7)));
        Assert.Equal(-1, ids.NumberOf("other-request"));
    }
}
