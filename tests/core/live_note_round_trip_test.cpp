// Note -> LiveNoteVersion -> Note: the live link's one read of a stored version (LiveOutbox::Load),
// the wire encoding, and the host's one write (LiveHostStore::ApplyBatch) lose nothing.
#include <catch2/catch.hpp>

#include "core/live/live_host_store.h"
#include "core/live/live_outbox.h"
#include "core/live/live_protocol.h"
#include "core/store/store.h"
#include "tests/support/live_fixture.h"

using namespace hd;

TEST_CASE("a note keeps every field through the live link's wire form into the facilitator's plan", "[live]") {
    test::LiveFixture fx;
    auto reporter = PlanStore::Open(fx.plan_b);
    auto host = PlanStore::Open(fx.host_plan);
    int64_t speaker = reporter->ListParticipants().at(0).id;
    Note n;
    n.hearing_id = fx.hearing_id;
    n.reporter = 'B';
    n.offset_ms = 3723042;
    n.wall_time_ms = 1774000123456;
    n.speaker_id = speaker;
    n.text = "Vermeërsch: ĳsbaan en één café — \"naïef\" beleid";
    n.kind = NoteKind::Cause;
    n.chain = SafetyChain::ProActive;
    Note sent = reporter->AddNote(n, "Tom");

    LiveOutbox outbox(*reporter, fx.hearing_id, 'B');
    std::vector<LiveOutboxItem> pending = outbox.Pending();
    REQUIRE(pending.size() == 1);
    std::optional<LiveNoteVersion> wire = outbox.Load(pending[0]);
    REQUIRE(wire);
    std::optional<LiveMessage> decoded = DecodeMessage(EncodeMessage(*wire));
    REQUIRE(decoded);
    REQUIRE(std::holds_alternative<LiveNoteVersion>(*decoded));
    LiveApplyResult applied = LiveHostStore(*host, fx.hearing_id).ApplyBatch({{'B', std::get<LiveNoteVersion>(*decoded)}});
    CHECK(applied.stored == 1);

    std::optional<Note> got = host->GetNote(sent.uuid);
    REQUIRE(got);
    CHECK(got->hearing_id == fx.hearing_id);
    CHECK(got->reporter == 'B');
    CHECK(got->seq == sent.seq);
    CHECK(got->offset_ms == 3723042);
    CHECK(got->wall_time_ms == sent.wall_time_ms);
    CHECK(got->speaker_id == host->ListParticipants().at(0).id);
    CHECK(host->GetParticipant(got->speaker_id)->name == "Eline Vermeërsch");
    CHECK(got->kind == NoteKind::Cause);
    CHECK(got->chain == SafetyChain::ProActive);
    CHECK(got->text == "Vermeërsch: ĳsbaan en één café — \"naïef\" beleid");
    CHECK(got->version == 1);
    CHECK_FALSE(got->deleted);
}
