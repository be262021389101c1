#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include "core/store/store.h"
#include "core/store/wall_moderation.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

namespace {
void AddNote(test::UiFixture& fx, char reporter, int64_t speaker, const std::string& text) {
    Note n;
    n.hearing_id = fx.hearing_id;
    n.reporter = reporter;
    n.speaker_id = speaker;
    n.text = text;
    n.kind = NoteKind::Problem;
    fx.ws.Store().AddNote(n);
    fx.ws.Changed();
}

const DisciplineBar* FindBar(test::UiFixture& fx, const std::string& discipline) {
    for (const auto& bar : fx.ws.DisciplineBars(fx.state.hearing_id))
        if (bar.discipline == discipline) return &bar;
    return nullptr;
}
} // namespace

TEST_CASE("projection: next and previous move the current question in the store", "[ui][projection]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Projection;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    auto current = [&] { return PlanStore::Open(fx.path)->GetHearing(fx.hearing_id)->current_question; };
    CHECK(current() == 0);
    REQUIRE(ui.ClickProbe("projection.next"));
    CHECK(current() == 1);
    ui.Press(GLFW_KEY_PAGE_DOWN); // already at the last of two questions: stays
    CHECK(current() == 1);
    ui.Press(GLFW_KEY_PAGE_UP);
    CHECK(current() == 0);
    ui.Press(GLFW_KEY_RIGHT);
    CHECK(current() == 1);
    REQUIRE(ui.ClickProbe("projection.previous"));
    CHECK(current() == 0);
}

TEST_CASE("projection: a new question restarts its timer on the hearing clock", "[ui][projection]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Projection;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("projection.clock_button"));
    Hearing h = *fx.ws.Store().GetHearing(fx.hearing_id);
    CHECK(h.clock_started_wall_ms > 0);
    CHECK(h.status == HearingStatus::Running);
    fx.state.now_ms += 90000; // a minute and a half later
    ui.Press(GLFW_KEY_PAGE_DOWN);
    h = *fx.ws.Store().GetHearing(fx.hearing_id);
    CHECK(h.current_question == 1);
    CHECK(h.question_started_offset_ms >= 90000);
    REQUIRE(ui.ClickProbe("projection.clock_button"));
    h = *fx.ws.Store().GetHearing(fx.hearing_id);
    CHECK(h.clock_started_wall_ms == 0);
    CHECK(h.clock_accumulated_ms >= 90000);
}

TEST_CASE("projection: + and - keys and buttons scale the text", "[ui][projection]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Projection;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(2);
    ui.Type("+");
    ui.Type("+");
    CHECK(fx.state.projection.font_scale == Approx(1.2f));
    REQUIRE(ui.ClickProbe("projection.smaller"));
    CHECK(fx.state.projection.font_scale == Approx(1.1f));
    for (int i = 0; i < 30; ++i) ui.Type("-");
    CHECK(fx.state.projection.font_scale == Approx(0.5f)); // never unreadably small
    for (int i = 0; i < 40; ++i) ui.Type("+");
    CHECK(fx.state.projection.font_scale == Approx(2.5f));
    ui.Frame(2); // renders at the largest size without assert
}

TEST_CASE("projection: full screen toggles by button and Escape leaves it", "[ui][projection]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Projection;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("projection.fullscreen"));
    CHECK(fx.state.fullscreen);
    ui.Press(GLFW_KEY_ESCAPE);
    CHECK_FALSE(fx.state.fullscreen);
}

TEST_CASE("projection: contributions per discipline mark who has not been heard", "[ui][projection]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Projection;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(2);
    const auto* youth = FindBar(fx, "youth_work");
    REQUIRE(youth);
    CHECK(youth->present == 1);
    CHECK(youth->contributions == 0);
    // Both reporters note the police officer's two remarks: two contributions, not four.
    AddNote(fx, 'A', fx.police_id, "Te weinig blauw op straat na middernacht");
    AddNote(fx, 'B', fx.police_id, "te weinig politie 's nachts");
    AddNote(fx, 'A', fx.police_id, "Camera's aan het station helpen weinig");
    AddNote(fx, 'B', fx.police_id, "camera's station: weinig effect");
    AddNote(fx, 'A', 0, "Iemand achteraan: wie betaalt dat?");
    ui.Frame(2);
    const auto* police = FindBar(fx, "police");
    REQUIRE(police);
    CHECK(police->contributions == 2);
    CHECK(police->present == 1);
    REQUIRE(FindBar(fx, "youth_work"));
    CHECK(FindBar(fx, "youth_work")->contributions == 0);
    CHECK(fx.ws.DisciplineBars(fx.state.hearing_id).back().contributions == 1); // unknown speakers come last
    CHECK(fx.ws.DisciplineBars(fx.state.hearing_id).front().discipline == "police");
}

