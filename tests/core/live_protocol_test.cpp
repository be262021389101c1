// Live link building blocks without a network: join codes, key schedule, sealed frames, framing,
// message and handshake encoding.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/live/live_crypto.h"
#include "core/live/live_protocol.h"

using namespace hd;

TEST_CASE("join codes are generated, normalised and formatted", "[live]") {
    std::string code = GenerateJoinCode();
    REQUIRE(code.size() == 9);
    CHECK(code[4] == '-');
    auto norm = NormalizeJoinCode(code);
    REQUIRE(norm);
    CHECK(FormatJoinCode(*norm) == code);
    CHECK(GenerateJoinCode() != code); // 40 random bits: a collision here means no randomness
    // What people type: lower case, spaces, O for zero, I or L for one.
    CHECK(NormalizeJoinCode("k7qm 2xrd") == std::optional<std::string>("K7QM2XRD"));
    CHECK(NormalizeJoinCode("abco-il23") == std::optional<std::string>("ABC01123"));
    CHECK_FALSE(NormalizeJoinCode("ABCD-234"));   // too short
    CHECK_FALSE(NormalizeJoinCode("ABCD-2345X")); // too long
    CHECK_FALSE(NormalizeJoinCode("ABCD-23U5"));  // U is not in the alphabet
    CHECK_FALSE(NormalizeJoinCode("ABCD-23é5"));
}

TEST_CASE("sealed frames open once, in order, only with the right key", "[live]") {
    LiveSalt salt = RandomSalt();
    LiveKey master = DeriveMasterKey("K7QM2XRD", salt, KdfStrength::FastForTests());
    LiveKey again = DeriveMasterKey("K7QM2XRD", salt, KdfStrength::FastForTests());
    LiveKey other = DeriveMasterKey("K7QM2XRE", salt, KdfStrength::FastForTests());
    CHECK(master == again);
    CHECK(master != other);
    LiveNonce cn = RandomNonce(), hn = RandomNonce();
    LiveSessionKeys keys = DeriveSessionKeys(master, cn, hn);
    CHECK(keys.client_to_host != keys.host_to_client);
    CHECK(DeriveSessionKeys(master, cn, RandomNonce()).client_to_host != keys.client_to_host);

    FrameSealer sealer(keys.client_to_host);
    Bytes m1 = {'e', 'e', 'n'}, m2 = {'t', 'w', 'e', 'e'};
    Bytes f1 = sealer.Seal(m1), f2 = sealer.Seal(m2);
    CHECK(f1.size() == m1.size() + kLiveSealOverhead);
    {
        FrameOpener opener(keys.client_to_host, sealer.Header());
        CHECK(opener.Open(f1) == std::optional<Bytes>(m1));
        CHECK(opener.Open(f2) == std::optional<Bytes>(m2));
    }
    {
        FrameOpener opener(keys.client_to_host, sealer.Header());
        CHECK_FALSE(opener.Open(f2)); // out of order
    }
    {
        FrameOpener opener(keys.client_to_host, sealer.Header());
        REQUIRE(opener.Open(f1));
        CHECK_FALSE(opener.Open(f1)); // replay
    }
    {
        FrameOpener opener(keys.client_to_host, sealer.Header());
        Bytes tampered = f1;
        tampered[0] ^= 0x80;
        CHECK_FALSE(opener.Open(tampered));
        CHECK_FALSE(opener.Open(f1)); // a stream that failed once stays closed
    }
    {
        LiveSessionKeys wrong = DeriveSessionKeys(other, cn, hn);
        FrameOpener opener(wrong.client_to_host, sealer.Header());
        CHECK_FALSE(opener.Open(f1));
    }
}

TEST_CASE("frames are split from a byte stream and oversized ones are flagged", "[live]") {
    Bytes stream;
    Bytes a = {1, 2, 3}, b(1000, 7), empty;
    AppendFrame(stream, a);
    AppendFrame(stream, b);
    AppendFrame(stream, empty);
    FrameReader reader(2000);
    // Arrives in awkward pieces.
    for (size_t i = 0; i < stream.size(); i += 5)
        reader.Feed(std::span<const uint8_t>(stream.data() + i, std::min<size_t>(5, stream.size() - i)));
    CHECK(reader.Next() == std::optional<Bytes>(a));
    CHECK(reader.Next() == std::optional<Bytes>(b));
    CHECK(reader.Next() == std::optional<Bytes>(empty));
    CHECK_FALSE(reader.Next());
    CHECK_FALSE(reader.Oversized());

    FrameReader small(100);
    Bytes big(101, 0);
    Bytes only_header = Frame(big);
    only_header.resize(4); // the length alone is enough to refuse
    small.Feed(only_header);
    CHECK_FALSE(small.Next());
    CHECK(small.Oversized());
}