TEST_CASE("projection renders without a hearing, without questions and with many notes", "[ui][projection]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Projection;
    fx.state.hearing_id = 0;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(2);
    Theme empty;
    empty.title = "Thema zonder vragen";
    Hearing h;
    h.theme_id = fx.ws.Store().AddTheme(empty);
    h.date = "2026-05-01";
    fx.state.hearing_id = fx.ws.Store().AddHearing(h);
    fx.ws.Changed();
    ui.Frame(2);
    ui.Press(GLFW_KEY_PAGE_DOWN); // nothing to advance to: no crash, nothing written
    CHECK(fx.ws.Store().GetHearing(fx.state.hearing_id)->current_question == 0);
    fx.state.hearing_id = fx.hearing_id;
    for (int i = 0; i < 60; ++i)
        AddNote(fx, i % 2 ? 'B' : 'A', i % 3 ? fx.police_id : fx.youth_id, "Opmerking nummer " + std::to_string(i) + " over de wijk");
    fx.state.projection.font_scale = 0.5f;
    ui.Frame(3);
    CHECK(FindBar(fx, "youth_work")->contributions == 10);
}

TEST_CASE("projection: a contribution noted by both reporters is shown once", "[ui][projection]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Projection;
    Note a;
    a.hearing_id = fx.hearing_id;
    a.reporter = 'A';
    a.speaker_id = fx.police_id;
    a.offset_ms = 60000;
    a.text = "Nachtwinkels verkopen alcohol na 22 uur, en dat voedt de overlast in de uitgaanszone.";
    Note b = a;
    b.reporter = 'B';
    b.offset_ms = 75000;
    b.text = "Nachtwinkels verkopen alcohol na 22u -> overlast uitgaanszone";
    Note other = b;
    other.offset_ms = 90000;
    other.speaker_id = fx.youth_id;
    other.text = "Jongeren hebben geen plek om 's avonds samen te komen";
    std::string ua = fx.ws.Store().AddNote(a).uuid, ub = fx.ws.Store().AddNote(b).uuid;
    std::string uo = fx.ws.Store().AddNote(other).uuid;
    fx.ws.Changed();
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    CHECK(ui.Probe().count("projection.note." + uo) == 1);
    CHECK(ui.Probe().count("projection.note." + ub) == 1); // the newer of the two versions
    CHECK(ui.Probe().count("projection.note." + ua) == 0);
}

TEST_CASE("projection: the presenter hides a contribution from the room and spotlights another", "[ui][projection]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Projection;
    Note a;
    a.hearing_id = fx.hearing_id;
    a.reporter = 'A';
    a.speaker_id = fx.police_id;
    a.text = "Een opmerking die de zaal beter niet leest";
    Note b = a;
    b.offset_ms = 30000;
    b.speaker_id = fx.youth_id;
    b.text = "Jongeren willen een eigen plek in de wijk";
    std::string ua = fx.ws.Store().AddNote(a).uuid, ub = fx.ws.Store().AddNote(b).uuid;
    fx.ws.Changed();
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    const auto note = [&](const std::string& uuid) { return ui.Probe().at("projection.note." + uuid); };
    ui.Click(note(ua).CenterX(), note(ua).CenterY(), 1); // right-click: the moderation menu
    REQUIRE(ui.ClickProbe("projection.menu.hide"));
    CHECK(fx.ws.Wall(fx.hearing_id)->hidden.count(ua) == 1);
    ui.Click(note(ub).CenterX(), note(ub).CenterY(), 1);
    REQUIRE(ui.ClickProbe("projection.menu.spotlight"));
    CHECK(fx.ws.Wall(fx.hearing_id)->spotlight_uuid == ub);
    // The room: the hidden one is gone, the spotlighted one stands under the question. The count
    // still includes the hidden one (it was heard).
    fx.state.projection.audience = true;
    ui.Frame(2);
    ui.ClearProbe();
    ui.Frame(1);
    CHECK(ui.Probe().count("projection.note." + ua) == 0);
    CHECK(ui.Probe().count("projection.note." + ub) == 1);
    CHECK(ui.Probe().count("projection.promoted") == 1);
    int total = 0;
    for (const auto& bar : fx.ws.DisciplineBars(fx.state.hearing_id)) total += bar.contributions;
    CHECK(total == 2);
    // The presenter still sees it (greyed) to show it again; S takes the spotlight away.
    fx.state.projection.audience = false;
    ui.Frame(2);
    ui.ClearProbe();
    ui.Frame(1);
    REQUIRE(ui.Probe().count("projection.note." + ua) == 1);
    ui.Type("s");
    CHECK(fx.ws.Wall(fx.hearing_id)->spotlight_uuid.empty());
}

TEST_CASE("projection: a note written by another process shows within a second", "[ui][projection]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Projection;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    REQUIRE(fx.ws.Notes(fx.hearing_id)->empty());
    std::string uuid;
    {
        auto other = PlanStore::Open(fx.path); // as hearingctl capture would: its own connection
        Note n;
        n.hearing_id = fx.hearing_id;
        n.reporter = 'B';
        n.speaker_id = fx.youth_id;
        n.text = "Een bijdrage van de tweede laptop";
        uuid = other->AddNote(n).uuid;
    }
    for (int i = 0; i < 60 && ui.Probe().count("projection.note." + uuid) == 0; ++i) ui.Frame(1); // 60 frames of 16 ms
    CHECK(ui.Probe().count("projection.note." + uuid) == 1);
    const auto* youth = FindBar(fx, "youth_work");
    REQUIRE(youth);
    CHECK(youth->contributions == 1);
}

TEST_CASE("projection: hidden and spotlighted contributions are kept in the plan, the same after a restart", "[ui][projection]") {
    test::TempDir dir;
    std::string ua, ub;
    std::string path = dir.File("plan.hdesk");
    int64_t hearing = 0, theme = 0;
    {
        test::UiFixture fx(path);
        hearing = fx.hearing_id;
        theme = fx.theme_id;
        fx.state.screen = Screen::Projection;
        Note a;
        a.hearing_id = fx.hearing_id;
        a.reporter = 'A';
        a.speaker_id = fx.police_id;
        a.text = "Een opmerking die de zaal beter niet leest";
        Note b = a;
        b.offset_ms = 30000;
        b.speaker_id = fx.youth_id;
        b.text = "Jongeren willen een eigen plek in de wijk";
        ua = fx.ws.Store().AddNote(a).uuid;
        ub = fx.ws.Store().AddNote(b).uuid;
        fx.ws.Changed();
        test::HeadlessUi ui(fx.state, fx.ws);
        ui.Frame(3);
        const auto note = [&](const std::string& uuid) { return ui.Probe().at("projection.note." + uuid); };
        ui.Click(note(ua).CenterX(), note(ua).CenterY(), 1);
        REQUIRE(ui.ClickProbe("projection.menu.hide"));
        ui.Click(note(ub).CenterX(), note(ub).CenterY(), 1);
        REQUIRE(ui.ClickProbe("projection.menu.spotlight"));
        CHECK(fx.state.error_message.empty());
    }
    // A new start of the app on the same plan file: nothing in memory, the wall is the same.
    Workspace ws;
    ws.Open(path);
    AppState state;
    state.screen = Screen::Projection;
    state.hearing_id = hearing;
    state.theme_id = theme;
    state.projection.audience = true;
    test::HeadlessUi ui(state, ws);
    ui.Frame(3);
    ui.ClearProbe();
    ui.Frame(1);
    CHECK(ws.Wall(hearing)->hidden == std::set<std::string>{ua});
    CHECK(ws.Wall(hearing)->spotlight_uuid == ub);
    CHECK(ui.Probe().count("projection.note." + ua) == 0);
    CHECK(ui.Probe().count("projection.note." + ub) == 1);
    CHECK(ui.Probe().count("projection.promoted") == 1);
    // S takes the spotlight away, in the plan too.
    ui.Type("s");
    ui.Frame(1);
    CHECK(ws.Wall(hearing)->spotlight_uuid.empty());
    CHECK(WallStore(ws.Store()).Load(hearing).spotlight_uuid.empty());
}