TEST_CASE("messages and handshakes round-trip, other versions are recognised", "[live]") {
    LiveNoteVersion v;
    v.send_id = 42;
    v.uuid = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
    v.version = 3;
    v.text = "Jongeren voelen zich niet gehoord; één café — \"naïef\" beleid, ĳver";
    v.kind = "proposal";
    v.deleted = true;
    auto back = DecodeMessage(EncodeMessage(v));
    REQUIRE(back);
    REQUIRE(std::holds_alternative<LiveNoteVersion>(*back));
    const auto& got = std::get<LiveNoteVersion>(*back);
    CHECK(got.text == v.text);
    CHECK(got.send_id == 42);
    CHECK(got.version == 3);
    CHECK(got.deleted);
    CHECK_FALSE(DecodeMessage(Bytes{0xFF, 0xFF, 0xFF, 0x7F, 1, 2}));

    LiveServerHello sh;
    sh.refusal = LiveRefusal::BadCode;
    sh.salt = RandomSalt();
    sh.opslimit = 7;
    auto hello = DecodeServerHello(EncodeServerHello(sh));
    REQUIRE(hello);
    CHECK(hello->refusal == LiveRefusal::BadCode);
    CHECK(hello->salt == sh.salt);
    CHECK(hello->opslimit == 7);

    // A future build's hello: we read its version from the fixed prefix and nothing else.
    LiveClientHello future;
    future.version = kLiveProtocolVersion + 1;
    Bytes encoded = EncodeClientHello(future);
    CHECK(PeekHelloVersion(encoded) == std::optional<uint32_t>(kLiveProtocolVersion + 1));
    LiveServerHello from_future;
    from_future.version = kLiveProtocolVersion + 1;
    Bytes prefix_only = EncodeServerHello(from_future);
    prefix_only.resize(8);
    auto refused = DecodeServerHello(prefix_only);
    REQUIRE(refused);
    CHECK(refused->version == kLiveProtocolVersion + 1);
    CHECK(refused->refusal == LiveRefusal::VersionMismatch);
    CHECK_FALSE(PeekHelloVersion(Bytes{'G', 'E', 'T', ' ', '/', ' ', 'H', 'T'}));
}

TEST_CASE("the wait of a rate-limited join travels as an optional tail of the hello", "[live][issue16]") {
    LiveServerHello sh;
    sh.refusal = LiveRefusal::RateLimited;
    sh.retry_after_s = 37;
    Bytes with_tail = EncodeServerHello(sh);
    auto hello = DecodeServerHello(with_tail);
    REQUIRE(hello);
    CHECK(hello->refusal == LiveRefusal::RateLimited);
    CHECK(hello->retry_after_s == 37);
    // A host of an earlier build sends the hello without the tail: still understood, wait unknown (0).
    Bytes without_tail(with_tail.begin(), with_tail.end() - 4);
    hello = DecodeServerHello(without_tail);
    REQUIRE(hello);
    CHECK(hello->refusal == LiveRefusal::RateLimited);
    CHECK(hello->retry_after_s == 0);
    // The tail is all that was added: an earlier client reads the same fields before it.
    sh.retry_after_s = 0;
    Bytes zero = EncodeServerHello(sh);
    CHECK(zero.size() == with_tail.size());
    CHECK(std::equal(zero.begin(), zero.end() - 4, with_tail.begin()));

    Translator tr;
    REQUIRE(tr.LoadDirectory(FindAssetsDir() + "/lang"));
    tr.SetLanguage(Language::Dutch);
    CHECK(tr.Message(UserError("live.refused_rate_wait", "", {"37"})).find("wacht 37 s") != std::string::npos);
    tr.SetLanguage(Language::English);
    CHECK(tr.Message(UserError("live.refused_rate_wait", "", {"37"})).find("wait 37 s") != std::string::npos);
}
